#!/usr/bin/env bash
# Stops what jobs/cluster/start.sh DIR started: every process group recorded in DIR/*.pid (a
# daemon and the executors it forked), politely first, then with SIGKILL after 10 seconds.
# Removes the pid files. Safe to run twice, or on a half-started cluster.
set -uo pipefail
if [[ $# -ne 1 ]]; then
  echo "usage: jobs/cluster/stop.sh DIR" >&2
  exit 64
fi
DIR="$1"
pids=()
for f in "$DIR"/*.pid; do
  [[ -f "$f" ]] || continue
  pid="$(cat "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] && pids+=("$pid")
done
# workers first, so the master does not log them as lost
for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
  kill -TERM -- "-${pids[i]}" 2>/dev/null || kill -TERM "${pids[i]}" 2>/dev/null || true
done
for _ in $(seq 1 50); do
  left=0
  for pid in "${pids[@]}"; do
    pgrep -g "$pid" >/dev/null 2>&1 && left=1
  done
  ((left == 0)) && break
  sleep 0.2
done
for pid in "${pids[@]}"; do
  kill -KILL -- "-$pid" 2>/dev/null || true
done
rm -f "$DIR"/*.pid
