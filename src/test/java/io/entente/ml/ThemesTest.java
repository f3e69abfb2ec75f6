package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ThemesTest extends SparkTestBase {

  private static final StructType INPUT =
      new StructType()
          .add(Columns.ID, DataTypes.StringType, false)
          .add(Columns.PERIOD, DataTypes.StringType, false)
          .add(Columns.TEXT, DataTypes.StringType, false);

  private static final String[] HARVEST = {
    "wheat", "harvest", "farmers", "grain", "drought", "irrigation", "crops", "fertiliser"
  };
  private static final String[] NUCLEAR = {
    "uranium", "enrichment", "inspectors", "centrifuges", "warheads", "reactor", "plutonium",
    "missiles"
  };

  private static final Map<String, List<String>> CURATED =
      Map.of(
          "food_security", List.of("food security", "wheat", "grain exports", "Harvest"),
          "nonproliferation", List.of("nuclear weapons", "uranium enrichment", "IAEA inspectors"),
          "climate_change", List.of("climate change", "carbon emissions", "global warming"));

  // 2 topics, 30 iterations, vocab 50, minDf 1, seed 11, 4 top terms
  private static final ThemesConfig CFG = new ThemesConfig(true, 2, 30, 50, 1.0, 11L, 4, 1.0);

  /** 24 articles in 2024-01 about the harvest, 24 in 2024-02 about nuclear talks. */
  private static Dataset<Row> corpus() {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String[] theme = i < 24 ? HARVEST : NUCLEAR;
      StringBuilder text = new StringBuilder("The ministers said that");
      for (int w = 0; w < 30; w++) {
        text.append(' ').append(theme[random.nextInt(theme.length)]);
        if (w % 6 == 5) {
          text.append(", and the");
        }
      }
      String period = i < 24 ? "2024-01" : "2024-02";
      rows.add(RowFactory.create(String.format("n%02d", i), period, text + "."));
    }
    return spark.createDataFrame(rows, INPUT);
  }

  @Test
  void twoObviousThemesAreLabelledWithTheCuratedTopicsTheyShareTermsWith() {
    Dataset<Row> topics = Themes.discover(corpus(), CFG, CURATED).topics();
    List<String> labels = new ArrayList<>();
    for (Row r : topics.orderBy(Themes.LABEL).collectAsList()) {
      labels.add(r.getString(3));
    }
    assertEquals(List.of("food_security", "nonproliferation"), labels);
  }

  @Test
  void eachDiscoveredTopicsTopTermsComeFromOneTheme() {
    Dataset<Row> topics = Themes.discover(corpus(), CFG, CURATED).topics();
    for (Row r : topics.collectAsList()) {
      List<String> terms = r.getList(1);
      Set<String> theme =
          Set.of(r.getString(3).equals("food_security") ? HARVEST : NUCLEAR);
      assertEquals(4, terms.size());
      assertTrue(theme.containsAll(terms), "topic " + r.getInt(0) + " terms " + terms);
    }
  }

  @Test
  void theSameSeedGivesTheSameTopicsWhateverTheInputPartitioning() {
    List<Row> a =
        Themes.discover(corpus().repartition(1), CFG, CURATED)
            .topics()
            .orderBy(Columns.TOPIC)
            .collectAsList();
    List<Row> b =
        Themes.discover(corpus().repartition(3), CFG, CURATED)
            .topics()
            .orderBy(Columns.TOPIC)
            .collectAsList();
    assertEquals(a, b);
  }

  @Test
  void eachThemeDominatesItsOwnPeriodInTheTrends() {
    Themes.Result r = Themes.discover(corpus(), CFG, CURATED);
    Dataset<Row> joined =
        r.trends()
            .join(r.topics(), Columns.TOPIC)
            .where("weight_share > 0.8")
            .select(Columns.PERIOD, Themes.LABEL);
    assertRows(
        joined,
        new String[] {Columns.PERIOD, Themes.LABEL},
        new Object[] {"2024-01", "food_security"},
        new Object[] {"2024-02", "nonproliferation"});
  }

  @Test
  void weightSharesOfAPeriodSumToOne() {
    Dataset<Row> sums =
        Themes.discover(corpus(), CFG, CURATED)
            .trends()
            .groupBy(Columns.PERIOD)
            .sum(Themes.WEIGHT_SHARE);
    assertRows(
        sums,
        new String[] {Columns.PERIOD, "round(`sum(weight_share)`, 9)"},
        new Object[] {"2024-01", 1.0},
        new Object[] {"2024-02", 1.0});
  }

  @Test
  void tablesHaveTheDeclaredSchemas() {
    Themes.Result r = Themes.discover(corpus(), CFG, CURATED);
    assertEquals(Themes.DISCOVERED_TOPICS, r.topics().schema());
    assertEquals(Themes.DISCOVERED_TOPIC_TRENDS, r.trends().schema());
  }

  @Test
  void labelPicksMostSharedTermsThenWeightThenSmallestId() {
    Map<String, Set<String>> curated =
        Map.of(
            "b_topic", Set.of("x", "y"),
            "a_topic", Set.of("y", "z"),
            "c_topic", Set.of("w"));
    // x,y shared with b (2); y,z with a (2): tie on count, weights b 0.5+0.3, a 0.3+0.1 -> b
    assertEquals(
        "b_topic",
        Themes.label(List.of("x", "y", "z", "q"), List.of(0.5, 0.3, 0.1, 0.1), curated));
    // only y shared by a and b, same weight: smallest id
    assertEquals("a_topic", Themes.label(List.of("y", "q"), List.of(0.5, 0.5), curated));
    assertEquals(Themes.UNCOVERED, Themes.label(List.of("q"), List.of(1.0), curated));
  }

  @Test
  void curatedPhrasesAreSplitIntoLowerCaseWords() {
    assertEquals(
        Map.of("t", Set.of("iaea", "inspectors", "nuclear")),
        Themes.normalise(Map.of("t", List.of("IAEA inspectors", "nuclear"))));
  }

  @Test
  void themesAreOffByDefault() {
    assertEquals(false, ThemesConfig.defaults().enabled());
  }

  @Test
  void configRejectsFewerThanTwoTopics() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ThemesConfig(null, 1, null, null, null, null, null, null));
  }
}
