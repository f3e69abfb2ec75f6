package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_date;

import io.entente.model.Columns;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Tuple2;

/**
 * {@code pair_cooccurrence} completed, joined, measured and ordered in one pass on integer codes.
 *
 * <p>The table has a row for every pair seen in any period, in every period of the spine, with
 * both countries' article counts and the period's total beside the pair's own counts. Its inputs
 * are all small or sparse: the period totals and country counts (one row per period and
 * country), the sparse pair counts and the top topics of each (period, pair). Each becomes
 * records keyed by one long: (period index, slot), where the slots of a period are its total,
 * then its countries, then for each pair (in code order, which is the order of country_a,
 * country_b) its topics and its counts. The records go to the task that owns their period (a
 * contiguous range of periods per task, {@link ByPeriod}) sorted by key, and that task walks its
 * periods and the run's pairs in order, emitting one row per (period, pair) with the measures
 * worked out in Java. So task i writes keys below those of task i + 1, each in order: the table
 * comes out in grain-key order without a join, a grid of zeros or a global sort.
 */
final class PairSeries {
  private PairSeries() {}

  /** About this many rows per task: the number of tasks is the rows over it (at least one). */
  static final long ROWS_PER_TASK = 1L << 20;

  /** Record sources: what the payload of a record holds. */
  static final int TOTAL = 0;

  static final int COUNTRY = 1;
  static final int TOPICS = 2;
  static final int COUNTS = 3;

  private static final String[] NO_TOPICS = new String[0];

  /** The table from a run's shared aggregates. */
  static Dataset<Row> of(Aggregates agg) {
    return of(agg, ROWS_PER_TASK);
  }

  /** The same, with about {@code rowsPerTask} rows per task. */
  static Dataset<Row> of(Aggregates agg, long rowsPerTask) {
    SparkSession spark = agg.in().sparkSession();
    ArticleFacts.Dictionary dict = agg.dictionary();
    ArticleFacts.PairTopicCode code = agg.pairTopicCode();
    Layout layout = Layout.of(agg, rowsPerTask, spark.sparkContext().defaultParallelism());
    if (layout.spine().days().length == 0 || layout.pairs().length == 0) {
      return spark.createDataFrame(List.of(), TableSchemas.PAIR_COOCCURRENCE_SCHEMA);
    }
    JavaPairRDD<Long, long[]> records =
        records(
                agg.periodTotals()
                    .select(unix_date(col(Columns.PERIOD_START)), col(Columns.PERIOD_ARTICLES)),
                new Records(layout, TOTAL, dict, code))
            .union(
                records(
                    agg.countryCounts()
                        .select(
                            unix_date(col(Columns.PERIOD_START)),
                            col(Columns.COUNTRY),
                            col(Columns.ARTICLES)),
                    new Records(layout, COUNTRY, dict, code)))
            .union(
                records(
                    agg.pairTopicSums()
                        .where(col(ArticleFacts.NEAR_REP).gt(0))
                        .select(col(ArticleFacts.PAIR_TOPIC_KEY), col(ArticleFacts.NEAR_REP)),
                    new Records(layout, TOPICS, dict, code)))
            .union(
                records(
                    agg.pairCounts()
                        .select(
                            unix_date(col(Columns.PERIOD_START)),
                            col(ArticleFacts.PAIR),
                            col(Columns.ARTICLES),
                            col(Columns.ARTICLES_RAW),
                            col(Columns.WEIGHT),
                            col(Columns.SENTENCES),
                            col(Columns.COOPERATION),
                            col(Columns.CONFLICT)),
                    new Records(layout, COUNTS, dict, code)));
    JavaRDD<Row> rows =
        records
            .repartitionAndSortWithinPartitions(
                new ByPeriod(layout.tasks(), layout.spine().days().length))
            .mapPartitionsWithIndex(new Complete(layout, agg.cfg(), dict), true);
    return spark.createDataFrame(rows, TableSchemas.PAIR_COOCCURRENCE_SCHEMA);
  }

  private static JavaPairRDD<Long, long[]> records(Dataset<Row> df, Records toRecords) {
    return CodedCounts.internalRows(df).mapPartitionsToPair(toRecords);
  }

  /**
   * What every task needs to know: the spine, the run's pairs (codes, increasing), the number of
   * countries and of tasks. Gathered to the driver: one value per period and per pair, never per
   * article.
   */
  record Layout(Series.Spine spine, int[] pairs, int countries, int tasks) implements Serializable {
    static Layout of(Aggregates agg, long rowsPerTask, int parallelism) {
      Series.Spine spine = agg.periods();
      int[] pairs =
          agg.pairCounts().select(ArticleFacts.PAIR).distinct().collectAsList().stream()
              .mapToInt(r -> r.getInt(0))
              .sorted()
              .toArray();
      return new Layout(
          spine,
          pairs,
          agg.dictionary().codes().length,
          tasks(spine.days().length, pairs.length, rowsPerTask, parallelism));
    }

