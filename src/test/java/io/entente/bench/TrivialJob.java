package io.entente.bench;

import org.apache.spark.sql.SparkSession;

/**
 * The floor of any Spark run on a machine: start a local[2] session, group 1,000 rows, write
 * Parquet. {@code jobs/benchmark} times this process beside Entente's.
 */
public final class TrivialJob {
  private TrivialJob() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("trivial")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark
        .range(1000)
        .selectExpr("id % 10 as k", "id")
        .groupBy("k")
        .count()
        .write()
        .mode("overwrite")
        .parquet(args[0]);
    spark.stop();
  }
}
