package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.entente.SparkTestBase;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CountrySetsTest extends SparkTestBase {

  private static final StructType INPUT =
      new StructType()
          .add(Columns.PERIOD, DataTypes.StringType, false)
          .add(Columns.COUNTRIES, DataTypes.createArrayType(DataTypes.StringType, false), true);

  // support 0.3, at least 2 articles, confidence 0.6
  private static final CountrySetsConfig CFG = new CountrySetsConfig(true, 0.3, 0.6, 2, null);

  private static final String[] SETS = {
    Columns.PERIOD, CountrySets.ITEMS, CountrySets.FREQ, CountrySets.SUPPORT
  };
  private static final String[] RULES = {
    Columns.PERIOD, CountrySets.ANTECEDENT, CountrySets.CONSEQUENT, CountrySets.CONFIDENCE,
    CountrySets.LIFT, CountrySets.SUPPORT
  };

  private static Row basket(String period, String... countries) {
    return RowFactory.create(period, countries == null ? null : Arrays.asList(countries));
  }

  /**
   * 2024-01, 10 articles: FRA 6, DEU 5, ITA 3, POL 2, USA 2, GBR 1; {DEU,FRA} 4, {FRA,ITA} 3,
   * {DEU,ITA} 2, {DEU,POL} 2, {DEU,FRA,ITA} 2. Threshold max(2, 0.3 * 10) = 3.
   *
   * <p>2024-02, 4 articles: CHN 3, RUS 3, IRN 2; {CHN,RUS} 2, {IRN,RUS} 2. Threshold max(2, 1.2) =
   * 2.
   */
  private static Dataset<Row> baskets() {
    List<Row> rows = new ArrayList<>();
    rows.add(basket("2024-01", "DEU", "FRA", "ITA"));
    rows.add(basket("2024-01", "DEU", "FRA"));
    rows.add(basket("2024-01", "DEU", "FRA", "POL"));
    rows.add(basket("2024-01", "FRA", "ITA"));
    rows.add(basket("2024-01", "DEU", "POL"));
    rows.add(basket("2024-01", "DEU", "FRA", "ITA"));
    rows.add(basket("2024-01", "USA"));
    rows.add(basket("2024-01", "GBR", "USA"));
    rows.add(basket("2024-01"));
    rows.add(basket("2024-01", "FRA"));
    rows.add(basket("2024-02", "CHN", "RUS"));
    rows.add(basket("2024-02", "CHN", "IRN", "RUS"));
    rows.add(basket("2024-02", "CHN"));
    rows.add(basket("2024-02", "IRN", "RUS"));
    return spark.createDataFrame(rows, INPUT);
  }

  @Test
  void setsKeepThoseReachingTheirOwnPeriodsSupport() {
    assertRows(
        CountrySets.mine(baskets(), CFG).sets(),
        SETS,
        new Object[] {"2024-01", List.of("DEU", "FRA"), 4L, 0.4},
        new Object[] {"2024-01", List.of("FRA", "ITA"), 3L, 0.3},
        new Object[] {"2024-02", List.of("CHN", "RUS"), 2L, 0.5},
        new Object[] {"2024-02", List.of("IRN", "RUS"), 2L, 0.5});
  }

  @Test
  void rulesUseThePeriodsCountsForConfidenceAndLift() {
    assertRows(
        CountrySets.mine(baskets(), CFG).rules(),
        RULES,
        // 4/5; 0.8 / (6/10)
        new Object[] {"2024-01", List.of("DEU"), "FRA", 0.8, 0.8 / 0.6, 0.4},
        // 4/6; (4/6) / (5/10)
        new Object[] {"2024-01", List.of("FRA"), "DEU", 4.0 / 6, (4.0 / 6) / 0.5, 0.4},
        // 3/3; 1 / (6/10). FRA -> ITA has 3/6 = 0.5 < 0.6
        new Object[] {"2024-01", List.of("ITA"), "FRA", 1.0, 1.0 / 0.6, 0.3},
        new Object[] {"2024-02", List.of("CHN"), "RUS", 2.0 / 3, (2.0 / 3) / 0.75, 0.5},
        new Object[] {"2024-02", List.of("RUS"), "CHN", 2.0 / 3, (2.0 / 3) / 0.75, 0.5},
        new Object[] {"2024-02", List.of("IRN"), "RUS", 1.0, 1.0 / 0.75, 0.5},
        new Object[] {"2024-02", List.of("RUS"), "IRN", 2.0 / 3, (2.0 / 3) / 0.5, 0.5});
  }

  @Test
  void minCountFloorsTheSupportOfSmallPeriods() {
    // 2024-02 needs 3 articles now: none of its pairs qualifies; 2024-01 keeps 4 and 3
    CountrySetsConfig cfg = new CountrySetsConfig(true, 0.3, 0.6, 3, null);
    assertRows(
        CountrySets.mine(baskets(), cfg).sets(),
        SETS,
        new Object[] {"2024-01", List.of("DEU", "FRA"), 4L, 0.4},
        new Object[] {"2024-01", List.of("FRA", "ITA"), 3L, 0.3});
  }

  @Test
  void aConstantPeriodMinesTheWholeCorpus() {
    // 14 articles, threshold max(2, 0.2 * 14 = 2.8) = 3: {DEU,FRA} 4, {FRA,ITA} 3, {DEU,FRA,ITA} 2
    Dataset<Row> all = baskets().withColumn(Columns.PERIOD, functions.lit("all"));
    assertRows(
        CountrySets.mine(all, new CountrySetsConfig(true, 0.2, 0.6, 2, null)).sets(),
        SETS,
        new Object[] {"all", List.of("DEU", "FRA"), 4L, 4.0 / 14},
        new Object[] {"all", List.of("FRA", "ITA"), 3L, 3.0 / 14});
  }

  @Test
  void nullCountriesCountAsAnEmptyBasket() {
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                basket("p", "ARM", "AZE"),
                basket("p", "ARM", "AZE"),
                basket("p", (String[]) null),
                basket("p", (String[]) null)),
            INPUT);
    assertRows(
        CountrySets.mine(in, new CountrySetsConfig(true, 0.5, 0.6, 2, null)).sets(),
        SETS,
        new Object[] {"p", List.of("ARM", "AZE"), 2L, 0.5});
  }

  @Test
  void tablesHaveTheDeclaredSchemas() {
    CountrySets.Result r = CountrySets.mine(baskets(), CFG);
    assertEquals(CountrySets.COUNTRY_SETS, r.sets().schema());
    assertEquals(CountrySets.COUNTRY_RULES, r.rules().schema());
  }

  @Test
  void configRejectsAZeroSupport() {
    assertThrows(
        IllegalArgumentException.class, () -> new CountrySetsConfig(null, 0.0, null, null, null));
  }
}
