package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class PeriodsTest extends SparkTestBase {

  private static final String[] TRICKY = {
    "2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30", "2026-02-26", "2024-02-29",
    "2026-01-01", "2026-12-31", "2027-01-01"
  };

  @Test
  void weekLabelsUseTheIsoWeekBasedYear() {
    // 2020 has 53 ISO weeks: Thursday 2020-12-31 and Sunday 2021-01-03 are both in 2020-W53
    assertEquals("2020-W53", Periods.label(LocalDate.parse("2020-12-31"), Granularity.WEEK));
    assertEquals("2020-W53", Periods.label(LocalDate.parse("2021-01-03"), Granularity.WEEK));
    // Monday 2024-12-30 starts the week whose Thursday is 2025-01-02
    assertEquals("2025-W01", Periods.label(LocalDate.parse("2024-12-30"), Granularity.WEEK));
    assertEquals("2026-W09", Periods.label(LocalDate.parse("2026-02-26"), Granularity.WEEK));
  }

  @Test
  void labelsOfEveryGranularityFollowTheIsoForms() {
    LocalDate d = LocalDate.parse("2026-02-26");
    assertEquals("2026-02-26", Periods.label(d, Granularity.DAY));
    assertEquals("2026-02", Periods.label(d, Granularity.MONTH));
    assertEquals("2026-Q1", Periods.label(d, Granularity.QUARTER));
    assertEquals("2026", Periods.label(d, Granularity.YEAR));
  }

  @Test
  void periodStartsAreTheFirstDayAndMondayForWeeks() {
    LocalDate d = LocalDate.parse("2026-08-16"); // a Sunday
    assertEquals(LocalDate.parse("2026-08-16"), Periods.start(d, Granularity.DAY));
    assertEquals(LocalDate.parse("2026-08-10"), Periods.start(d, Granularity.WEEK));
    assertEquals(LocalDate.parse("2026-08-01"), Periods.start(d, Granularity.MONTH));
    assertEquals(LocalDate.parse("2026-07-01"), Periods.start(d, Granularity.QUARTER));
    assertEquals(LocalDate.parse("2026-01-01"), Periods.start(d, Granularity.YEAR));
  }

  @Test
  void nextStepsOnePeriodFromAStart() {
    LocalDate s = LocalDate.parse("2024-11-01");
    assertEquals(LocalDate.parse("2024-11-02"), Periods.next(s, Granularity.DAY));
    assertEquals(LocalDate.parse("2024-11-08"), Periods.next(s, Granularity.WEEK));
    assertEquals(LocalDate.parse("2024-12-01"), Periods.next(s, Granularity.MONTH));
    assertEquals(LocalDate.parse("2025-02-01"), Periods.next(s, Granularity.QUARTER));
    assertEquals(LocalDate.parse("2025-11-01"), Periods.next(s, Granularity.YEAR));
  }

  @Test
  void sparkColumnsAgreeWithTheJavaFunctionsOnTrickyDates() {
    StructType schema = new StructType().add("d", DataTypes.DateType, false);
    List<Row> rows = new ArrayList<>();
    for (String d : TRICKY) {
      rows.add(RowFactory.create(Date.valueOf(d)));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    for (Granularity g : Granularity.values()) {
      List<Object[]> expected = new ArrayList<>();
      for (String d : TRICKY) {
        LocalDate date = LocalDate.parse(d);
        expected.add(
            new Object[] {
              d, Periods.label(date, g), Date.valueOf(Periods.start(date, g)).toString()
            });
      }
      Dataset<Row> actual =
          df.select(
              col("d").cast("string").as("d"),
              Periods.labelColumn(col("d"), g).as("label"),
              Periods.startColumn(col("d"), g).cast("string").as("start"));
      assertRows(actual, new String[] {"d", "label", "start"}, expected.toArray(new Object[0][]));
    }
  }

  @Test
  void parseAcceptsLowerCaseNamesAndRejectsOthersListingTheChoices() {
    assertEquals(Granularity.QUARTER, Granularity.parse("quarter"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Granularity.parse("fortnight"));
    assertEquals(
        "granularity must be one of day|week|month|quarter|year, got: fortnight", e.getMessage());
  }

  @Test
  void aPeriodRangeNormalisesItsEndsToPeriodStarts() {
    PeriodRange r =
        new PeriodRange(
            LocalDate.parse("2025-02-14"), LocalDate.parse("2025-05-03"), Granularity.QUARTER);
    assertEquals(LocalDate.parse("2025-01-01"), r.first());
    assertEquals(LocalDate.parse("2025-04-01"), r.last());
  }
}
