package io.entente.analytics;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;

/**
 * Reporting periods: ISO labels and start dates, as plain Java and as Spark Column expressions that
 * give identical results. Labels: {@code 2026-02-26} (day), {@code 2026-W09} (ISO week with the ISO
 * week-based year), {@code 2026-02} (month), {@code 2026-Q1} (quarter), {@code 2026} (year). A
 * period starts on its first day (Monday for weeks).
 */
public final class Periods {
  private Periods() {}

  /** The length of one reporting period. */
  public enum Granularity {
    DAY("1 day"),
    WEEK("1 week"),
    MONTH("1 month"),
    QUARTER("3 months"),
    YEAR("1 year");

    private final String interval;

    Granularity(String interval) {
      this.interval = interval;
    }

    /** The lower-case name used in configs and on the command line. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code day|week|month|quarter|year}; anything else fails with the allowed values. */
    public static Granularity parse(String value) {
      for (Granularity g : values()) {
        if (g.id().equals(value)) {
          return g;
        }
      }
      throw new IllegalArgumentException(
          "granularity must be one of "
              + Arrays.stream(values()).map(Granularity::id).collect(Collectors.joining("|"))
              + ", got: "
              + value);
    }

    /** The Spark interval literal of one period, for {@code sequence(start, stop, interval)}. */
    String interval() {
      return interval;
    }
  }

  /**
   * An explicit, inclusive range of periods. {@code first} and {@code last} may be any day inside
   * their periods; they are normalised to period starts.
   */
  public record PeriodRange(LocalDate first, LocalDate last, Granularity granularity) {
    public PeriodRange {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      Objects.requireNonNull(granularity, "granularity");
      first = start(first, granularity);
      last = start(last, granularity);
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "period range: last (" + last + ") is before first (" + first + ")");
      }
    }
  }

  /** The ISO label of the period that contains {@code date}. */
  public static String label(LocalDate date, Granularity g) {
    return switch (g) {
      case DAY -> date.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER ->
          String.format(
              Locale.ROOT, "%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
    };
  }

  /** The first day of the period that contains {@code date} (a Monday for weeks). */
  public static LocalDate start(LocalDate date, Granularity g) {
    return switch (g) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER ->
          LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The start of the period after the one starting at {@code start}. */
  public static LocalDate next(LocalDate start, Granularity g) {
    return switch (g) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** Spark twin of {@link #label}: the ISO label of the period containing a date column. */
  public static Column labelColumn(Column date, Granularity g) {
    return switch (g) {
      case DAY -> date_format(date, "yyyy-MM-dd");
      case WEEK ->
          // the ISO week-based year is the calendar year of the week's Thursday
          concat(
              lpad(year(date_add(startColumn(date, g), 3)).cast("string"), 4, "0"),
              lit("-W"),
              lpad(weekofyear(date).cast("string"), 2, "0"));
      case MONTH -> date_format(date, "yyyy-MM");
      case QUARTER ->
          concat(lpad(year(date).cast("string"), 4, "0"), lit("-Q"), quarter(date).cast("string"));
      case YEAR -> lpad(year(date).cast("string"), 4, "0");
    };
  }

  /** Spark twin of {@link #start}: the first day of the period containing a date column. */
  public static Column startColumn(Column date, Granularity g) {
    return switch (g) {
      case DAY -> date.cast("date");
      case WEEK -> trunc(date, "week");
      case MONTH -> trunc(date, "month");
      case QUARTER -> trunc(date, "quarter");
      case YEAR -> trunc(date, "year");
    };
  }

  /**
   * The period starts from {@code first} to {@code last} (both period-start date columns), as an
   * array column; explode it to get one row per period. Null when either end is null.
   */
  public static Column sequenceColumn(Column first, Column last, Granularity g) {
    return org.apache.spark.sql.functions.sequence(first, last, expr("interval " + g.interval()));
  }
}
