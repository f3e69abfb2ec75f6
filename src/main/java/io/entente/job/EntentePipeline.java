package io.entente.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.entente.analytics.Aggregates;
import io.entente.analytics.AnalyticsTables;
import io.entente.analytics.Periods;
import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.analytics.TableSchemas;
import io.entente.config.EntenteConfig;
import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.Extraction;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
import io.entente.io.ArticleReader;
import io.entente.io.ArticleReader.InputFile;
import io.entente.io.InputFormat;
import io.entente.io.OutputWriter;
import io.entente.io.RecordParser;
import io.entente.ml.CountrySets;
import io.entente.ml.Dedup;
import io.entente.ml.Themes;
import io.entente.model.Columns;
import io.entente.model.Schemas;
import io.entente.quality.TableChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one run: read -> reject -> deduplicate -> extract -> aggregate -> check -> write. The
 * transforms it calls are pure; this class owns the session-level decisions (caching, partition
 * counts, the order of writes) and the run's bookkeeping for the manifest.
 */
public final class EntentePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(EntentePipeline.class);

  /** Tables of the MLlib stages (documented in docs/mllib.md). */
  public static final String DUPLICATES = "duplicates";

  public static final String COUNTRY_SETS = "country_sets";
  public static final String COUNTRY_RULES = "country_rules";
  public static final String DISCOVERED_TOPICS = "discovered_topics";
  public static final String DISCOVERED_TOPIC_TRENDS = "discovered_topic_trends";

  private EntentePipeline() {}

  /**
   * What one run is asked to do.
   *
   * @param tables the tables to compute and write ({@link #tableNames}); empty for every table.
   *     {@code articles} and {@code rejects} are always written: together they account for
   *     every input record
   */
  public record Options(
      List<String> inputs,
      String output,
      Granularity granularity,
      LocalDate since,
      LocalDate until,
      EntenteConfig config,
      InputFormat format,
      boolean incremental,
      List<String> tables) {
    public Options {
      tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A full (non-incremental) run that writes every table. */
    public Options(
        List<String> inputs,
        String output,
        Granularity granularity,
        LocalDate since,
        LocalDate until,
        EntenteConfig config,
        InputFormat format) {
      this(inputs, output, granularity, since, until, config, format, false, List.of());
    }
  }

  /**
   * Every table a run can write, in documentation order: those of {@link TableSchemas#ALL}, then
   * the MLlib stages' ({@code discovered_topics} and its trends only when themes are on).
   */
  public static List<String> tableNames() {
    List<String> names = new ArrayList<>(TableSchemas.ALL.keySet());
    names.addAll(
        List.of(
            DUPLICATES, COUNTRY_SETS, COUNTRY_RULES, DISCOVERED_TOPICS, DISCOVERED_TOPIC_TRENDS));
    return names;
  }

  /**
   * The tables a run writes: every table the configuration turns on when {@code asked} is empty,
   * else the asked ones with {@code articles} and {@code rejects}.
   *
   * @throws IllegalArgumentException for a name that is no table, or a table the configuration
   *     turns off (the message names the setting)
   */
  static Set<String> selectTables(List<String> asked, EntenteConfig config) {
    List<String> known = tableNames();
    Map<String, String> off = new LinkedHashMap<>();
    if (!config.countrySets().enabled()) {
      off.put(COUNTRY_SETS, "country_sets.enabled");
      off.put(COUNTRY_RULES, "country_sets.enabled");
    }
    if (!config.themes().enabled()) {
      off.put(DISCOVERED_TOPICS, "themes.enabled");
      off.put(DISCOVERED_TOPIC_TRENDS, "themes.enabled");
    }
    Set<String> out = new LinkedHashSet<>();
    if (asked.isEmpty()) {
      for (String name : known) {
        if (!off.containsKey(name)) {
          out.add(name);
        }
      }
      return out;
    }
    out.add(TableSchemas.ARTICLES);
    out.add(TableSchemas.REJECTS);
    for (String name : asked) {
      String table = name.trim();
      if (!known.contains(table)) {
        throw new IllegalArgumentException(
            "--tables: no table named '" + table + "'; the tables are " + String.join(", ", known));
      }
      if (off.containsKey(table)) {
        throw new IllegalArgumentException(
            "--tables: " + table + " is turned off by " + off.get(table)
                + " in the configuration");
      }
      out.add(table);
    }
    return out;
  }

  /** What one run did: the manifest's content and the rejects gate. */
  public record Result(Manifest manifest, boolean isRejectRateExceeded) {}

  public static Result run(SparkSession spark, Options options) throws IOException {
    // a bad setting fails the run before any work, not at the write stage
    int writeConcurrency = writeConcurrency(spark);
    Set<String> wanted = selectTables(options.tables(), options.config());
    Manifest manifest = Manifest.start(spark, options);
    StageTimer timer = new StageTimer(manifest);
    EntenteConfig config = options.config();
    Granularity g = options.granularity();

    OutputWriter writer =
        new OutputWriter(
            spark.sparkContext().hadoopConfiguration(), options.output(), manifest.runId);
    writer.recover();
    // reliable checkpoints (io.entente.ml.Checkpoints) on the output's file system, removed with
    // the staging folder when the run commits or by the next run's recover()
    spark
        .sparkContext()
        .setCheckpointDir(options.output() + "/_staging/" + manifest.runId + "/_checkpoints");

    // read and parse
    timer.start("read_parse");
    List<InputFile> files =
        ArticleReader.resolve(
            spark.sparkContext().hadoopConfiguration(), options.inputs(), options.format());
    manifest.inputs(files);
    long totalBytes = files.stream().mapToLong(InputFile::bytes).sum();
    int partitions =
        (int)
            Math.max(
                spark.sparkContext().defaultParallelism(),
                Math.min(2000, totalBytes / (config.targetPartitionMb() * 1024L * 1024L) + 1));
    // shuffles of a large corpus get as many partitions as its input (adaptive execution merges
    // them back for small tables), so no aggregate task holds more than a partition's share
    int configuredShuffle = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    if (partitions > configuredShuffle) {
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }
    // the text is kept on local disk (the OS page cache keeps it warm): it is read in a few
    // sequential passes, and in memory it would crowd out the aggregates' execution memory
    Dataset<Row> parsed =
        ArticleReader.read(spark, files, partitions).persist(StorageLevel.DISK_ONLY());
    Column inWindow = IncrementalMerge.window(options.since(), options.until());
    IncrementalMerge incremental =
        IncrementalMerge.plan(spark, options, parsed.where(col(Columns.REASON).isNull()), inWindow);
    Dataset<Row> accepted =
        incremental != null
            ? incremental.windowRecords()
            : parsed.where(col(Columns.REASON).isNull().and(inWindow));
    Dataset<Row> parseRejects = parsed.where(col(Columns.REASON).isNotNull());
    // an incremental run's articles table holds every accepted record, in the window or not
    Map<String, Long> parseCounts =
        countOutcomes(parsed, incremental != null ? lit(true) : inWindow);
    timer.stop();

    // extract (one pass per article), then drop repeated ids before anything counts them
    timer.start("extract");
    TopicMatcher topicMatcher = config.topics().compileMatcher();
    ToneScorer toneScorer = config.topics().compileToneScorer();
    manifest.extractors(
        topicMatcher.version(),
        topicMatcher.model().map(TopicModel::version).orElse(null),
        topicMatcher.model().map(TopicModel::veto).orElse(null),
        topicMatcher.model().map(TopicModel::doubt).orElse(null),
        topicMatcher.model().map(TopicModel::stray).orElse(null),
        toneScorer.version(),
        toneScorer.model().map(TopicModel::version).orElse(null));
    if (incremental != null) {
      String previous = IncrementalMerge.previousManifest(spark, options);
      Object stored = previous == null ? null : Manifest.extractorsOf(previous);
      if (manifest.storedExtractors(stored)) {
        LOG.warn(
            "the stored articles were tagged by {}, this run's window is tagged by {}: the tables"
                + " mix both until a run without --incremental",
            stored == null ? "unknown extractors" : stored,
            manifest.extractors());
      }
    }
    ArticleAnalyzer.Spec analyzerSpec = new ArticleAnalyzer.Spec(topicMatcher, toneScorer);
    Broadcast<ArticleAnalyzer.Spec> spec =
        spark
            .sparkContext()
            .broadcast(
                analyzerSpec, scala.reflect.ClassTag$.MODULE$.apply(ArticleAnalyzer.Spec.class));
    // records whose id an earlier record (by file, then offset) already took: ranked on the
    // compact keys alone, so neither the text nor the extracted rows are shuffled or sorted for
    // it; they are few (they are rejects), so they are broadcast to the anti and semi joins
    Dataset<Row> laterIds =
        accepted
            .select(
                col(Columns.ID).as(LATER_ID),
                col(Columns.SOURCE_FILE).as(LATER_FILE),
                col(Columns.RECORD_OFFSET).as(LATER_OFFSET))
            .withColumn(
                "_id_rank",
                row_number().over(Window.partitionBy(LATER_ID).orderBy(LATER_FILE, LATER_OFFSET)))
            .where(col("_id_rank").gt(1))
            .drop("_id_rank")
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> extractedAll = Extraction.analyze(accepted, spec);
    Dataset<Row> extracted =
        joinLater(extractedAll, Columns.ARTICLE_ID, laterIds, "left_anti")
            // read by the articles table only, but materialised here for the stage timing: on
            // disk, like the text
            .persist(StorageLevel.DISK_ONLY());
    Dataset<Row> idRejects =
        joinLater(accepted, Columns.ID, laterIds, "left_semi")
            .select(
                col(Columns.SOURCE_FILE),
                col(Columns.RECORD_OFFSET),
                lit(RecordParser.DUPLICATE_ID).as(Columns.REASON),
                org.apache.spark.sql.functions
                    .concat(lit("id already used by an earlier record: "), col(Columns.ID))
                    .as(Columns.DETAIL),
                col(Columns.TITLE).as(Columns.RAW_SNIPPET));
    if (incremental != null) {
      idRejects = incremental.idRejects();
    }
    // materialise here so the stage timings say where the time goes
    extracted.count();
    timer.stop();

    // story groups: near-duplicate copies fold into one representative
    timer.start("dedup");
    Dataset<Row> dedupInput =
        incremental != null
            ? incremental
                .firstRecords()
                .select(Columns.ID, Columns.DATE, Columns.SOURCE, Columns.TEXT)
            : joinLater(accepted, Columns.ID, laterIds, "left_anti")
                .select(Columns.ID, Columns.DATE, Columns.SOURCE, Columns.TEXT);
    Dataset<Row> groups =
        Dedup.assignGroups(dedupInput, config.dedup())
            .select(Columns.ID, Columns.DUP_GROUP, Columns.IS_REPRESENTATIVE, Columns.SOURCE)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> windowArticles =
        withGroups(extracted, groups, BROADCAST_COPIES)
            .withColumn(Columns.PERIOD, Periods.labelColumn(col(Columns.DATE), g))
            .withColumn(Columns.PERIOD_START, Periods.startColumn(col(Columns.DATE), g))
            .select(columnsOf(Schemas.ARTICLE));
    Dataset<Row> merged =
        incremental != null ? incremental.merge(windowArticles, groups, g) : windowArticles;
    timer.stop();

    // aggregate
    timer.start("aggregate");
    // the articles table is staged first and everything downstream reads it back: each aggregate
    // then scans the Parquet columns it needs, and its plan is that scan instead of the whole
    // read-extract-dedup lineage (Spark renders a query's plan at every adaptive re-plan, which
    // with that lineage inlined cost seconds of driver time per table)
    writer.stage(
        TableSchemas.ARTICLES,
        sortedByKey(merged, TableSchemas.KEYS.get(TableSchemas.ARTICLES), true));
    Dataset<Row> articles = spark.read().parquet(writer.stagedPath(TableSchemas.ARTICLES));
    // an incremental run's aggregates cover every period of the merged articles
    PeriodRange range = incremental != null ? null : rangeOf(options, g);
    Map<String, List<String>> blocs = CountryMatcher.defaultMatcher().gazetteer().blocMembers();
    // each table is planned when a writer thread takes it up (see stageAll)
    Map<String, Supplier<Dataset<Row>>> tables = new LinkedHashMap<>();
    tables.put(TableSchemas.ARTICLES, () -> articles);
    Aggregates aggregates = Aggregates.cached(articles, config.analytics(), g, range);
    tables.putAll(AnalyticsTables.plans(aggregates, blocs));
    Dataset<Row> regions = regionsTable(spark, blocs);
    tables.put(TableSchemas.REGIONS, () -> regions);
    // only members of groups of two or more reach the text: their ids are broadcast (compact). A
    // group has two or more members exactly when it has a copy (a member other than its
    // representative), so the copies' groups pick the members without counting the groups
    Dataset<Row> copyGroups =
        groups
            .where(isCopy())
            .select(col(Columns.DUP_GROUP).as("_copy_group"));
    Dataset<Row> members =
        groups
            .join(
                org.apache.spark.sql.functions.broadcast(copyGroups),
                col(Columns.DUP_GROUP).equalTo(col("_copy_group")),
                "left_semi")
            .select(Columns.ID, Columns.DUP_GROUP, Columns.IS_REPRESENTATIVE);
    tables.put(
        DUPLICATES,
        () ->
            Dedup.duplicatesTable(
                dedupInput.join(org.apache.spark.sql.functions.broadcast(members), Columns.ID),
                config.dedup()));
    if (config.countrySets().enabled()) {
      Supplier<CountrySets.Result> sets =
          once(
              () ->
                  CountrySets.mine(
                      basketsOfSalientCountries(
                          articles.where(col(Columns.IS_REPRESENTATIVE)),
                          config.countrySets().maxBasket()),
                      config.countrySets()));
      tables.put(COUNTRY_SETS, () -> sets.get().sets());
      tables.put(COUNTRY_RULES, () -> sets.get().rules());
    }
    if (config.themes().enabled()) {
      // an incremental run's themes are fitted over the whole corpus, like a full run's
      Dataset<Row> themeSource = incremental != null ? incremental.acceptedAll() : accepted;
      Dataset<Row> representatives =
          articles.where(col(Columns.IS_REPRESENTATIVE)).select(Columns.ARTICLE_ID, Columns.PERIOD);
      Dataset<Row> themeInput =
          themeSource
              .join(
                  representatives,
                  themeSource.col(Columns.ID).equalTo(representatives.col(Columns.ARTICLE_ID)),
                  "left_semi")
              .join(representatives, themeSource.col(Columns.ID).equalTo(col(Columns.ARTICLE_ID)));
      Supplier<Themes.Result> themes =
          once(() -> Themes.discover(themeInput, config.themes(), curatedTerms(config)));
      tables.put(DISCOVERED_TOPICS, () -> themes.get().topics());
      tables.put(DISCOVERED_TOPIC_TRENDS, () -> themes.get().trends());
    }
    Dataset<Row> rejects = parseRejects.select(columnsOf(Schemas.REJECT)).unionByName(idRejects);
    tables.put(TableSchemas.REJECTS, () -> rejects);
    timer.stop();

    // write to staging, checked as written (see stageAndCheck), then commit
    timer.start("write");
    // tables left out by --tables are never planned: their suppliers are dropped here
    tables.keySet().retainAll(wanted);
    stageAll(spark, writer, tables, writeConcurrency).forEach(manifest::tableRows);
    manifest.highlights(highlights(spark, writer, tables.keySet()));
    long duplicateIds = idRejects.count();
    Row articleCounts =
        articles
            .agg(
                org.apache.spark.sql.functions.count(lit(1)),
                org.apache.spark.sql.functions.count_if(col(Columns.IS_REPRESENTATIVE)))
            .first();
    long articleRows = articleCounts.getLong(0);
    long representatives = articleCounts.getLong(1);
    Map<String, Long> counts = new TreeMap<>(parseCounts);
    if (incremental != null) {
      counts.put("out_of_window", incremental.outsideWindowNotStored());
    }
    counts.put("rejected", counts.get("rejected") + duplicateIds);
    counts.put("accepted", articleRows);
    counts.put("duplicate_ids", duplicateIds);
    counts.put("articles_representative", representatives);
    counts.put("copies_folded", articleRows - representatives);
    manifest.counts(counts);
    checkReconciles(counts);
    timer.stop();
    double rejectRate =
        counts.get("read") == 0 ? 0.0 : counts.get("rejected") / (double) counts.get("read");
    boolean exceeded = rejectRate > config.quality().maxRejectRate();
    manifest.peakHeap(peakHeapMb());
    manifest.finish(exceeded ? "failed_reject_rate" : "succeeded", rejectRate);
    Map<String, String> paths = new LinkedHashMap<>();
    for (String name : tables.keySet()) {
      paths.put(name, writer.root() + "/" + name);
    }
    manifest.tablePaths(paths);
    writer.stageText("_manifest.json", manifest.toJson());
    writer.commit();
    aggregates.close();
    parsed.unpersist();
    extracted.unpersist();
    laterIds.unpersist();
    groups.unpersist();
    return new Result(manifest, exceeded);
  }

  /** Spark property: how many tables are computed, written and checked at once. */
  static final String WRITE_CONCURRENCY = "spark.entente.write.concurrency";

  /**
   * Tables written at once unless {@link #WRITE_CONCURRENCY} says otherwise: most tables are small
   * and adaptive execution runs their stages as one or two tasks, which leave other cores idle when
   * the tables go one at a time (on 2 cores the stage is CPU-bound anyway and gains a few percent,
   * docs/benchmarks.md; a cluster with more cores gains more).
   */
  static final int DEFAULT_WRITE_CONCURRENCY = 3;

  /** The {@link #WRITE_CONCURRENCY} of the session; a clear error when it is not a count. */
  static int writeConcurrency(SparkSession spark) {
    String value =
        spark.conf().get(WRITE_CONCURRENCY, String.valueOf(DEFAULT_WRITE_CONCURRENCY));
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new IllegalArgumentException(
          WRITE_CONCURRENCY + " must be a whole number of at least 1; got '" + value + "'");
    }
    return n;
  }

  /** Tables the writer threads take up first (see {@link #startOrder}). */
  static final List<String> START_FIRST = List.of(TableSchemas.PAIR_COOCCURRENCE, COUNTRY_SETS);

  /**
   * The order the writer threads take the tables up in: {@link #START_FIRST} (those of them that
   * are there), then the rest in map order. {@code pair_cooccurrence} takes longest, and the
   * mined country sets are a chain of a dozen small jobs that use little CPU: started at the end
   * they were alone on the cluster for seconds; started early they overlap the CPU-bound tables.
   */
  static List<String> startOrder(Collection<String> names) {
    List<String> order = new ArrayList<>();
    for (String name : START_FIRST) {
      if (names.contains(name)) {
        order.add(name);
      }
    }
    for (String name : names) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    return order;
  }

  /**
   * Plans every table (its supplier is called in the writer thread, so one table's planning jobs
   * overlap others' writing), stages it but the articles (already staged), then reads each
   * staged copy back and checks it ({@link TableChecks}; plain count for tables it does not
   * know), up to {@code concurrency} tables at once, each from its own driver thread, started in
   * {@link #startOrder}. The tables are independent of each other, so the staged files do not
   * depend on the order.
   *
   * @return table name -> rows, in map order
   * @throws RuntimeException the first failure in map order (a failed check throws {@link
   *     io.entente.quality.TableCheckException}); the other tables' jobs are cancelled
   */
  static Map<String, Long> stageAll(
      SparkSession spark,
      OutputWriter writer,
      Map<String, Supplier<Dataset<Row>>> tables,
      int concurrency) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(concurrency, Math.max(1, tables.size())),
            r -> {
              Thread t = new Thread(r, "entente-write");
              t.setDaemon(true);
              return t;
            });
    String group = "entente-write-" + UUID.randomUUID();
    Map<String, Future<Long>> pending = new LinkedHashMap<>();
    try {
      for (String name : startOrder(tables.keySet())) {
        Supplier<Dataset<Row>> table = tables.get(name);
        pending.put(
            name,
            pool.submit(
                () -> {
                  spark.sparkContext().setJobGroup(group, "writing " + name, true);
                  try {
                    return stageAndCheck(spark, writer, name, table.get());
                  } finally {
                    spark.sparkContext().clearJobGroup();
                  }
                }));
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String name : tables.keySet()) {
        rows.put(name, await(pending.get(name)));
      }
      return rows;
    } catch (RuntimeException | Error e) {
      pending.values().forEach(f -> f.cancel(true));
      spark.sparkContext().cancelJobGroup(group);
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long stageAndCheck(
      SparkSession spark, OutputWriter writer, String name, Dataset<Row> table) {
    if (TableSchemas.ARTICLES.equals(name)) {
      // staged before the aggregates, which read it back: checked on the staged copy alone
      return TableChecks.check(name, spark.read().parquet(writer.stagedPath(name)));
    }
    LOG.info("writing {}", name);
    // observed after the sort, in the write's own stage (see TableChecks.whileWriting)
    TableChecks.Written checks =
        TableChecks.whileWriting(
            name,
            AnalyticsTables.IN_KEY_ORDER.contains(name)
                ? table
                : sortedByKey(table, TableSchemas.KEYS.get(name), false));
    writer.stage(name, checks.rows());
    return checks.finish(spark.read().parquet(writer.stagedPath(name)));
  }

  /** {@code value}, computed once, on the first call, by whichever thread makes it. */
  static <T> Supplier<T> once(Supplier<T> value) {
    return new Supplier<>() {
      private T made;

      @Override
      public synchronized T get() {
        if (made == null) {
          made = value.get();
        }
        return made;
      }
    };
  }

  /** The future's value, or its failure rethrown as it was thrown. */
  private static long await(Future<Long> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the tables", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("writing the tables failed", cause);
    }
  }

  /** A row of the story groups that is a copy: its group is another article's. */
  private static Column isCopy() {
    return col(Columns.DUP_GROUP).notEqual(col(Columns.ID));
  }

  /** Copies (non-representative articles) up to which the story groups are broadcast. */
  static final long BROADCAST_COPIES = 500_000;

  /**
   * {@code extracted} with each article's {@code dup_group} and {@code is_representative} from
   * {@code groups}, which holds a row for every extracted id. Only copies have a group other than
   * themselves, so when they are few (at most {@code broadcastCopies}) they alone are broadcast to
   * a left join and the extracted rows stay where they are; otherwise both sides are shuffled.
   */
  static Dataset<Row> withGroups(
      Dataset<Row> extracted, Dataset<Row> groups, long broadcastCopies) {
    Dataset<Row> copies =
        groups
            .where(isCopy())
            .select(col(Columns.ID).as("_copy_id"), col(Columns.DUP_GROUP).as("_copy_group"));
    long count = copies.count();
    LOG.info("{} copies folded into story groups", count);
    if (count > broadcastCopies) {
      return extracted.join(
          groups.select(
              col(Columns.ID).as(Columns.ARTICLE_ID),
              col(Columns.DUP_GROUP),
              col(Columns.IS_REPRESENTATIVE)),
          Columns.ARTICLE_ID);
    }
    return extracted
        .join(
            org.apache.spark.sql.functions.broadcast(copies),
            col(Columns.ARTICLE_ID).equalTo(col("_copy_id")),
            "left")
        .withColumn(
            Columns.DUP_GROUP,
            org.apache.spark.sql.functions.coalesce(col("_copy_group"), col(Columns.ARTICLE_ID)))
        .withColumn(Columns.IS_REPRESENTATIVE, col("_copy_group").isNull())
        .drop("_copy_id", "_copy_group");
  }

  /** Columns of the later records of a repeated id (named apart: they come from the input). */
  private static final String LATER_ID = "_later_id";

  private static final String LATER_FILE = "_later_file";
  private static final String LATER_OFFSET = "_later_offset";

  /**
   * {@code records} (id in {@code idColumn}) joined by {@code how} ({@code left_anti}: without
   * them; {@code left_semi}: only them) to the later records of repeated ids, which are broadcast.
   */
  private static Dataset<Row> joinLater(
      Dataset<Row> records, String idColumn, Dataset<Row> laterIds, String how) {
    Column sameRecord =
        records
            .col(idColumn)
            .equalTo(col(LATER_ID))
            .and(records.col(Columns.SOURCE_FILE).equalTo(col(LATER_FILE)))
            .and(records.col(Columns.RECORD_OFFSET).eqNullSafe(col(LATER_OFFSET)));
    return records.join(org.apache.spark.sql.functions.broadcast(laterIds), sameRecord, how);
  }

  /**
   * Replaces {@code countries} by the article's {@code max} most salient countries (ties by code),
   * sorted: the basket FPGrowth mines.
   */
  static Dataset<Row> basketsOfSalientCountries(Dataset<Row> articles, int max) {
    return articles.withColumn(
        Columns.COUNTRIES,
        org.apache.spark.sql.functions.expr(
            "array_sort(transform(slice(sort_array(transform(country_salience,"
                + " x -> struct(-x.salience as s, x.code as code))), 1, "
                + max
                + "), y -> y.code))"));
  }

  /** One row per (region, member country): the lookup the region tables were computed with. */
  static Dataset<Row> regionsTable(SparkSession spark, Map<String, List<String>> blocs) {
    io.entente.extract.country.Gazetteer g = CountryMatcher.defaultMatcher().gazetteer();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> bloc : new TreeMap<>(blocs).entrySet()) {
      for (String code : bloc.getValue()) {
        rows.add(
            org.apache.spark.sql.RowFactory.create(bloc.getKey(), g.blocName(bloc.getKey()), code));
      }
    }
    return spark.createDataFrame(rows, TableSchemas.REGIONS_SCHEMA);
  }

  /** Peak heap of this JVM (the driver; in local mode the executors too), in MB. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (java.lang.management.MemoryPoolMXBean pool :
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  /** read, accepted, rejected and out_of_window, in one pass over the parsed records. */
  private static Map<String, Long> countOutcomes(Dataset<Row> parsed, Column inWindow) {
    Row r =
        parsed
            .agg(
                org.apache.spark.sql.functions.count(lit(1)).as("read"),
                org.apache.spark.sql.functions
                    .sum(col(Columns.REASON).isNotNull().cast("long"))
                    .as("rejected"),
                org.apache.spark.sql.functions
                    .sum(
                        col(Columns.REASON)
                            .isNull()
                            .and(org.apache.spark.sql.functions.not(inWindow))
                            .cast("long"))
                    .as("out_of_window"))
            .first();
    Map<String, Long> out = new TreeMap<>();
    out.put("read", r.getLong(0));
    out.put("rejected", r.isNullAt(1) ? 0L : r.getLong(1));
    out.put("out_of_window", r.isNullAt(2) ? 0L : r.getLong(2));
    return out;
  }

  /** read = accepted + rejected + out_of_window, or the run fails before anything is published. */
  static void checkReconciles(Map<String, Long> counts) {
    long read = counts.get("read");
    long sum = counts.get("accepted") + counts.get("rejected") + counts.get("out_of_window");
    if (read != sum) {
      throw new IllegalStateException(
          "check 'records reconcile' failed: read "
              + read
              + " != accepted "
              + counts.get("accepted")
              + " + rejected "
              + counts.get("rejected")
              + " + out_of_window "
              + counts.get("out_of_window"));
    }
  }

  /**
   * Countries found, and pairs, top pairs and topics when the run wrote the tables they come
   * from: read back from the staged tables.
   */
  private static Map<String, Object> highlights(
      SparkSession spark, OutputWriter writer, Set<String> written) {
    Map<String, Object> out = new LinkedHashMap<>();
    Dataset<Row> articles = spark.read().parquet(writer.stagedPath(TableSchemas.ARTICLES));
    out.put(
        "countries",
        articles
            .select(org.apache.spark.sql.functions.explode(col(Columns.COUNTRIES)))
            .distinct()
            .count());
    if (written.contains(TableSchemas.PAIR_COOCCURRENCE)) {
      pairHighlights(spark, writer, out);
    }
    if (written.contains(TableSchemas.TOPIC_TRENDS)) {
      topicHighlights(spark, writer, out);
    }
    return out;
  }

  private static void pairHighlights(
      SparkSession spark, OutputWriter writer, Map<String, Object> out) {
    Dataset<Row> pairs =
        spark
            .read()
            .parquet(writer.stagedPath(TableSchemas.PAIR_COOCCURRENCE))
            .groupBy(Columns.COUNTRY_A, Columns.COUNTRY_B)
            .agg(org.apache.spark.sql.functions.sum(Columns.ARTICLES).as(Columns.ARTICLES))
            .where(col(Columns.ARTICLES).gt(0));
    out.put("pairs", pairs.count());
    List<String> topPairs = new ArrayList<>();
    for (Row r :
        pairs
            .orderBy(col(Columns.ARTICLES).desc(), col(Columns.COUNTRY_A), col(Columns.COUNTRY_B))
            .limit(5)
            .collectAsList()) {
      topPairs.add(r.getString(0) + "-" + r.getString(1) + " (" + r.getLong(2) + ")");
    }
    out.put("top_pairs", String.join(", ", topPairs));
  }

  private static void topicHighlights(
      SparkSession spark, OutputWriter writer, Map<String, Object> out) {
    List<String> topTopics = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(writer.stagedPath(TableSchemas.TOPIC_TRENDS))
            .groupBy(Columns.TOPIC)
            .agg(org.apache.spark.sql.functions.sum(Columns.ARTICLES).as(Columns.ARTICLES))
            .orderBy(col(Columns.ARTICLES).desc(), col(Columns.TOPIC))
            .limit(5)
            .collectAsList()) {
      topTopics.add(r.getString(0) + " (" + r.getLong(1) + ")");
    }
    out.put("top_topics", String.join(", ", topTopics));
  }

  /** Curated topic id -> the words of its phrases, for labelling discovered themes. */
  private static Map<String, List<String>> curatedTerms(EntenteConfig config) {
    String file = config.topics().taxonomy();
    io.entente.extract.topic.Taxonomy taxonomy =
        io.entente.extract.topic.Taxonomy.resolve(file == null ? null : Path.of(file));
    Map<String, List<String>> out = new TreeMap<>();
    for (io.entente.extract.topic.Taxonomy.Topic t : taxonomy.topics()) {
      List<String> words = new ArrayList<>();
      for (io.entente.extract.topic.Taxonomy.Phrase p : t.phrases()) {
        for (String w : p.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
          if (w.length() > 2) {
            words.add(w);
          }
        }
      }
      out.put(t.id(), words);
    }
    return out;
  }

  private static PeriodRange rangeOf(Options options, Granularity g) {
    if (options.since() == null || options.until() == null) {
      return null;
    }
    return new PeriodRange(
        Periods.start(options.since(), g), Periods.start(options.until(), g), g);
  }

  /**
   * Sorted by the grain key so files read in order: aggregates globally (range partitions, which
   * adaptive execution merges into few files when the table is small), articles within their
   * partitions.
   */
  private static Dataset<Row> sortedByKey(Dataset<Row> df, List<String> key, boolean isLarge) {
    if (key == null || key.isEmpty()) {
      return df.coalesce(1);
    }
    Column[] cols = new Column[key.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = col(key.get(i));
    }
    return isLarge ? df.sortWithinPartitions(cols) : df.orderBy(cols);
  }

  private static Column[] columnsOf(org.apache.spark.sql.types.StructType schema) {
    List<Column> cols = new ArrayList<>();
    for (String name : schema.fieldNames()) {
      cols.add(col(name));
    }
    return cols.toArray(new Column[0]);
  }
}
