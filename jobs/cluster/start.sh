#!/usr/bin/env bash
# Starts a standalone Spark cluster on 127.0.0.1: one master and N workers (default 2), each a
# separate process with its own log and work directory under DIR, and waits until the master
# reports every worker ALIVE. Prints the master URL (also written to DIR/master.url).
#   jobs/cluster/start.sh DIR            then: jobs/submit.sh --master "$(cat DIR/master.url)" ...
#   jobs/cluster/stop.sh DIR             stops everything this started
# Environment: ENTENTE_WORKERS (2), ENTENTE_WORKER_CORES (1), ENTENTE_WORKER_MEMORY (1g),
# ENTENTE_MASTER_PORT and ENTENTE_MASTER_UI_PORT (default: free ports), ENTENTE_START_TIMEOUT
# (seconds, 90), SPARK_HOME (else spark-submit on PATH, else the .venv's pyspark).
# Spark's pip package has no sbin/, so the daemons are started with bin/spark-class.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=jobs/spark-env.sh
source "$ROOT/jobs/spark-env.sh"

if [[ $# -ne 1 ]]; then
  echo "usage: jobs/cluster/start.sh DIR" >&2
  exit 64
fi
DIR="$1"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
if compgen -G "$DIR/*.pid" >/dev/null; then
  echo "cluster: $DIR already has pid files; run jobs/cluster/stop.sh $DIR first" >&2
  exit 1
fi
entente_spark_home "$ROOT" || exit 1

workers="${ENTENTE_WORKERS:-2}"
timeout="${ENTENTE_START_TIMEOUT:-90}"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
port="${ENTENTE_MASTER_PORT:-$(free_port)}"
ui_port="${ENTENTE_MASTER_UI_PORT:-$(free_port)}"
url="spark://127.0.0.1:$port"

export SPARK_LOCAL_IP=127.0.0.1
export SPARK_LOCAL_HOSTNAME=127.0.0.1
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-256m}"
export SPARK_LOG_DIR="$DIR"
export SPARK_USER_DIR="$DIR"

# Each daemon gets its own session (process group = its pid), so stop.sh can end it and every
# executor it forked with one signal to the group.
launch() {
  local name="$1"; shift
  setsid "$SPARK_HOME/bin/spark-class" "$@" >"$DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/$name.pid"
}

fail() {
  echo "cluster: $1; logs in $DIR" >&2
  "$ROOT/jobs/cluster/stop.sh" "$DIR" >&2 || true
  exit 1
}

launch master org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$ui_port"
echo "$url" >"$DIR/master.url"
echo "http://127.0.0.1:$ui_port" >"$DIR/master.ui"

deadline=$((SECONDS + timeout))
until grep -q "I have been elected leader" "$DIR/master.log" 2>/dev/null; do
  kill -0 "$(cat "$DIR/master.pid")" 2>/dev/null || fail "the master exited"
  ((SECONDS < deadline)) || fail "the master was not up within ${timeout}s"
  sleep 0.2
done

for i in $(seq 1 "$workers"); do
  mkdir -p "$DIR/worker-$i"
  launch "worker-$i" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port "$(free_port)" \
    --cores "${ENTENTE_WORKER_CORES:-1}" --memory "${ENTENTE_WORKER_MEMORY:-1g}" \
    --work-dir "$DIR/worker-$i" "$url"
done

# ready when the master's JSON status lists every worker ALIVE
alive=0
while ((alive < workers)); do
  for i in $(seq 1 "$workers"); do
    kill -0 "$(cat "$DIR/worker-$i.pid")" 2>/dev/null || fail "worker $i exited"
  done
  ((SECONDS < deadline)) || fail "only $alive of $workers workers registered within ${timeout}s"
  sleep 0.2
  alive="$(curl -fsS "http://127.0.0.1:$ui_port/json/" 2>/dev/null \
    | python3 -c 'import json,sys; print(sum(w["state"] == "ALIVE" for w in json.load(sys.stdin)["workers"]))' \
    2>/dev/null || echo 0)"
done
echo "$url"