    /**
     * Tasks for {@code periods x keys} rows: the rows over {@code rowsPerTask}, so a small table
     * is one task (and one file); more than one is rounded up to a multiple of {@code
     * parallelism} so every core has work; at most one per period.
     */
    static int tasks(int periods, int keys, long rowsPerTask, int parallelism) {
      long rows = (long) periods * keys;
      long wanted = Math.max(1, (rows + rowsPerTask - 1) / rowsPerTask);
      long cores = Math.max(1, parallelism);
      long rounded = wanted == 1 ? 1 : (wanted + cores - 1) / cores * cores;
      return (int) Math.max(1, Math.min(periods, rounded));
    }

    /** The position of a pair code among the run's pairs. */
    int pair(int pairCode) {
      int i = Arrays.binarySearch(pairs, pairCode);
      if (i < 0) {
        throw new IllegalStateException("pair code " + pairCode + " is not among the run's pairs");
      }
      return i;
    }

    /** The slot of a period's total. */
    static long totalSlot() {
      return 0;
    }

    /** The slot of a country's article count. */
    static long countrySlot(int country) {
      return 1L + country;
    }

    /** The slot of a pair's top topics ({@code counts} false) or counts ({@code counts} true). */
    long pairSlot(int position, boolean counts) {
      return 1L + countries + 2L * position + (counts ? 1 : 0);
    }

    /** A record's key: the period index above 32 bits of slot. */
    static long key(int period, long slot) {
      return (long) period << 32 | slot;
    }

    static int periodOf(long key) {
      return (int) (key >>> 32);
    }

    static long slotOf(long key) {
      return key & 0xFFFFFFFFL;
    }
  }

  /** Sends a record to the task of its period: contiguous ranges of periods, in order. */
  static final class ByPeriod extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int tasks;
    private final int periods;

    ByPeriod(int tasks, int periods) {
      this.tasks = tasks;
      this.periods = periods;
    }

    @Override
    public int numPartitions() {
      return tasks;
    }

    @Override
    public int getPartition(Object key) {
      return taskOf(Layout.periodOf((Long) key), tasks, periods);
    }

    /** The task of period index {@code period}: floor(period x tasks / periods). */
    static int taskOf(int period, int tasks, int periods) {
      return (int) ((long) period * tasks / periods);
    }

    /** The first period index of task {@code task}; its periods end where the next task's start. */
    static int firstPeriod(int task, int tasks, int periods) {
      return (int) (((long) task * periods + tasks - 1) / tasks);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByPeriod p && p.tasks == tasks && p.periods == periods;
    }

