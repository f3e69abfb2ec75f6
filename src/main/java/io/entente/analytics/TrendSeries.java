package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_date;

import io.entente.model.Columns;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The trend tables ({@code topic_trends}, {@code country_trends}, {@code country_topic_trends},
 * {@code region_topic_trends}) completed, joined, windowed and ordered in one pass; and {@code
 * region_pair_cooccurrence}, which has the same shape without the trend measures.
 *
 * <p>A trend table has a row for every key (a topic, a country, a country and topic...) seen in
 * any period, in every period of the spine, with the key's counts, a denominator (the period's
 * articles, or the articles of the key's country or region), their share, and trend measures of
 * the share over the key's series (docs/tables.md, "Trend measures"). The sparse counts
 * and the denominators become records keyed by (task, period, slot). Each task owns a contiguous
 * range of periods ({@link PairSeries.ByPeriod}) and also receives the {@code halo} periods
 * before it, which its windows look back on; it walks its periods in order, keeping the last
 * shares of every key, and emits each period's rows in key order. So the table comes out in
 * grain-key order without a grid of zeros, a join, a window over a shuffle or a global sort.
 *
 * <p>The window measures are computed as Spark computes them, so the tables do not depend on the
 * route: an average sums its frame's shares in period order from 0.0 and divides by the count; a
 * sample standard deviation updates (n, mean, m2) row by row in period order as Spark's central
 * moment aggregate does and is null for fewer than two values.
 */
final class TrendSeries {
  private TrendSeries() {}

  /** A middle column: the denominator. */
  static final int DENOMINATOR = -1;

  /** A middle column: the share, count 0 over the denominator (0 when the denominator is 0). */
  static final int SHARE = -2;

  /** A middle column: the double held (as its bits) in count {@code i}. */
  static int doubleAt(int i) {
    return -3 - i;
  }

  /** Bits of a record key: task above {@link #PERIOD_BITS} of period above slot. */
  static final int SLOT_BITS = 20;

  static final int PERIOD_BITS = 20;

  /**
   * A trend table.
   *
   * @param sparse (days, key columns..., counts...): counts are longs, or doubles (carried as
   *     bits) where {@code middle} says so; count 0 is the numerator of the share
   * @param keys the key columns: how many (strings, or booleans that follow from the strings
   *     before them), and the keys when they are known already
   * @param denominators (days, value) when {@code byGroup} is false: one per period; else (days,
   *     group, value), where the group of a key is its first key column
   * @param middle the columns between the key columns and the trend measures: a count's index,
   *     {@link #DENOMINATOR}, {@link #SHARE} or {@link #doubleAt}
   * @param schema the table's schema; the trend measures are computed when it has them
   */
  static Dataset<Row> of(
      Aggregates agg,
      Dataset<Row> sparse,
      Keys keys,
      Dataset<Row> denominators,
      boolean byGroup,
      int[] middle,
      StructType schema) {
    return of(
        agg, sparse, keys, denominators, byGroup, middle, schema, PairSeries.ROWS_PER_TASK);
  }

