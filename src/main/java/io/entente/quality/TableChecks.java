package io.entente.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.entente.analytics.TableSchemas;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * Named data-quality checks run on every table before the run commits (Deequ vocabulary, no
 * Deequ dependency). All the row checks of a table are evaluated in one aggregation pass: over a
 * Dataset ({@link #check}), or observed while the table is written ({@link #whileWriting}); a
 * failure throws {@link TableCheckException} naming the table and every failed check with its
 * number of bad rows.
 *
 * <p>Checks, each applied when its columns are present:
 *
 * <ul>
 *   <li>{@code schema}: column names, order and types equal the declared schema;
 *   <li>{@code unique_key}: no two rows share the grain key;
 *   <li>{@code non_null_key}: no key column is null; {@code non_null}: no column declared
 *       non-nullable is null;
 *   <li>{@code country_a_lt_country_b};
 *   <li>{@code non_negative_counts}: count columns (bigint/int) are >= 0;
 *   <li>{@code share_in_unit_interval}: share, jaccard, rolling_mean in [0, 1];
 *   <li>{@code npmi_in_range}, {@code cooperation_index_in_range}: in [-1, 1];
 *   <li>{@code articles_le_articles_raw}, {@code articles_le_period_articles}, {@code
 *       articles_le_country_articles}, {@code articles_le_region_articles}, {@code
 *       pair_le_marginals} (articles <= articles_a, articles_b), {@code weight_le_articles},
 *       {@code sentence_le_article} (pair topics), {@code dedup_le_raw} (pair topics).
 * </ul>
 */
public final class TableChecks {
  private static final Logger LOG = LoggerFactory.getLogger(TableChecks.class);

  private TableChecks() {}

  private static final String UNIQUE_KEY = "unique_key";

  /** Tolerance for floating comparisons against bounds. */
  private static final double EPS = 1e-9;

  /**
   * Checks a table known to {@link TableSchemas#ALL}: schema, then the row checks with its
   * declared grain key.
   *
   * @return the table's number of rows, counted in the same pass as the row checks
   */
  public static long check(String table, Dataset<Row> df) {
    StructType declared = TableSchemas.ALL.get(table);
    if (declared == null) {
      throw new IllegalArgumentException(
          "unknown table " + table + "; known: " + TableSchemas.ALL.keySet());
    }
    checkSchema(table, df, declared);
    return check(table, df, TableSchemas.KEYS.get(table), declared);
  }

  /**
   * Row checks of any table with the given grain key (non-null columns from df's schema).
   *
   * @return the table's number of rows, counted in the same pass as the row checks
   */
  public static long check(String table, Dataset<Row> df, List<String> grainKey) {
    return check(table, df, grainKey, df.schema());
  }

  /**
   * Checks a known table ({@link TableSchemas#ALL}) around its write instead of after it: write
   * {@link Written#rows()}, then call {@link Written#finish} with the staged copy. The row count
   * and every row check are observed ({@link Dataset#observe}) as the rows are written, in the
   * write's last stage (whose accumulators Spark applies once per partition, retries or not);
   * the staged copy is read only for its schema and, for {@code unique_key}, its key columns
   * (one scan when it is stored in key order, see {@link KeyRuns}). A table outside {@link
   * TableSchemas#ALL} gets its rows counted and nothing else.
   */
  public static Written whileWriting(String table, Dataset<Row> df) {
    StructType declared = TableSchemas.ALL.get(table);
    return declared == null
        ? new Written(table, df, List.of(), null, Map.of())
        : whileWriting(table, df, TableSchemas.KEYS.get(table), declared);
  }

  /** Row checks of any table with the given grain key and declared schema, around its write. */
  static Written whileWriting(
      String table, Dataset<Row> df, List<String> grainKey, StructType declared) {
    return new Written(table, df, grainKey, declared, rowChecks(df.schema(), grainKey, declared));
  }

  /** A table's checks split around its write: see {@link #whileWriting}. */
  public static final class Written {
    /** How long {@link #finish} waits for the observed values before checking the copy. */
    static final long OBSERVATION_WAIT_MS = 60_000;

    private final String table;
    private final List<String> grainKey;
    private final StructType declared;
    private final List<String> names;
    private final Observation observation = new Observation();
    private final Dataset<Row> rows;

    private Written(
        String table,
        Dataset<Row> df,
        List<String> grainKey,
        StructType declared,
        Map<String, Column> checks) {
      this.table = table;
      this.grainKey = grainKey == null ? List.of() : grainKey;
      this.declared = declared;
      this.names = new ArrayList<>(checks.keySet());
      this.rows =
          df.observe(observation, count(lit(1)), checks.values().toArray(new Column[0]));
    }

    /** The rows to write: the table's rows, observed. */
    public Dataset<Row> rows() {
      return rows;
    }

    /**
     * Completes the checks once {@link #rows()} is written and read back as {@code staged}.
     *
     * @return the table's number of rows
     * @throws TableCheckException naming every failed check with its number of bad rows
     */
    public long finish(Dataset<Row> staged) {
      return finish(staged, OBSERVATION_WAIT_MS);
    }

    long finish(Dataset<Row> staged, long waitMs) {
      if (declared != null) {
        checkSchema(table, staged, declared);
      }
      Row observed = observed(waitMs);
      if (observed == null) {
        // not seen so far; a slower check is better than none
        LOG.warn("{}: no observed check values after {} ms, checking the staged copy", table,
            waitMs);
        return declared == null ? staged.count() : check(table, staged, grainKey, declared);
      }
      Map<String, Long> badRows = new LinkedHashMap<>();
      if (!grainKey.isEmpty()) {
        badRows.put(UNIQUE_KEY, repeatedKeys(staged, grainKey));
      }
      failIfAny(table, badRows(badRows, names, observed));
      return observed.isNullAt(0) ? 0L : observed.getLong(0);
    }

    /** The observed row (count, then the checks), or null when it is not there in time. */
    private Row observed(long waitMs) {
      try {
        Row row =
            Await.result(observation.future(), Duration.create(waitMs, TimeUnit.MILLISECONDS));
        return row.size() == names.size() + 1 ? row : null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking " + table, e);
      } catch (Exception e) {
        return null;
      }
    }
  }

  /**
   * Rows whose grain key another row already has (rows minus distinct keys). A table stored in key
   * order is cleared by one scan of its key columns ({@link KeyRuns}); otherwise, or when that
   * finds keys that touch, the repeats are counted by grouping.
   */
  static long repeatedKeys(Dataset<Row> df, List<String> grainKey) {
    if (KeyRuns.provenDistinct(df, grainKey)) {
      return 0L;
    }
    Row keyed = keyedResult(df, grainKey, Map.of());
    return keyed.isNullAt(1) ? 0L : keyed.getLong(1);
  }

  /**
   * A {@link #keyedPass} grouped by a 64-bit hash of the key first: rows with equal keys have
   * equal hashes, so a clean result is exact; a repeat (or a collision) is settled by grouping on
   * the key itself. Keys with floating columns are grouped on the key alone.
   */
  private static Row keyedResult(
      Dataset<Row> df, List<String> grainKey, Map<String, Column> checks) {
    Column[] key = grainKey.stream().map(k -> col(k)).toArray(Column[]::new);
    boolean hashable =
        grainKey.stream()
            .map(k -> df.schema().apply(k).dataType())
            .noneMatch(t -> t instanceof FloatType || t instanceof DoubleType);
    if (hashable) {
      Row hashed = keyedPass(df, new Column[] {xxhash64(key)}, checks);
      if (hashed.isNullAt(1) || hashed.getLong(1) == 0) {
        return hashed;
      }
    }
    return keyedPass(df, key, checks);
  }

  /** Column names, order and types (nullability aside) equal {@code expected}. */
  public static void checkSchema(String table, Dataset<Row> df, StructType expected) {
    String want = describe(expected);
    String got = describe(df.schema());
    if (!want.equals(got)) {
      throw new TableCheckException(
          table, List.of("schema"), "expected " + want + " but got " + got);
    }
  }

  /** Input records reconcile: read = accepted + rejected. */
  public static void checkReconciles(String table, long read, long accepted, long rejected) {
    if (read != accepted + rejected) {
      throw new TableCheckException(
          table,
          List.of("read_eq_accepted_plus_rejected"),
          "read " + read + " != accepted " + accepted + " + rejected " + rejected);
    }
  }

  private static long check(
      String table, Dataset<Row> df, List<String> grainKey, StructType declared) {
    Map<String, Column> checks = rowChecks(df.schema(), grainKey, declared);
    boolean keyed = grainKey != null && !grainKey.isEmpty();
    List<String> names = new ArrayList<>();
    if (keyed) {
      names.add(UNIQUE_KEY);
    }
    names.addAll(checks.keySet());
    // column 0 of the result: the row count; then one column per check, in names order
    Row result =
        keyed
            ? keyedResult(df, grainKey, checks)
            : df.agg(count(lit(1)), checks.values().toArray(new Column[0])).first();
    failIfAny(table, badRows(new LinkedHashMap<>(), names, result));
    return result.isNullAt(0) ? 0L : result.getLong(0);
  }

  /** Adds to {@code into} check i's bad rows from column i + 1 of {@code counts}; returns it. */
  private static Map<String, Long> badRows(
      Map<String, Long> into, List<String> names, Row counts) {
    for (int i = 0; i < names.size(); i++) {
      into.put(
          names.get(i),
          counts.isNullAt(i + 1) ? 0L : ((Number) counts.get(i + 1)).longValue());
    }
    return into;
  }

  /** Throws one exception naming every check with bad rows, in order, if there is any. */
  private static void failIfAny(String table, Map<String, Long> badRows) {
    List<String> failed = new ArrayList<>();
    List<String> details = new ArrayList<>();
    badRows.forEach(
        (check, bad) -> {
          if (bad > 0) {
            failed.add(check);
            details.add(check + " (" + bad + " rows)");
          }
        });
    if (!failed.isEmpty()) {
      throw new TableCheckException(table, failed, String.join(", ", details));
    }
  }

  /**
   * One pass of two aggregations, no distinct count: per group (a key value, or its hash), its row
   * count and the checks' partial sums; then the row count, unique_key = rows - groups, and the
   * partial sums summed, in that order.
   */
  private static Row keyedPass(Dataset<Row> df, Column[] group, Map<String, Column> checks) {
    List<Column> inner = new ArrayList<>();
    List<Column> outer = new ArrayList<>();
    inner.add(count(lit(1)).as("_rows"));
    outer.add(sum(col("_rows")));
    outer.add(sum(col("_rows")).minus(count(lit(1))));
    int i = 0;
    for (Column c : checks.values()) {
      String partial = "_check_" + i++;
      inner.add(c.as(partial));
      outer.add(sum(col(partial)));
    }
    return df.groupBy(group)
        .agg(inner.get(0), inner.subList(1, inner.size()).toArray(new Column[0]))
        .agg(outer.get(0), outer.subList(1, outer.size()).toArray(new Column[0]))
        .first();
  }

  /**
   * Check name -> aggregate counting the rows that violate it; {@code unique_key}, which needs the
   * rows grouped by key, is not among them ({@link #check} adds it).
   */
  static Map<String, Column> rowChecks(
      StructType actual, List<String> grainKey, StructType declared) {
    Set<String> present = new HashSet<>(Arrays.asList(actual.fieldNames()));
    Map<String, Column> checks = new LinkedHashMap<>();
    if (grainKey != null && !grainKey.isEmpty()) {
      Column[] key = grainKey.stream().map(k -> col(k)).toArray(Column[]::new);
      Column anyNull = lit(false);
      for (Column k : key) {
        anyNull = anyNull.or(k.isNull());
      }
      checks.put("non_null_key", violations(anyNull));
    }
    Column nullInRequired = lit(false);
    boolean anyRequired = false;
    for (StructField f : declared.fields()) {
      if (!f.nullable() && present.contains(f.name())
          && (grainKey == null || !grainKey.contains(f.name()))) {
        nullInRequired = nullInRequired.or(col(f.name()).isNull());
        anyRequired = true;
      }
    }
    if (anyRequired) {
      checks.put("non_null", violations(nullInRequired));
    }
    if (present.contains(Columns.COUNTRY_A) && present.contains(Columns.COUNTRY_B)) {
      checks.put(
          "country_a_lt_country_b",
          violations(col(Columns.COUNTRY_A).geq(col(Columns.COUNTRY_B))));
    }
    Column negative = lit(false);
    boolean anyCount = false;
    for (StructField f : actual.fields()) {
      String type = f.dataType().typeName();
      if (type.equals("long") || type.equals("integer")) {
        negative = negative.or(col(f.name()).lt(0));
        anyCount = true;
      }
    }
    if (anyCount) {
      checks.put("non_negative_counts", violations(negative));
    }
    Column outside = lit(false);
    boolean anyUnit = false;
    for (String c : List.of(Columns.SHARE, Columns.JACCARD, Columns.ROLLING_MEAN)) {
      if (present.contains(c)) {
        outside = outside.or(col(c).lt(-EPS)).or(col(c).gt(1 + EPS));
        anyUnit = true;
      }
    }
    if (anyUnit) {
      checks.put("share_in_unit_interval", violations(outside));
    }
    for (String c : List.of(Columns.NPMI, Columns.COOPERATION_INDEX)) {
      if (present.contains(c)) {
        checks.put(
            c + "_in_range", violations(col(c).lt(-1 - EPS).or(col(c).gt(1 + EPS))));
      }
    }
    lessOrEqual(
        checks, present, "articles_le_articles_raw", Columns.ARTICLES, Columns.ARTICLES_RAW);
    lessOrEqual(
        checks, present, "articles_le_period_articles", Columns.ARTICLES, Columns.PERIOD_ARTICLES);
    lessOrEqual(
        checks,
        present,
        "articles_le_country_articles",
        Columns.ARTICLES,
        Columns.COUNTRY_ARTICLES);
    lessOrEqual(
        checks, present, "articles_le_region_articles", Columns.ARTICLES, Columns.REGION_ARTICLES);
    if (present.contains(Columns.ARTICLES_A) && present.contains(Columns.ARTICLES_B)) {
      checks.put(
          "pair_le_marginals",
          violations(
              col(Columns.ARTICLES)
                  .gt(col(Columns.ARTICLES_A))
                  .or(col(Columns.ARTICLES).gt(col(Columns.ARTICLES_B)))));
    }
    if (present.contains(Columns.WEIGHT)) {
      checks.put(
          "weight_le_articles",
          violations(col(Columns.WEIGHT).gt(col(Columns.ARTICLES).plus(EPS))));
    }
    if (present.contains(Columns.ARTICLES_SENTENCE)) {
      checks.put(
          "sentence_le_article",
          violations(
              col(Columns.ARTICLES_SENTENCE)
                  .gt(col(Columns.ARTICLES_ARTICLE))
                  .or(col(Columns.ARTICLES_SENTENCE_RAW).gt(col(Columns.ARTICLES_ARTICLE_RAW)))));
      checks.put(
          "dedup_le_raw",
          violations(
              col(Columns.ARTICLES_SENTENCE)
                  .gt(col(Columns.ARTICLES_SENTENCE_RAW))
                  .or(col(Columns.ARTICLES_ARTICLE).gt(col(Columns.ARTICLES_ARTICLE_RAW)))));
    }
    return checks;
  }

  private static void lessOrEqual(
      Map<String, Column> checks, Set<String> present, String name, String small, String big) {
    if (present.contains(small) && present.contains(big)) {
      checks.put(name, violations(col(small).gt(col(big))));
    }
  }

  /** Rows where {@code bad} is true (null comparisons count as fine: nullness is checked apart). */
  private static Column violations(Column bad) {
    return sum(when(bad, lit(1L)).otherwise(lit(0L)));
  }

  private static String describe(StructType schema) {
    StringBuilder out = new StringBuilder("[");
    for (StructField f : schema.fields()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(f.name()).append(' ').append(f.dataType().simpleString());
    }
    return out.append(']').toString();
  }
}
