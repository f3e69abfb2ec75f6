package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.unix_date;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The period spine and what the aggregate tables share about periods. */
final class Series {
  private Series() {}

  /** Standard deviations below this are treated as zero (floating noise of equal shares). */
  static final double MIN_STDDEV = 1e-12;

  /**
   * The articles inside the range (all of them when {@code range} is null), as given. The range's
   * granularity must be the run's.
   */
  static Dataset<Row> inRange(Dataset<Row> articles, Granularity g, PeriodRange range) {
    if (range == null) {
      return articles;
    }
    if (range.granularity() != g) {
      throw new IllegalArgumentException(
          "period range granularity " + range.granularity().id() + " differs from " + g.id());
    }
    return articles.where(
        col(Columns.PERIOD_START).between(lit(range.first()), lit(range.last())));
  }

  /**
   * One row per period of the run: (period, period_start). The range is {@code range} when given,
   * else min to max period_start of the articles. Built from a one-row global aggregate and a
   * sequence, so nothing is collected; empty input gives an empty spine.
   */
  static Dataset<Row> spine(Dataset<Row> articles, Granularity g, PeriodRange range) {
    Dataset<Row> bounds;
    if (range == null) {
      bounds =
          articles.agg(
              Periods.startColumn(min(col(Columns.PERIOD_START)), g).as("lo"),
              Periods.startColumn(max(col(Columns.PERIOD_START)), g).as("hi"));
    } else {
      // limit(0) keeps the plan from scanning the articles: a global aggregate has one row anyway
      bounds =
          articles
              .limit(0)
              .agg(count(lit(1)))
              .select(lit(range.first()).as("lo"), lit(range.last()).as("hi"));
    }
    Dataset<Row> starts =
        bounds.select(
            explode(Periods.sequenceColumn(col("lo"), col("hi"), g)).as(Columns.PERIOD_START));
    return starts.select(
        Periods.labelColumn(col(Columns.PERIOD_START), g).as(Columns.PERIOD),
        col(Columns.PERIOD_START));
  }

  /**
   * The run's periods: their starts in days, increasing, and their labels. Gathered to the driver
   * once per run ({@link Aggregates#periods}): one value per period.
   */
  record Spine(int[] days, String[] labels) implements Serializable {
    static Spine of(Dataset<Row> spine) {
      List<Row> rows =
          spine
              .select(unix_date(col(Columns.PERIOD_START)), col(Columns.PERIOD))
              .orderBy(col(Columns.PERIOD_START))
              .collectAsList();
      int[] days = new int[rows.size()];
      String[] labels = new String[rows.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = rows.get(i).getInt(0);
        labels[i] = rows.get(i).getString(1);
      }
      return new Spine(days, labels);
    }

    /** The index of a period start. */
    int period(int day) {
      int i = Arrays.binarySearch(days, day);
      if (i < 0) {
        throw new IllegalStateException(
            "period start " + LocalDate.ofEpochDay(day) + " is not in the run's periods");
      }
      return i;
    }
  }

  /**
   * How many periods back the same period of the previous year is, or 0 when not defined. Days
   * have none (leap years shift them); a week compares with 52 weeks earlier.
   */
  static int yearLag(Granularity g) {
    return switch (g) {
      case DAY -> 0;
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }

  static Column[] columns(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }

  /** Selects the columns of {@code schema} in order, cast to their declared types. */
  static Dataset<Row> conform(Dataset<Row> df, org.apache.spark.sql.types.StructType schema) {
    org.apache.spark.sql.types.StructType actual = df.schema();
    // a cast that only changes nullability is rejected by Spark for arrays: skip same types
    Column[] cols =
        java.util.Arrays.stream(schema.fields())
            .map(
                f ->
                    actual.apply(f.name()).dataType().catalogString().equals(
                            f.dataType().catalogString())
                        ? col(f.name())
                        : col(f.name()).cast(f.dataType()).as(f.name()))
            .toArray(Column[]::new);
    return df.select(cols);
  }
}