  static Dataset<Row> of(
      Aggregates agg,
      Dataset<Row> sparse,
      Keys keys,
      Dataset<Row> denominators,
      boolean byGroup,
      int[] middle,
      StructType schema,
      long rowsPerTask) {
    SparkSession spark = agg.in().sparkSession();
    Series.Spine spine = agg.periods();
    Object[][] all = keys.known() != null ? keys.known() : keys(sparse, keys.width());
    if (spine.days().length == 0 || all.length == 0) {
      return spark.createDataFrame(List.of(), schema);
    }
    AnalyticsConfig cfg = agg.cfg();
    int yearLag = Series.yearLag(agg.granularity());
    boolean trends = Arrays.asList(schema.fieldNames()).contains(Columns.ROLLING_MEAN);
    int halo =
        trends
            ? Math.max(Math.max(cfg.rollingWindow() - 1, cfg.zWindow()), Math.max(yearLag, 1))
            : 0;
    int periods = spine.days().length;
    Layout layout =
        Layout.of(
            spine,
            all,
            byGroup,
            sparse.schema().size() - 1 - keys.width(),
            halo,
            PairSeries.Layout.tasks(
                periods, all.length, rowsPerTask, spark.sparkContext().defaultParallelism()));
    JavaPairRDD<Long, long[]> records =
        sparse
            .javaRDD()
            .flatMapToPair(new Records(layout, false))
            .union(denominators.javaRDD().flatMapToPair(new Records(layout, true)));
    JavaRDD<Row> rows =
        records
            .repartitionAndSortWithinPartitions(new ByTask(layout.tasks()))
            .mapPartitionsWithIndex(
                new Walk(
                    layout,
                    middle,
                    trends,
                    cfg.rollingWindow(),
                    cfg.zWindow(),
                    yearLag,
                    cfg.spikeThreshold()),
                true);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * A table's key columns: how many, and the keys themselves when the run knows them already
   * (every topic of the run's dictionary has a topic trend, every country code a country trend),
   * so that no job gathers them from the sparse counts, which would then be computed twice.
   */
  record Keys(int width, Object[][] known) implements Serializable {
    /** Keys of {@code width} columns, gathered from the sparse counts (one small job). */
    static Keys gathered(int width) {
      return new Keys(width, null);
    }

    /** One key column with the values {@code values}, which are in Spark's order already. */
    static Keys known(String[] values) {
      return new Keys(
          1, Arrays.stream(values).map(v -> new Object[] {v}).toArray(Object[][]::new));
    }
  }

  /** The distinct key tuples of {@code sparse}, sorted column by column in Spark's order. */
  private static Object[][] keys(Dataset<Row> sparse, int keyWidth) {
    String[] names = Arrays.copyOfRange(sparse.columns(), 1, 1 + keyWidth);
    Object[][] keys =
        sparse.select(Series.columns(List.of(names))).distinct().collectAsList().stream()
            .map(
                r -> {
                  Object[] k = new Object[keyWidth];
                  for (int i = 0; i < keyWidth; i++) {
                    k[i] = r.get(i);
                  }
                  return k;
                })
            .toArray(Object[][]::new);
    Arrays.sort(keys, TrendSeries::compareKeys);
    return keys;
  }

  /** Key tuples in Spark's order: strings by code point, booleans false first. */
  static int compareKeys(Object[] x, Object[] y) {
    for (int i = 0; i < x.length; i++) {
      int c =
          x[i] instanceof String s
              ? ArticleFacts.compareCodePoints(s, (String) y[i])
              : Boolean.compare((Boolean) x[i], (Boolean) y[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * What every task needs: the spine, the keys in order, each key's group (the index of its first
   * column among the groups, or 0 when the denominator is per period), the counts per key, the
   * halo and the number of tasks.
   */
  record Layout(
      Series.Spine spine,
      Object[][] keys,
      boolean byGroup,
      String[] groups,
      int[] groupOfKey,
      int counts,
      int halo,
      int tasks)
      implements Serializable {
    static Layout of(
        Series.Spine spine,
        Object[][] keys,
        boolean byGroup,
        int counts,
        int halo,
        int tasks) {
      String[] groups;
      int[] groupOfKey = new int[keys.length];
      if (byGroup) {
        groups =
            ArticleFacts.sortedDistinct(Arrays.stream(keys).map(k -> (String) k[0]).toList());
        for (int k = 0; k < keys.length; k++) {
          groupOfKey[k] =
              Arrays.binarySearch(groups, (String) keys[k][0], ArticleFacts.SPARK_ORDER);
        }
      } else {
        groups = new String[] {""};
      }
      if (groups.length + keys.length >= 1 << SLOT_BITS
          || spine.days().length >= 1 << PERIOD_BITS) {
        throw new IllegalStateException(
            keys.length + " keys in " + spine.days().length + " periods: too many to pack");
      }
      return new Layout(spine, keys, byGroup, groups, groupOfKey, counts, halo, tasks);
    }

    int periods() {
      return spine.days().length;
    }

    /** A record key: task, period index, slot (the groups' denominators, then the keys). */
    static long key(int task, int period, int slot) {
      return ((long) task << PERIOD_BITS | period) << SLOT_BITS | slot;
    }

    static int taskOf(long key) {
      return (int) (key >>> (PERIOD_BITS + SLOT_BITS));
    }

    static int periodOf(long key) {
      return (int) (key >>> SLOT_BITS) & ((1 << PERIOD_BITS) - 1);
    }

    static int slotOf(long key) {
      return (int) key & ((1 << SLOT_BITS) - 1);
    }
  }

  /** Sends a record to the task in its key. */
  static final class ByTask extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int tasks;

    ByTask(int tasks) {
      this.tasks = tasks;
    }

    @Override
    public int numPartitions() {
      return tasks;
    }

    @Override
    public int getPartition(Object key) {
      return Layout.taskOf((Long) key);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByTask t && t.tasks == tasks;
    }

    @Override
    public int hashCode() {
      return tasks;
    }
  }

  /**
   * Turns sparse rows (days, key columns..., counts...) or denominator rows (days, [group,]
   * value) into records, one for each task that owns the period or looks back on it.
   */
  static final class Records implements PairFlatMapFunction<Row, Long, long[]> {
    private static final long serialVersionUID = 1L;
    private final Layout layout;
    private final boolean denominators;
    private transient Map<List<Object>, Integer> keyIndex;

    Records(Layout layout, boolean denominators) {
      this.layout = layout;
      this.denominators = denominators;
    }

    @Override
    public Iterator<Tuple2<Long, long[]>> call(Row r) {
      int period = layout.spine().period(r.getInt(0));
      int slot;
      long[] values;
      if (denominators) {
        if (!layout.byGroup()) {
          slot = 0;
        } else {
          slot = Arrays.binarySearch(layout.groups(), r.getString(1), ArticleFacts.SPARK_ORDER);
          if (slot < 0) {
            // a group none of the table's keys belongs to: no row divides by it
            return java.util.Collections.emptyIterator();
          }
        }
        values = new long[] {r.getLong(r.size() - 1)};
      } else {
        int width = layout.keys()[0].length;
        if (keyIndex == null) {
          keyIndex = new HashMap<>();
          for (int k = 0; k < layout.keys().length; k++) {
            keyIndex.put(List.of(layout.keys()[k]), k);
          }
        }
        Object[] key = new Object[width];
        for (int i = 0; i < width; i++) {
          key[i] = r.get(1 + i);
        }
        Integer k = keyIndex.get(List.of(key));
        if (k == null) {
          throw new IllegalStateException(Arrays.toString(key) + " is not among the table's keys");
        }
        slot = layout.groups().length + k;
        values = new long[layout.counts()];
        for (int i = 0; i < values.length; i++) {
          Object v = r.get(1 + width + i);
          values[i] =
              v instanceof Double d ? Double.doubleToRawLongBits(d) : ((Number) v).longValue();
        }
      }
      int periods = layout.periods();
      int tasks = layout.tasks();
      int first = PairSeries.ByPeriod.taskOf(period, tasks, periods);
      int last =
          PairSeries.ByPeriod.taskOf(Math.min(periods - 1, period + layout.halo()), tasks, periods);
      List<Tuple2<Long, long[]>> out = new ArrayList<>(last - first + 1);
      for (int t = first; t <= last; t++) {
        out.add(new Tuple2<>(Layout.key(t, period, slot), values));
      }
      return out.iterator();
    }
  }

  /**
   * Walks a task's periods, from {@code halo} periods before its own, merging in its sorted
   * records and keeping each key's shares of the last {@code halo} periods; emits the rows of its
   * own periods, keys in order.
   */
  static final class Walk
      implements Function2<Integer, Iterator<Tuple2<Long, long[]>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;
    private final Layout layout;
    private final int[] middle;
    private final boolean trends;
    private final int rollingWindow;
    private final int zWindow;
    private final int yearLag;
    private final double spikeThreshold;

    Walk(
        Layout layout,
        int[] middle,
        boolean trends,
        int rollingWindow,
        int zWindow,
        int yearLag,
        double spikeThreshold) {
      this.layout = layout;
      this.middle = middle;
      this.trends = trends;
      this.rollingWindow = rollingWindow;
      this.zWindow = zWindow;
      this.yearLag = yearLag;
      this.spikeThreshold = spikeThreshold;
    }

    @Override
    public Iterator<Row> call(Integer task, Iterator<Tuple2<Long, long[]>> records) {
      int periods = layout.periods();
      int tasks = layout.tasks();
      int own = PairSeries.ByPeriod.firstPeriod(task, tasks, periods);
      int end = PairSeries.ByPeriod.firstPeriod(task + 1, tasks, periods);
      int start = Math.max(0, own - layout.halo());
      int keys = layout.keys().length;
      int groups = layout.groups().length;
      int depth = layout.halo() + 1;
      double[][] shares = new double[keys][depth];
      long[] denominator = new long[groups];
      long[][] counts = new long[keys][];
      long[] zeros = new long[layout.counts()];
      Iterator<Tuple2<Long, long[]>> in = records;
      return new Iterator<>() {
        private Tuple2<Long, long[]> next = in.hasNext() ? in.next() : null;
        private int period = start;
        private final List<Row> ready = new ArrayList<>(keys);
        private int at;

        @Override
        public boolean hasNext() {
          while (at == ready.size() && period < end) {
            ready.clear();
            at = 0;
            walk(period++);
          }
          if (at < ready.size()) {
            return true;
          }
          if (next != null) {
            throw new IllegalStateException(
                "a record of period index " + Layout.periodOf(next._1()) + " was left over");
          }
          return false;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return ready.get(at++);
        }

        private void walk(int p) {
          Arrays.fill(denominator, 0L);
          Arrays.fill(counts, null);
          while (next != null && Layout.periodOf(next._1()) == p) {
            int slot = Layout.slotOf(next._1());
            if (slot < groups) {
              denominator[slot] += next._2()[0];
            } else if (counts[slot - groups] == null) {
              counts[slot - groups] = next._2();
            } else {
              throw new IllegalStateException(
                  "two rows for key " + Arrays.toString(layout.keys()[slot - groups]));
            }
            next = in.hasNext() ? in.next() : null;
          }
          if (next != null && Layout.periodOf(next._1()) < p) {
            throw new IllegalStateException("records out of order at period index " + p);
          }
          String label = layout.spine().labels()[p];
          Date periodStart = Date.valueOf(LocalDate.ofEpochDay(layout.spine().days()[p]));
          for (int k = 0; k < keys; k++) {
            long[] c = counts[k] == null ? zeros : counts[k];
            long d = denominator[layout.groupOfKey()[k]];
            double share = d > 0 ? (double) c[0] / (double) d : 0.0;
            shares[k][p % depth] = share;
            if (p >= own) {
              ready.add(row(label, periodStart, k, c, d, share, shares[k], p));
            }
          }
        }
      };
    }

    private Row row(
        String label, Date start, int k, long[] c, long d, double share, double[] history, int p) {
      Object[] key = layout.keys()[k];
      int depth = history.length;
      Object[] values = new Object[2 + key.length + middle.length + (trends ? 5 : 0)];
      int i = 0;
      values[i++] = label;
      values[i++] = start;
      for (Object part : key) {
        values[i++] = part;
      }
      for (int m : middle) {
        if (m == DENOMINATOR) {
          values[i++] = d;
        } else if (m == SHARE) {
          values[i++] = share;
        } else if (m < SHARE) {
          values[i++] = Double.longBitsToDouble(c[-3 - m]);
        } else {
          values[i++] = c[m];
        }
      }
      if (!trends) {
        return RowFactory.create(values);
      }
      // rolling mean: the last rollingWindow shares, this one included (fewer at the start)
      double sum = 0.0;
      int n = 0;
      for (int q = Math.max(0, p - rollingWindow + 1); q <= p; q++) {
        sum += history[q % depth];
        n++;
      }
      values[i++] = sum / n;
      values[i++] = p >= 1 ? share - history[(p - 1) % depth] : null;
      values[i++] = yearLag > 0 && p >= yearLag ? share - history[(p - yearLag) % depth] : null;
      // z-score against the zWindow previous shares: Spark's avg and stddev_samp, in period order
      double prevSum = 0.0;
      double count = 0.0;
      double mean = 0.0;
      double m2 = 0.0;
      for (int q = Math.max(0, p - zWindow); q < p; q++) {
        double x = history[q % depth];
        prevSum += x;
        double newCount = count + 1.0;
        double delta = x - mean;
        double deltaN = delta / newCount;
        mean = mean + deltaN;
        m2 = m2 + delta * (delta - deltaN);
        count = newCount;
      }
      Double z = null;
      if (count >= 3) {
        double sd = Math.sqrt(m2 / (count - 1.0));
        if (sd > Series.MIN_STDDEV) {
          z = (share - prevSum / count) / sd;
        }
      }
      values[i++] = z;
      values[i] = z != null && z >= spikeThreshold;
      return RowFactory.create(values);
    }
  }

  /** Columns of a sparse or denominator input whose period start comes first, as days. */
  static Dataset<Row> withDays(Dataset<Row> df, String... columns) {
    List<org.apache.spark.sql.Column> cols = new ArrayList<>();
    cols.add(unix_date(col(Columns.PERIOD_START)));
    for (String c : columns) {
      cols.add(col(c));
    }
    return df.select(cols.toArray(new org.apache.spark.sql.Column[0]));
  }
}
