package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL example of docs/tables.md runs on the tables of the bundled sample corpus and returns
 * rows: an analyst who copies one gets an answer, not an error or an empty result because a
 * column, a table or a value (a bloc id's case, say) drifted from what the job writes. Each
 * example runs on a run of the granularity its period literals are written for ({@code '2025'}
 * a year, {@code '2026-Q1'} a quarter, otherwise a month).
 */
class TableExamplesTest extends SparkTestBase {
  private static final Pattern SQL = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("period = '\\d{4}'");
  private static final Pattern QUARTER = Pattern.compile("'\\d{4}-Q\\d'");

  @TempDir static Path runs;
  static List<String> examples;
  static final Map<Granularity, Path> OUTPUTS = new EnumMap<>(Granularity.class);

  @BeforeAll
  static void runTheSampleAtEachGranularityTheExamplesNeed() throws IOException {
    String text =
        Files.readString(
            EndToEndTest.projectDir().resolve("docs/tables.md"), StandardCharsets.UTF_8);
    examples = new ArrayList<>();
    Matcher m = SQL.matcher(text);
    while (m.find()) {
      examples.add(m.group(1).strip().replaceAll(";$", ""));
    }
    for (String sql : examples) {
      Granularity g = granularityOf(sql);
      if (g == Granularity.MONTH && !OUTPUTS.containsKey(g)) {
        // the monthly run of the default configuration that other test classes read too
        OUTPUTS.put(g, SampleRuns.monthly(spark));
      } else if (!OUTPUTS.containsKey(g)) {
        Path out = runs.resolve(g.name().toLowerCase(java.util.Locale.ROOT));
        EntentePipeline.run(
            spark,
            new EntentePipeline.Options(
                List.of(EndToEndTest.SAMPLE.toString()),
                out.toString(),
                g,
                null,
                null,
                // no example reads the mined country sets (docs/mllib.md has theirs)
                ConfigLoader.fromJson("{\"country_sets\": {\"enabled\": false}}", "test"),
                null));
        OUTPUTS.put(g, out);
      }
    }
  }

  static Granularity granularityOf(String sql) {
    if (YEAR.matcher(sql).find()) {
      return Granularity.YEAR;
    }
    return QUARTER.matcher(sql).find() ? Granularity.QUARTER : Granularity.MONTH;
  }

  /** The example's rows, with every table of the run of its granularity as a view. */
  static List<Row> run(String sql) throws IOException {
    Path out = OUTPUTS.get(granularityOf(sql));
    try (Stream<Path> tables = Files.list(out)) {
      for (Path t : tables.filter(Files::isDirectory).toList()) {
        String name = t.getFileName().toString();
        if (!name.startsWith("_")) {
          spark.read().parquet(t.toString()).createOrReplaceTempView(name);
        }
      }
    }
    return spark.sql(sql).collectAsList();
  }

  @Test
  void theGranularityOfAnExampleFollowsItsPeriodLiterals() {
    assertEquals(Granularity.YEAR, granularityOf("WHERE period = '2025' AND x"));
    assertEquals(Granularity.QUARTER, granularityOf("WHERE period = '2026-Q1'"));
    assertEquals(Granularity.MONTH, granularityOf("WHERE period LIKE '2025-%'"));
  }

  @Test
  void everyExampleReturnsRowsOnTheSample() throws IOException {
    // one per table section that has one (TableDocsTest checks which sections do)
    assertTrue(examples.size() >= 10, "examples found: " + examples.size());
    List<String> empty = new ArrayList<>();
    for (String sql : examples) {
      if (run(sql).isEmpty()) {
        empty.add(sql);
      }
    }
    assertEquals(List.of(), empty, "examples of docs/tables.md with no rows on the sample");
  }

  @Test
  void theRegionExamplesNameCentralAsiaByItsBlocId() throws IOException {
    // the five Central Asian states, the gazetteer's members of CENTRAL_ASIA
    String members =
        examples.stream().filter(s -> s.contains("FROM regions")).findFirst().orElseThrow();
    assertEquals(
        List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
        run(members).stream().map(r -> r.getString(0)).toList());
    String partners =
        examples.stream()
            .filter(s -> s.contains("FROM region_pair_cooccurrence"))
            .findFirst()
            .orElseThrow();
    List<Row> rows = run(partners);
    assertFalse(rows.isEmpty());
    // the region itself is among its partners (is_intra_region), next to CHN and RUS
    assertTrue(
        rows.stream().anyMatch(r -> r.getString(0).equals("CENTRAL_ASIA")),
        "partners: " + rows);
  }
}
