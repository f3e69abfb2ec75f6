package io.entente.job;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.TableSchemas;
import io.entente.config.EntenteConfig;
import io.entente.model.Schemas;
import io.entente.io.RecordParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole pipeline on the bundled sample corpus and checks real numbers. */
class EndToEndTest extends SparkTestBase {
  static final Path SAMPLE = projectDir().resolve("datasets/sample");
  static final String SEED = "2026-02-26-almaty-kazakhstan-uk-appg.txt";

  /** The shared run of the sample (read-only here: see {@link SampleRuns}). */
  static Path out;

  static EntentePipeline.Result result;

  static Path projectDir() {
    return Path.of(System.getProperty("entente.project.dir", ".")).toAbsolutePath();
  }

  @BeforeAll
  static void runOnTheSample() throws Exception {
    out = SampleRuns.monthly(spark);
    result = SampleRuns.monthlyResult(spark);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(out.resolve(name).toString());
  }

  private static Row seedArticle() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(SAMPLE.resolve("text").resolve(SEED));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String id = RecordParser.parseSeedText(SEED, bytes, bytes.length).id();
    List<Row> rows = table("articles").where(col("article_id").equalTo(id)).collectAsList();
    assertEquals(1, rows.size(), "exactly one article is the seed dispatch");
    assertEquals("ALMATY", rows.get(0).getAs("dateline"));
    assertEquals("2026-02", rows.get(0).getAs("period"));
    return rows.get(0);
  }

  @Test
  void seedArticleSpeaksOfKazakhstanAndTheUk() {
    List<String> countries = seedArticle().getList(seedArticle().fieldIndex("countries"));
    assertTrue(countries.contains("KAZ"), countries.toString());
    assertTrue(countries.contains("GBR"), countries.toString());
  }

  @Test
  void seedArticleHasItsFiveNamedTopics() {
    Row seed = seedArticle();
    List<String> topics = seed.getList(seed.fieldIndex("topics"));
    for (String t :
        List.of(
            "climate_change",
            "regional_stability",
            "sustainable_development",
            "trade",
            "education")) {
      assertTrue(topics.contains(t), t + " missing from " + topics);
    }
  }

  @Test
  void seedPairIsCountedInItsMonthAsOftenAsArticlesMentionBoth() {
    long expected =
        table("articles")
            .where(
                col("period")
                    .equalTo("2026-02")
                    .and(col("is_representative"))
                    .and(array_contains(col("countries"), "GBR"))
                    .and(array_contains(col("countries"), "KAZ")))
            .count();
    assertTrue(expected >= 1);
    assertRows(
        table("pair_cooccurrence")
            .where("period = '2026-02' and country_a = 'GBR' and country_b = 'KAZ'"),
        new String[] {"period", "country_a", "country_b", "articles"},
        new Object[] {"2026-02", "GBR", "KAZ", expected});
  }

  @Test
  void rejectsHoldExactlyTheBrokenRecords() throws Exception {
    long csvLine = lineOf(SAMPLE.resolve("articles.csv"), "yesterday");
    assertRows(
        table("rejects")
            .selectExpr(
                "regexp_extract(source_file, '([^/]+/)?[^/]+$', 0) as file",
                "record_offset",
                "reason"),
        new String[] {"file", "record_offset", "reason"},
        new Object[] {"sample/articles.jsonl", 5L, RecordParser.UNPARSEABLE},
        new Object[] {"sample/articles.jsonl", 14L, RecordParser.MISSING_TEXT},
        new Object[] {"sample/articles.jsonl", 23L, RecordParser.MISSING_DATE},
        new Object[] {"sample/articles.jsonl", 31L, RecordParser.INVALID_DATE},
        new Object[] {"sample/articles.jsonl", 40L, RecordParser.WRONG_TYPE},
        new Object[] {"sample/articles.csv", csvLine, RecordParser.INVALID_DATE},
        new Object[] {"text/broken-encoding.txt", null, RecordParser.INVALID_UTF8});
  }

  @Test
  @SuppressWarnings("unchecked")
  void countsReconcileWithTheInputFiles() throws Exception {
    // records counted independently: non-blank JSON lines, CSV records, one per text file
    long jsonl = nonBlankLines(SAMPLE.resolve("articles.jsonl"));
    long gz = nonBlankLinesGz(SAMPLE.resolve("more.jsonl.gz"));
    long csv = csvRecords(SAMPLE.resolve("articles.csv"));
    long txt;
    try (var files = Files.list(SAMPLE.resolve("text"))) {
      txt = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    Map<String, Object> counts = (Map<String, Object>) result.manifest().get("counts");
    assertEquals(jsonl + gz + csv + txt, ((Number) counts.get("read")).longValue());
    // what tagged the tables: the bundled data's own versions, read from their files
    assertEquals(
        Map.of(
            "taxonomy", io.entente.extract.topic.Taxonomy.loadDefault().version(),
            "topic_model", io.entente.extract.topic.TopicModel.bundled().version(),
            "topic_model_veto", io.entente.extract.topic.TopicModel.bundled().veto(),
            "topic_model_doubt", io.entente.extract.topic.TopicModel.bundled().doubt(),
            "topic_model_stray", io.entente.extract.topic.TopicModel.bundled().stray(),
            "tone_lexicon", io.entente.extract.tone.ToneScorer.defaultScorer().version(),
            "tone_model", io.entente.extract.tone.ToneScorer.bundledModel().version()),
        result.manifest().get("extractors"));
    assertEquals(7L, ((Number) counts.get("rejected")).longValue());
    assertEquals(
        ((Number) counts.get("read")).longValue() - 7L, table("articles").count());
    assertEquals(
        table("articles").count(), ((Number) counts.get("accepted")).longValue());
  }

  @Test
  void everyTableHasItsDeclaredSchema() {
    Map<String, StructType> declared = new TreeMap<>(TableSchemas.ALL);
    for (Map.Entry<String, StructType> e : declared.entrySet()) {
      if (!Files.exists(out.resolve(e.getKey()))) {
        continue;
      }
      StructType actual = table(e.getKey()).schema();
      assertEquals(
          names(e.getValue()), names(actual), "columns of " + e.getKey());
    }
    assertEquals(names(Schemas.ARTICLE), names(table("articles").schema()));
  }

  /**
   * Every aggregate table's files, read one by one in name order, hold its rows in strictly
   * increasing grain-key order (Spark's order: nulls first, strings by UTF-8 bytes), whether the
   * writer sorted the table or it came sorted ({@code pair_topic_trends}).
   */
  @Test
  void aggregateFilesHoldTheirRowsInGrainKeyOrder() throws Exception {
    for (Map.Entry<String, List<String>> e : TableSchemas.KEYS.entrySet()) {
      String name = e.getKey();
      if (name.equals(TableSchemas.ARTICLES) || e.getValue().isEmpty()) {
        continue;
      }
      List<Path> files;
      try (var listing = Files.list(out.resolve(name))) {
        files =
            listing.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
      }
      List<List<Object>> keys = new ArrayList<>();
      for (Path file : files) {
        for (Row r :
            spark.read().parquet(file.toString())
                .select(e.getValue().stream().map(c -> col(c)).toArray(Column[]::new))
                .collectAsList()) {
          List<Object> key = new ArrayList<>();
          for (int i = 0; i < r.size(); i++) {
            key.add(r.get(i));
          }
          keys.add(key);
        }
      }
      assertTrue(keys.size() > 1, name + " has rows to order");
      for (int i = 1; i < keys.size(); i++) {
        assertTrue(
            compareKeys(keys.get(i - 1), keys.get(i)) < 0,
            name + " row " + i + ": " + keys.get(i - 1) + " then " + keys.get(i));
      }
    }
  }

  private static int compareKeys(List<Object> x, List<Object> y) {
    for (int i = 0; i < x.size(); i++) {
      Object a = x.get(i);
      Object b = y.get(i);
      int c;
      if (a == null || b == null) {
        c = a == null ? (b == null ? 0 : -1) : 1;
      } else {
        c =
            Arrays.compareUnsigned(
                a.toString().getBytes(StandardCharsets.UTF_8),
                b.toString().getBytes(StandardCharsets.UTF_8));
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Test
  void rerunIntoTheSameOutputReplacesTablesWithoutDuplicates(@TempDir Path work)
      throws Exception {
    // into a copy of the shared run, which other test classes read
    Path again = work.resolve("again");
    SampleRuns.copyTree(out, again);
    EntentePipeline.run(spark, SampleRuns.monthlyOptions(again));
    for (String name : List.of("pair_cooccurrence", "articles")) {
      Dataset<Row> first = table(name);
      Dataset<Row> second = spark.read().parquet(again.resolve(name).toString());
      assertEquals(first.count(), second.count(), name);
      assertEquals(0, second.exceptAll(first).count(), name);
    }
    assertTrue(
        !Files.exists(again.resolve("_staging")) && !Files.exists(again.resolve("_trash")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void tablesOptionWritesTheChosenTablesAsAFullRunDoesAndKeepsTheOthers(@TempDir Path partial)
      throws Exception {
    // a table an earlier run left in the folder: a run that leaves it out must not touch it
    Path earlier = partial.resolve("pair_cooccurrence");
    SampleRuns.copyTree(out.resolve("pair_cooccurrence"), earlier);
    long earlierRows = spark.read().parquet(earlier.toString()).count();
    EntentePipeline.Result r =
        EntentePipeline.run(
            spark,
            new EntentePipeline.Options(
                List.of(SAMPLE.toString()),
                partial.toString(),
                Granularity.MONTH,
                null,
                null,
                EntenteConfig.defaults(),
                null,
                false,
                List.of("topic_trends", "country_trends")));
    List<String> chosen = List.of("articles", "rejects", "topic_trends", "country_trends");
    assertEquals(
        new java.util.TreeSet<>(chosen),
        new java.util.TreeSet<>(((Map<String, Object>) r.manifest().get("tables")).keySet()));
    try (var files = Files.list(partial)) {
      List<String> inFolder =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> !f.startsWith(".")) // Hadoop's local checksum files
              .sorted()
              .collect(Collectors.toList());
      List<String> expected = new ArrayList<>(chosen);
      expected.addAll(List.of("pair_cooccurrence", "_manifest.json"));
      assertEquals(expected.stream().sorted().collect(Collectors.toList()), inFolder);
    }
    assertEquals(earlierRows, spark.read().parquet(earlier.toString()).count());
    // the chosen tables hold exactly the full run's rows, and every record is accounted for
    for (String name : chosen) {
      Dataset<Row> mine = spark.read().parquet(partial.resolve(name).toString());
      Dataset<Row> full = table(name);
      assertEquals(full.count(), mine.count(), name);
      assertEquals(0, mine.exceptAll(full).count(), name);
      assertEquals(0, full.exceptAll(mine).count(), name);
    }
    assertEquals(result.manifest().get("counts"), r.manifest().get("counts"));
    Map<String, Object> highlights = (Map<String, Object>) r.manifest().get("highlights");
    Map<String, Object> fullHighlights = (Map<String, Object>) result.manifest().get("highlights");
    assertEquals(fullHighlights.get("countries"), highlights.get("countries"));
    assertEquals(fullHighlights.get("top_topics"), highlights.get("top_topics"));
    assertTrue(!highlights.containsKey("pairs") && !highlights.containsKey("top_pairs"));
  }

  private static List<String> names(StructType t) {
    List<String> out = new ArrayList<>();
    for (var f : t.fields()) {
      out.add(f.name() + ":" + f.dataType().simpleString());
    }
    return out;
  }

  private static long lineOf(Path file, String needle) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + file);
  }

  private static long nonBlankLines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
        .filter(l -> !l.isBlank())
        .count();
  }

  private static long nonBlankLinesGz(Path file) throws Exception {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .count();
    }
  }

  private static long csvRecords(Path file) throws Exception {
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            file,
            StandardCharsets.UTF_8,
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      return parser.getRecords().stream().collect(Collectors.counting());
    }
  }
}
