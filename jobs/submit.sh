#!/usr/bin/env bash
# Runs the job with spark-submit (client deploy mode), on a cluster or locally.
#   jobs/submit.sh [--master URL] [--conf-file FILE] [--] JOB ARGS...
#   jobs/submit.sh --master spark://host:7077 --input /data/news --output /data/entente
#   jobs/submit.sh --master 'local[2]' --input datasets/sample --output /tmp/out
# --master URL     or ENTENTE_MASTER; default local[*] (from jobs/conf/local.properties)
# --conf-file FILE Spark properties; default jobs/conf/cluster.properties for a spark:// master,
#                  jobs/conf/local.properties otherwise
# Everything else passes to the job unchanged (jobs/entente --help lists the job's flags).
# Spark: $SPARK_HOME, else spark-submit on PATH, else the .venv's pyspark (jobs/setup-python).
# The jar is built (mvn package) when missing. jobs/conf/log4j2.properties configures the driver's
# and the executors' logs (quiet; --verbose for detail).
# Environment: ENTENTE_MASTER, ENTENTE_JAR (another jar), SPARK_HOME, JAVA_HOME.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/spark-env.sh
source "$ROOT/jobs/spark-env.sh"

master="${ENTENTE_MASTER:-}"
conf_file=""
job_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --master) master="$2"; shift 2 ;;
    --master=*) master="${1#*=}"; shift ;;
    --conf-file) conf_file="$2"; shift 2 ;;
    --conf-file=*) conf_file="${1#*=}"; shift ;;
    --) shift; job_args+=("$@"); break ;;
    *) job_args+=("$1"); shift ;;
  esac
done

if [[ -z "$conf_file" ]]; then
  if [[ "$master" == spark://* ]]; then
    conf_file="$ROOT/jobs/conf/cluster.properties"
  else
    conf_file="$ROOT/jobs/conf/local.properties"
  fi
fi
if [[ ! -f "$conf_file" ]]; then
  echo "submit: no properties file $conf_file" >&2
  exit 64
fi

JAR="${ENTENTE_JAR:-$ROOT/target/entente-0.1.0.jar}"
if [[ ! -f "$JAR" ]]; then
  echo "submit: building the application jar (mvn package)..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
fi

entente_spark_home "$ROOT" || exit 1

# --conf on the command line replaces a property of the file, so the log4j setting is appended to
# the file's JVM options rather than given on its own.
prop() {
  local key="$1" line
  line="$(grep -E "^[[:space:]]*${key//./\\.}[[:space:]]*=" "$conf_file" | tail -n 1 || true)"
  line="${line#*=}"
  echo "${line#"${line%%[![:space:]]*}"}"
}
log4j="-Dlog4j2.configurationFile=file:$ROOT/jobs/conf/log4j2.properties"
driver_opts="$(prop spark.driver.extraJavaOptions) $log4j"
executor_opts="$(prop spark.executor.extraJavaOptions) $log4j"

submit=("$SPARK_HOME/bin/spark-submit" --properties-file "$conf_file")
if [[ -n "$master" ]]; then
  submit+=(--master "$master")
fi
submit+=(
  --conf "spark.driver.extraJavaOptions=$driver_opts"
  --conf "spark.executor.extraJavaOptions=$executor_opts"
  --class io.entente.job.EntenteJob
  "$JAR"
)
exec "${submit[@]}" "${job_args[@]}"