    @Override
    public int hashCode() {
      return 31 * tasks + periods;
    }
  }

  /**
   * Turns one input's internal rows into keyed records. Totals: (days, period_articles) to
   * [period_articles]. Countries: (days, country, articles) to [articles]. Topics: pair-topic
   * sums (key, near_rep) with near_rep above 0, in key order, to one record per run of rows of
   * the same (period, pair): [topic, near_rep, topic, near_rep, ...]. Counts: (days, pair,
   * articles, articles_raw, weight, sentences, cooperation, conflict) to those six numbers (the
   * weight as its bits).
   */
  static final class Records implements PairFlatMapFunction<Iterator<InternalRow>, Long, long[]> {
    private static final long serialVersionUID = 1L;
    private final Layout layout;
    private final int source;
    private final String[] codes;
    private final ArticleFacts.PairTopicCode code;

    Records(
        Layout layout, int source, ArticleFacts.Dictionary dict, ArticleFacts.PairTopicCode code) {
      this.layout = layout;
      this.source = source;
      this.codes = dict.codes();
      this.code = code;
    }

    @Override
    public Iterator<Tuple2<Long, long[]>> call(Iterator<InternalRow> rows) {
      List<Tuple2<Long, long[]>> out = new ArrayList<>();
      switch (source) {
        case TOTAL -> {
          while (rows.hasNext()) {
            InternalRow r = rows.next();
            out.add(record(layout.spine().period(r.getInt(0)), Layout.totalSlot(), r.getLong(1)));
          }
        }
        case COUNTRY -> {
          Map<UTF8String, Integer> index = ArticleFacts.utf8Index(codes);
          while (rows.hasNext()) {
            InternalRow r = rows.next();
            Integer country = index.get(r.getUTF8String(1));
            if (country == null) {
              throw new IllegalStateException(
                  "country " + r.getUTF8String(1) + " is not in the run's dictionary");
            }
            int period = layout.spine().period(r.getInt(0));
            out.add(record(period, Layout.countrySlot(country), r.getLong(2)));
          }
        }
        case TOPICS -> {
          int low = code.topicBits();
          long topicMask = (1L << low) - 1;
          long pairMask = (1L << code.pairBits()) - 1;
          long group = -1;
          long[] held = new long[16];
          int size = 0;
          while (true) {
            boolean more = rows.hasNext();
            InternalRow r = more ? rows.next() : null;
            long key = more ? r.getLong(0) : -1;
            if (size > 0 && (!more || key >>> low != group)) {
              int day = (int) ((group >>> code.pairBits()) - ArticleFacts.DAY_OFFSET);
              int pair = layout.pair((int) (group & pairMask));
              out.add(
                  new Tuple2<>(
                      Layout.key(layout.spine().period(day), layout.pairSlot(pair, false)),
                      Arrays.copyOf(held, size)));
              size = 0;
            }
            if (!more) {
              break;
            }
            if (size + 2 > held.length) {
              held = Arrays.copyOf(held, held.length * 2);
            }
            group = key >>> low;
            held[size++] = key & topicMask;
            held[size++] = r.getLong(1);
          }
        }
        case COUNTS -> {
          while (rows.hasNext()) {
            InternalRow r = rows.next();
            long slot = layout.pairSlot(layout.pair(r.getInt(1)), true);
            out.add(
                new Tuple2<>(
                    Layout.key(layout.spine().period(r.getInt(0)), slot),
                    new long[] {
                      r.getLong(2),
                      r.getLong(3),
                      Double.doubleToRawLongBits(r.getDouble(4)),
                      r.getLong(5),
                      r.getLong(6),
                      r.getLong(7)
                    }));
          }
        }
        default -> throw new IllegalStateException("unknown record source " + source);
      }
      return out.iterator();
    }

    private static Tuple2<Long, long[]> record(int period, long slot, long value) {
      return new Tuple2<>(Layout.key(period, slot), new long[] {value});
    }
  }

  /**
   * Walks a task's periods and, in each, the run's pairs in code order, merging in the task's
   * sorted records: one {@link TableSchemas#PAIR_COOCCURRENCE_SCHEMA} row per (period, pair),
   * zero counts where the pair has no record. Rows are made as they are asked for.
   */
  static final class Complete
      implements Function2<Integer, Iterator<Tuple2<Long, long[]>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;
    private final Layout layout;
    private final int minSupport;
    private final int topTopics;
    private final String[] codes;
    private final String[] topics;

    Complete(Layout layout, AnalyticsConfig cfg, ArticleFacts.Dictionary dict) {
      this.layout = layout;
      this.minSupport = cfg.minPairSupport();
      this.topTopics = cfg.topTopics();
      this.codes = dict.codes();
      this.topics = dict.topics();
    }

    @Override
    public Iterator<Row> call(Integer task, Iterator<Tuple2<Long, long[]>> records) {
      int periods = layout.spine().days().length;
      int tasks = layout.tasks();
      int first = ByPeriod.firstPeriod(task, tasks, periods);
      int end = ByPeriod.firstPeriod(task + 1, tasks, periods);
      return new Rows(first, end, records);
    }

    private final class Rows implements Iterator<Row> {
      private final int end;
      private final Iterator<Tuple2<Long, long[]>> records;
      private final long[] countryArticles = new long[codes.length];
      private Tuple2<Long, long[]> next;
      private int period;
      private int pair;
      private long total;
      private Date start;

      Rows(int first, int end, Iterator<Tuple2<Long, long[]>> records) {
        this.end = end;
        this.records = records;
        this.next = records.hasNext() ? records.next() : null;
        this.period = first;
        this.pair = 0;
        if (period < end) {
          openPeriod();
        } else if (next != null) {
          throw new IllegalStateException("records reached a task without periods");
        }
      }

      @Override
      public boolean hasNext() {
        return period < end;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = row(pair);
        pair++;
        if (pair == layout.pairs().length) {
          pair = 0;
          period++;
          if (period < end) {
            openPeriod();
          } else if (next != null) {
            throw new IllegalStateException(
                "a record of period index "
                    + Layout.periodOf(next._1())
                    + " reached the task of periods before "
                    + end);
          }
        }
        return row;
      }

      /** Reads the period's total and country counts. */
      private void openPeriod() {
        Arrays.fill(countryArticles, 0L);
        total = 0;
        start = Date.valueOf(LocalDate.ofEpochDay(layout.spine().days()[period]));
        while (next != null && Layout.periodOf(next._1()) == period) {
          long slot = Layout.slotOf(next._1());
          if (slot == Layout.totalSlot()) {
            total += next._2()[0];
          } else if (slot < Layout.countrySlot(codes.length)) {
            countryArticles[(int) (slot - Layout.countrySlot(0))] += next._2()[0];
          } else {
            break;
          }
          advance();
        }
        if (next != null && Layout.periodOf(next._1()) < period) {
          throw new IllegalStateException("records out of order at period index " + period);
        }
      }

      private void advance() {
        next = records.hasNext() ? records.next() : null;
      }

      private boolean at(long slot) {
        return next != null && next._1() == Layout.key(period, slot);
      }

      private Row row(int position) {
        // the pair's topic records (one per run of its pair-topic sums), then its counts
        List<long[]> topicRecords = null;
        while (at(layout.pairSlot(position, false))) {
          if (topicRecords == null) {
            topicRecords = new ArrayList<>(1);
          }
          topicRecords.add(next._2());
          advance();
        }
        long[] counts = null;
        if (at(layout.pairSlot(position, true))) {
          counts = next._2();
          advance();
        }
        if (next != null && next._1() < Layout.key(period, layout.pairSlot(position + 1, false))) {
          throw new IllegalStateException("records out of order at key " + next._1());
        }
        int pairCode = layout.pairs()[position];
        int a = pairCode / codes.length;
        int b = pairCode % codes.length;
        long articles = counts == null ? 0 : counts[0];
        long articlesA = countryArticles[a];
        long articlesB = countryArticles[b];
        Measures m = Measures.of(articles, articlesA, articlesB, total, minSupport);
        long cooperation = counts == null ? 0 : counts[4];
        long conflict = counts == null ? 0 : counts[5];
        return RowFactory.create(
            layout.spine().labels()[period],
            start,
            codes[a],
            codes[b],
            articles,
            counts == null ? 0L : counts[1],
            counts == null ? 0L : counts[3],
            counts == null ? 0.0 : Double.longBitsToDouble(counts[2]),
            articlesA,
            articlesB,
            total,
            m.expected(),
            m.lift(),
            m.pmi(),
            m.npmi(),
            m.jaccard(),
            topTopics(topicRecords),
            Math.toIntExact(cooperation),
            Math.toIntExact(conflict),
            cooperation + conflict > 0
                ? (double) (cooperation - conflict) / (double) (cooperation + conflict)
                : null);
      }

      /** Topic ids by articles (descending), then topic code, at most {@code topTopics}. */
      private String[] topTopics(List<long[]> topicRecords) {
        if (topicRecords == null) {
          return NO_TOPICS;
        }
        int n = 0;
        for (long[] t : topicRecords) {
          n += t.length / 2;
        }
        long[][] entries = new long[n][];
        int i = 0;
        for (long[] t : topicRecords) {
          for (int j = 0; j < t.length; j += 2) {
            entries[i++] = new long[] {t[j + 1], t[j]};
          }
        }
        Arrays.sort(
            entries,
            (x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(x[1], y[1]));
        String[] out = new String[Math.min(topTopics, n)];
        for (int k = 0; k < out.length; k++) {
          out[k] = topics[(int) entries[k][1]];
        }
        return out;
      }
    }
  }

  /**
   * The association measures of a pair in a period, as documented in docs/tables.md: null where
   * undefined. {@code nab} the pair's representative articles, {@code na} and {@code nb} each
   * country's, {@code n} the period's.
   */
  record Measures(Double expected, Double lift, Double pmi, Double npmi, Double jaccard) {
    static Measures of(long nab, long na, long nb, long n, int minSupport) {
      double ab = nab;
      double a = na;
      double b = nb;
      double all = n;
      boolean supported = nab >= minSupport;
      Double expected = n > 0 ? a * b / all : null;
      Double lift = a * b > 0 && supported ? ab * all / (a * b) : null;
      Double pmi = log2(lift);
      Double npmi = null;
      if (supported && ab == all) {
        // p_ab = 1 means the pair is in every article: perfect association by convention
        npmi = 1.0;
      } else if (supported && pmi != null) {
        Double h = log2(ab / all);
        npmi = h == null || all == 0 ? null : pmi / (h * -1.0);
      }
      Double jaccard = supported ? ab / (a + b - ab) : null;
      return new Measures(expected, lift, pmi, npmi, jaccard);
    }

    /** Spark's {@code log2}: null for null and for values at or below 0. */
    static Double log2(Double x) {
      if (x == null || x <= 0.0) {
        return null;
      }
      return StrictMath.log(x) / StrictMath.log(2.0);
    }
  }
}
