#!/usr/bin/env bash
# The scheduled refresh (cron, Airflow, systemd timer): brings OUTPUT up to date with the articles
# dated since the last run, rewriting only what the new window touches (docs/operations.md).
#   jobs/refresh.sh --input CORPUS [--input ...] --output OUTPUT [other job flags]
# Steps:
#  1. takes the lock OUTPUT/.refresh.lock (flock): a second refresh while one runs exits 75 at once;
#  2. reads OUTPUT/_manifest.json, the record of the last committed run: the window starts at its
#     options.until (else the day it finished) minus ENTENTE_REFRESH_LOOKBACK_DAYS (default 0: the
#     last day is processed again, for articles that arrived after it ran); no manifest or no
#     articles table: a full run;
#  3. runs the job over --since START --until END --incremental, END = today (UTC) or
#     ENTENTE_REFRESH_UNTIL; with ENTENTE_MASTER set through jobs/submit.sh on that master, else
#     with jobs/entente in local mode (ENTENTE_REFRESH_RUNNER replaces the command, e.g. for a
#     site's own wrapper);
#  4. exits with the job's code, and a message on stderr when it is not 0.
# --input must name the whole corpus every time (the job re-reads it: story groups, duplicate ids
# and rejects are recomputed over all of it; only the window's articles are extracted again).
# Exit codes: 0 success (or nothing to do), 1 the run failed, 2 rejects above
# quality.max_reject_rate (tables written), 64 bad arguments, 75 another refresh holds the lock.
# Needs: bash, flock (util-linux), python3 (reads the manifest).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

output=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --output|-o) output="${args[i + 1]:-}" ;;
    --output=*) output="${args[i]#*=}" ;;
    --since|--since=*|--until|--until=*|--incremental)
      echo "refresh: the window is worked out from the output's manifest; do not pass ${args[i]}" >&2
      exit 64 ;;
  esac
done
if [[ -z "$output" ]]; then
  echo "refresh: --output OUTPUT is required (the tables to bring up to date)" >&2
  exit 64
fi
mkdir -p "$output"

exec 9>"$output/.refresh.lock"
if ! flock -n 9; then
  echo "refresh: another refresh of $output is running (lock $output/.refresh.lock); not starting" >&2
  exit 75
fi

until_day="${ENTENTE_REFRESH_UNTIL:-$(date -u +%F)}"
lookback="${ENTENTE_REFRESH_LOOKBACK_DAYS:-0}"
window=()
if [[ -f "$output/_manifest.json" && -d "$output/articles" ]]; then
  last="$(python3 - "$output/_manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
until = (m.get("options") or {}).get("until")
print(until or (m.get("finished_at") or "")[:10])
PY
)"
  if [[ -z "$last" ]]; then
    echo "refresh: $output/_manifest.json records neither options.until nor finished_at" >&2
    exit 1
  fi
  since_day="$(date -u -d "$last - $lookback days" +%F)"
  if [[ "$since_day" > "$until_day" ]]; then
    echo "refresh: $output is up to date (last run until $last, nothing after $until_day)" >&2
    exit 0
  fi
  window=(--incremental --since "$since_day" --until "$until_day")
  echo "refresh: incremental run over $since_day .. $until_day into $output" >&2
else
  window=(--until "$until_day")
  echo "refresh: no previous run in $output; full run up to $until_day" >&2
fi

if [[ -n "${ENTENTE_REFRESH_RUNNER:-}" ]]; then
  read -r -a runner <<<"$ENTENTE_REFRESH_RUNNER"
elif [[ -n "${ENTENTE_MASTER:-}" ]]; then
  runner=("$ROOT/jobs/submit.sh" --master "$ENTENTE_MASTER")
else
  runner=("$ROOT/jobs/entente")
fi
started=$SECONDS
set +e
"${runner[@]}" "${args[@]}" "${window[@]}"
code=$?
set -e
case "$code" in
  0) echo "refresh: done in $((SECONDS - started))s" >&2 ;;
  2) echo "refresh: the run rejected too many records (exit 2); tables were written, see the rejects table in $output" >&2 ;;
  *) echo "refresh: the run failed (exit $code); the previous tables in $output are untouched" >&2 ;;
esac
exit "$code"
