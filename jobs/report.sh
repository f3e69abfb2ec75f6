#!/usr/bin/env bash
# Renders the notebooks over one finished run into a self-contained HTML report.
#   jobs/report.sh OUTPUT [REPORT_DIR]      REPORT_DIR defaults to OUTPUT/reports/<UTC date>
# Each notebook in notebooks/ is executed by papermill (output_path=OUTPUT) and converted by
# nbconvert without its code cells, charts inline as data: URIs: REPORT_DIR/<notebook>.html, plus
# REPORT_DIR/index.html with the run's manifest summary (run id, status, counts, timings, tables)
# and a link to each page. Needs the repo's .venv (notebooks/setup.sh creates it when missing).
# Exit codes: 0 done, 1 a notebook failed, 64 bad arguments.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || $# -gt 2 || ! -d "$1" ]]; then
  echo "usage: jobs/report.sh OUTPUT [REPORT_DIR]" >&2
  exit 64
fi
OUTPUT="$(cd "$1" && pwd)"
if [[ ! -f "$OUTPUT/_manifest.json" ]]; then
  echo "report: $OUTPUT has no _manifest.json (not a finished run)" >&2
  exit 64
fi
REPORT_DIR="${2:-$OUTPUT/reports/$(date -u +%Y-%m-%d)}"
mkdir -p "$REPORT_DIR"
REPORT_DIR="$(cd "$REPORT_DIR" && pwd)"

"$ROOT/notebooks/setup.sh"
VENV="${ENTENTE_VENV:-$ROOT/.venv}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The four notebooks in reading order, then any other notebook added later.
names=(topic_trends country_pairs network country_profile)
for notebook in "$ROOT"/notebooks/*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
done
pages=()
for name in "${names[@]}"; do
  notebook="$ROOT/notebooks/$name.ipynb"
  echo "report: $name" >&2
  # ipykernel warns on every start that its local TCP transport is unencrypted: noise here.
  "$VENV/bin/papermill" --no-progress-bar --log-level WARNING -k python3 \
    --cwd "$ROOT/notebooks" -r output_path "$OUTPUT" "$notebook" "$WORK/$name.ipynb" \
    2> >(grep -v "running over TCP without encryption" >&2)
  "$VENV/bin/jupyter" nbconvert --log-level ERROR --to html --no-input --embed-images \
    --template-file "$ROOT/notebooks/report.html.j2" \
    --output-dir "$REPORT_DIR" "$WORK/$name.ipynb"
  pages+=("$name")
done
"$VENV/bin/python" "$ROOT/notebooks/report_index.py" "$OUTPUT" "$REPORT_DIR" "${pages[@]}"
echo "report: $REPORT_DIR/index.html" >&2
