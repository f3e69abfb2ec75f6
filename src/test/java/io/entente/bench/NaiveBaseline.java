package io.entente.bench;

import static org.apache.spark.sql.functions.col;

import io.entente.extract.country.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job an analyst writes first: one Spark SQL {@code RLIKE} per gazetteer surface form, then
 * pairs counted per year. No disambiguation, no topics: it is the speed baseline, not a rival for
 * accuracy. Usage: {@code NaiveBaseline CORPUS_JSONL OUTPUT [MAX_ARTICLES]}.
 */
public final class NaiveBaseline {
  private NaiveBaseline() {}

  /**
   * The gazetteer's unambiguous country forms by ISO code: the patterns of this baseline and of
   * the Spark NLP peer ({@link EntityRulerPatterns}), so both look for the same strings.
   */
  static Map<String, List<String>> countryForms() {
    Map<String, List<String>> formsByCode = new TreeMap<>();
    for (Gazetteer.Entry e : Gazetteer.load().entries()) {
      if (e.codes().size() == 1 && e.kind() == Gazetteer.Kind.COUNTRY) {
        formsByCode.computeIfAbsent(e.codes().get(0), k -> new ArrayList<>()).add(e.form());
      }
    }
    return formsByCode;
  }

  public static void main(String[] args) {
    String corpus = args[0];
    String output = args[1];
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("naive")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    long started = System.nanoTime();
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    Dataset<Row> articles = spark.read().schema(schema).json(corpus).limit(limit).cache();
    long n = articles.count();
    long bytes =
        articles.agg(functions.sum(functions.length(col("text")))).first().getLong(0);
    Map<String, List<String>> formsByCode = countryForms();
    List<Column> hits = new ArrayList<>();
    int patterns = 0;
    for (Map.Entry<String, List<String>> code : formsByCode.entrySet()) {
      for (String form : code.getValue()) {
        String regex = "(?i)\\b" + Pattern.quote(form) + "\\b";
        hits.add(functions.when(col("text").rlike(regex), functions.lit(code.getKey())));
        patterns++;
      }
    }
    Dataset<Row> countries =
        articles.select(
            col("id"),
            functions.substring(col("date"), 1, 4).as("year"),
            functions
                .array_sort(
                    functions.array_distinct(
                        functions.filter(
                            functions.array(hits.toArray(new Column[0])), Column::isNotNull)))
                .as("countries"));
    Dataset<Row> a = countries.select(col("id"), col("year"), functions.explode(col("countries")).as("a"));
    Dataset<Row> b = countries.select(col("id").as("id2"), functions.explode(col("countries")).as("b"));
    a.join(b, a.col("id").equalTo(b.col("id2")))
        .where(col("a").lt(col("b")))
        .groupBy("year", "a", "b")
        .count()
        .write()
        .mode("overwrite")
        .parquet(output);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        java.util.Locale.ROOT,
        "naive: %d articles, %.1f MB of text, %d RLIKE patterns, %.1f s after start-up%n",
        n,
        bytes / 1e6,
        patterns,
        seconds);
    spark.stop();
  }
}
