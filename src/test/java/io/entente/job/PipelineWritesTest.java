package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.config.EntenteConfig;
import io.entente.io.OutputWriter;
import io.entente.quality.TableCheckException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineWritesTest extends SparkTestBase {
  private static final StructType NOTES =
      new StructType().add("n", DataTypes.IntegerType).add("note", DataTypes.StringType);

  private Dataset<Row> notes(int count) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(RowFactory.create(i, "note " + i));
    }
    return spark.createDataFrame(rows, NOTES);
  }

  /** Where each table was planned, and how often: filled by the suppliers of {@link #tables}. */
  private final Map<String, String> plannedIn = new ConcurrentHashMap<>();

  private final Map<String, Integer> plannedTimes = new ConcurrentHashMap<>();

  private Map<String, Supplier<Dataset<Row>>> tables() {
    plannedIn.clear();
    plannedTimes.clear();
    Map<String, Supplier<Dataset<Row>>> plans = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> t : datasets().entrySet()) {
      plans.put(
          t.getKey(),
          () -> {
            plannedIn.put(t.getKey(), Thread.currentThread().getName());
            plannedTimes.merge(t.getKey(), 1, Integer::sum);
            return t.getValue();
          });
    }
    return plans;
  }

  private Map<String, Dataset<Row>> datasets() {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    // 2 + 3 members: 5 rows, each (region, country) once
    tables.put(
        "regions",
        EntentePipeline.regionsTable(
            spark,
            Map.of("CENTRAL_ASIA", List.of("KAZ", "UZB"), "EU", List.of("DEU", "FRA", "ITA"))));
    // tables no check knows are counted
    tables.put("notes_a", notes(7));
    tables.put("notes_b", notes(0));
    tables.put("notes_c", notes(40));
    return tables;
  }

  @Test
  void everyTableIsStagedAndCountedWhetherWrittenOneAtATimeOrAtOnce(@TempDir Path dir)
      throws Exception {
    for (int concurrency : new int[] {1, 3}) {
      OutputWriter writer =
          new OutputWriter(
              spark.sparkContext().hadoopConfiguration(),
              dir.resolve("out-" + concurrency).toString(),
              "run");
      Map<String, Long> rows = EntentePipeline.stageAll(spark, writer, tables(), concurrency);
      assertEquals(List.of("regions", "notes_a", "notes_b", "notes_c"), List.copyOf(rows.keySet()));
      assertEquals(List.of(5L, 7L, 0L, 40L), List.copyOf(rows.values()));
      // each table was planned once, by a writer thread, not by the caller
      assertEquals(Map.of("regions", 1, "notes_a", 1, "notes_b", 1, "notes_c", 1), plannedTimes);
      assertEquals(
          List.of("entente-write"), plannedIn.values().stream().distinct().toList());
      // what was staged is the table itself: the 40 notes read back sum to 0 + 1 + ... + 39
      Dataset<Row> staged = spark.read().parquet(writer.stagedPath("notes_c"));
      assertEquals(780L, staged.agg(org.apache.spark.sql.functions.sum("n")).first().getLong(0));
      assertEquals(
          "EU DEU",
          spark
              .read()
              .parquet(writer.stagedPath("regions"))
              .where("country = 'DEU'")
              .selectExpr("concat(region, ' ', country)")
              .first()
              .getString(0));
    }
  }

  @Test
  void tablesSelectionAddsArticlesAndRejectsAndDefaultsToEveryTableTheConfigurationTurnsOn() {
    EntenteConfig defaults = EntenteConfig.defaults();
    assertEquals(
        List.of("articles", "rejects", "country_trends"),
        List.copyOf(EntentePipeline.selectTables(List.of("country_trends"), defaults)));
    // the defaults turn themes off and country sets on
    List<String> every = List.copyOf(EntentePipeline.selectTables(List.of(), defaults));
    // the ten tables of docs/tables.md and duplicates, country_sets, country_rules (mllib.md)
    assertEquals(13, every.size());
    assertTrue(every.containsAll(List.of("articles", "pair_topic_trends", "country_rules")));
    assertFalse(every.contains("discovered_topics") || every.contains("discovered_topic_trends"));
  }

  @Test
  void theLongestAndTheLatencyBoundTablesStartFirstAndTheRowsComeInMapOrder(@TempDir Path dir)
      throws Exception {
    assertEquals(
        List.of("pair_cooccurrence", "country_sets", "articles", "topic_trends", "rejects"),
        EntentePipeline.startOrder(
            List.of("articles", "topic_trends", "country_sets", "pair_cooccurrence", "rejects")));
    // a table of the list that is not there is skipped
    assertEquals(
        List.of("country_sets", "articles"),
        EntentePipeline.startOrder(List.of("articles", "country_sets")));
    // one writer thread: the tables are planned in that order, the rows reported in map order
    List<String> planned = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Map<String, Supplier<Dataset<Row>>> tables = new LinkedHashMap<>();
    for (String name : List.of("notes_a", "country_sets", "notes_b")) {
      int n = name.length();
      tables.put(
          name,
          () -> {
            planned.add(name);
            return notes(n);
          });
    }
    OutputWriter writer =
        new OutputWriter(spark.sparkContext().hadoopConfiguration(), dir.toString(), "run");
    Map<String, Long> rows = EntentePipeline.stageAll(spark, writer, tables, 1);
    assertEquals(List.of("country_sets", "notes_a", "notes_b"), planned);
    assertEquals(List.of("notes_a", "country_sets", "notes_b"), List.copyOf(rows.keySet()));
    assertEquals(List.of(7L, 12L, 7L), List.copyOf(rows.values()));
  }

  @Test
  void theConcurrencyComesFromTheSessionAndMustBeACount() {
    try {
      assertEquals(3, EntentePipeline.writeConcurrency(spark));
      spark.conf().set(EntentePipeline.WRITE_CONCURRENCY, " 5 ");
      assertEquals(5, EntentePipeline.writeConcurrency(spark));
      for (String bad : new String[] {"0", "-2", "two"}) {
        spark.conf().set(EntentePipeline.WRITE_CONCURRENCY, bad);
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class, () -> EntentePipeline.writeConcurrency(spark));
        assertEquals(
            "spark.entente.write.concurrency must be a whole number of at least 1; got '"
                + bad
                + "'",
            e.getMessage());
      }
    } finally {
      spark.conf().unset(EntentePipeline.WRITE_CONCURRENCY);
    }
  }

  @Test
  void aFailedCheckInOneTableFailsTheWriteWithItsOwnException(@TempDir Path dir)
      throws Exception {
    Map<String, Supplier<Dataset<Row>>> tables = tables();
    // KAZ twice in CENTRAL_ASIA: the regions key (region, country) repeats once
    Dataset<Row> regions = datasets().get("regions");
    tables.put("regions", () -> regions.union(regions.limit(1)));
    OutputWriter writer =
        new OutputWriter(spark.sparkContext().hadoopConfiguration(), dir.toString(), "run");
    TableCheckException e =
        assertThrows(
            TableCheckException.class, () -> EntentePipeline.stageAll(spark, writer, tables, 3));
    assertEquals("regions", e.table());
    assertTrue(e.getMessage().contains("unique_key (1 rows)"), e.getMessage());
  }

  @Test
  void aValueSharedByTwoTablesIsMadeOnceWhicheverThreadAsksFirst() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Supplier<String> shared =
        EntentePipeline.once(
            () -> {
              made.incrementAndGet();
              return "mined";
            });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> asks = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asks.add(pool.submit(shared::get));
      }
      for (Future<String> a : asks) {
        assertEquals("mined", a.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, made.get());
  }
}
