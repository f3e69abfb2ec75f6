"""Airflow DAG example: the daily Entente refresh on a Spark cluster.

One run per day (data interval [ds, ds]): spark-submit the Entente jar over that day with
--incremental, so the day's articles are extracted and merged into the output's articles table and
every aggregate is recomputed (docs/operations.md, "Incremental runs"); then print the manifest.
max_active_runs=1 keeps two refreshes of the same output from overlapping (jobs/refresh.sh uses a
lock for the same purpose under cron). Catch-up runs replay missed days in order.

Needs: apache-airflow 2.7+ and apache-airflow-providers-apache-spark, a "spark_default"
connection to the master (spark://host:7077) whose extra names the spark-home, the jar built
(mvn -DskipTests package) under ENTENTE_HOME. Spark properties come from
jobs/conf/cluster.properties, read when the DAG file is parsed.
"""

import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

ENTENTE_HOME = os.environ.get("ENTENTE_HOME", "/opt/entente")
CORPUS = os.environ.get("ENTENTE_CORPUS", "/data/news")
OUTPUT = os.environ.get("ENTENTE_OUTPUT", "/data/entente")
JAR = f"{ENTENTE_HOME}/target/entente-0.1.0.jar"


def spark_properties(path):
    """The key=value lines of a Spark properties file, comments and blank lines skipped."""
    props = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    key, value = line.split("=", 1)
                    props[key.strip()] = value.strip()
    except FileNotFoundError:
        pass
    return props


with DAG(
    dag_id="entente_refresh",
    description="Daily incremental refresh of the Entente tables",
    schedule="15 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=True,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["entente"],
) as dag:
    refresh = SparkSubmitOperator(
        task_id="entente_refresh",
        conn_id="spark_default",
        application=JAR,
        java_class="io.entente.job.EntenteJob",
        name="entente-refresh-{{ ds }}",
        conf=spark_properties(f"{ENTENTE_HOME}/jobs/conf/cluster.properties"),
        application_args=[
            "--input",
            CORPUS,
            "--output",
            OUTPUT,
            "--incremental",
            "--since",
            "{{ ds }}",
            "--until",
            "{{ ds }}",
        ],
    )

    status = BashOperator(
        task_id="entente_status",
        bash_command=f"{ENTENTE_HOME}/jobs/entente status {OUTPUT}",
    )

    refresh >> status
