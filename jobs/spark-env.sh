# Sourced by jobs/submit.sh and jobs/cluster/*.sh: finds the Spark distribution.
# Order: $SPARK_HOME; the directory of a spark-submit on PATH; the pyspark package in the project's
# .venv (jobs/setup-python installs it). Sets SPARK_HOME or fails with a message saying how to get
# one.
entente_spark_home() {
  local root="$1"
  if [[ -n "${SPARK_HOME:-}" ]]; then
    if [[ ! -x "$SPARK_HOME/bin/spark-submit" ]]; then
      echo "entente: SPARK_HOME=$SPARK_HOME has no bin/spark-submit" >&2
      return 1
    fi
    return 0
  fi
  local on_path
  on_path="$(command -v spark-submit || true)"
  if [[ -n "$on_path" ]]; then
    SPARK_HOME="$(cd "$(dirname "$(readlink -f "$on_path")")/.." && pwd)"
    export SPARK_HOME
    return 0
  fi
  local venv="${ENTENTE_VENV:-$root/.venv}" candidate
  for candidate in "$venv"/lib/python3*/site-packages/pyspark; do
    if [[ -x "$candidate/bin/spark-submit" ]]; then
      SPARK_HOME="$candidate"
      export SPARK_HOME
      return 0
    fi
  done
  echo "entente: no Spark found: set SPARK_HOME, put spark-submit on PATH, or run" \
    "jobs/setup-python (installs pyspark 4.2.0 into $venv)" >&2
  return 1
}
