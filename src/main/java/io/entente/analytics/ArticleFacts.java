package io.entente.analytics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;

import io.entente.model.Columns;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Tuple2;

/**
 * Per-article facts the pair and region tables aggregate, worked out in one pass over each
 * article's arrays (plain Java, no shuffle): the work a chain of explode, union, group-by-sentence
 * and join steps would otherwise do over millions of rows. Every fact is a compact row of codes,
 * counts and the period; no text.
 */
final class ArticleFacts {
  private ArticleFacts() {}

  static final String REP = Inputs.REP;
  /** Internal columns: a representative fact's weight 1/(k - 1), exact, in two halves. */
  static final String WEIGHT_HIGH = "_weight_high";

  static final String WEIGHT_LOW = "_weight_low";
  static final String SENTENCE_COUNT = "_sentences";
  static final String COOP = "_coop";
  static final String CONF = "_conf";

  /** Internal column: a pair of countries as {@code a * n + b}, indices into the dictionary. */
  static final String PAIR = "_pair";
  /**
   * Internal column: a pair-topic key (a packed fact without its flags). Its numeric order is the
   * order of (period, country_a, country_b, topic), the grain key of {@code pair_topic_trends}.
   */
  static final String PAIR_TOPIC_KEY = "_pair_topic_key";

  /**
   * Spark's order of strings (unsigned UTF-8 bytes, which is code point order). Java's {@link
   * String#compareTo} compares UTF-16 units instead and departs from it where a character beyond
   * U+FFFF (a surrogate pair, U+D800..U+DFFF) meets one in U+E000..U+FFFF; no allocation.
   */
  static final Comparator<String> SPARK_ORDER = ArticleFacts::compareCodePoints;

  static int compareCodePoints(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      char a = x.charAt(i);
      char b = y.charAt(i);
      if (a != b) {
        boolean pairA = Character.isSurrogate(a);
        if (pairA != Character.isSurrogate(b)) {
          // a surrogate stands for a code point above every unit that is not one
          return pairA ? 1 : -1;
        }
        return a - b;
      }
    }
    return x.length() - y.length();
  }

  /** Internal column: the period start as days since 1970-01-01 ({@code unix_date}). */
  static final String DAYS = "_days";

  /** Bits a period start takes at the top of a packed key ({@link #offsetDays}). */
  static final int DAY_BITS = 20;

  static final long DAY_OFFSET = 1L << 19;

  /**
   * A period start in days, offset by 2^19 so that any date from the year 535 to 3405 is a
   * non-negative number of {@link #DAY_BITS} bits: the top field of the packed keys of pair
   * topics and region counts.
   */
  static long offsetDays(int days) {
    long d = days + DAY_OFFSET;
    if (d < 0 || d >= 1L << DAY_BITS) {
      throw new IllegalArgumentException(
          "period start " + LocalDate.ofEpochDay(days) + " is outside 535..3405");
    }
    return d;
  }

  /** The period start of a packed key: its {@link #offsetDays} field above {@code lowBits}. */
  static Column periodStartOf(Column key, int lowBits) {
    return date_from_unix_date(shiftright(key, lowBits).minus(DAY_OFFSET).cast("int"));
  }

  /** Each value's index in {@code values}. */
  static Map<String, Integer> indexOf(String[] values) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(values[i], i);
    }
    return out;
  }

  /** {@code values[index]} as a column (a literal array; null when there are no values). */
  static Column valueAt(String[] values, Column index) {
    if (values.length == 0) {
      return lit(null).cast("string");
    }
    Column[] lits = Arrays.stream(values).map(v -> lit(v)).toArray(Column[]::new);
    return element_at(array(lits), index.plus(1));
  }

  /**
   * One row per (article, pair a &lt; b of its countries): {@code _pair} the pair's code in the
   * run's {@link Dictionary}, {@code _weight_high} and {@code _weight_low} the pair's weight in a
   * representative article of k countries, 1/(k - 1), exactly ({@link ExactWeight}), {@code
   * _sentences} the sentences (title = sentence -1) naming both and {@code _coop}/{@code _conf} the
   * cooperation and conflict cues of those sentences. The period is in days ({@code _days}):
   * integers cross from Java to Spark without a date conversion per row.
   */
  static final StructType PAIR_FACT =
      new StructType()
          .add(DAYS, IntegerType, false)
          .add(REP, LongType, false)
          .add(PAIR, IntegerType, false)
          .add(SENTENCE_COUNT, LongType, false)
          .add(COOP, LongType, false)
          .add(CONF, LongType, false)
          .add(WEIGHT_HIGH, LongType, false)
          .add(WEIGHT_LOW, LongType, false);

  /**
   * How one (article, pair a &lt; b of its countries, topic of the article) fact is packed into
   * a long, high bits first: period start in days (offset by 2^19, so any date from the year 535
   * to 3405), pair code, topic code, representative flag, and the near flag (1 when the topic has
   * a hit in a sentence t with |t - s| &lt;= 1 for some sentence s naming both countries). These
   * are the most numerous facts of a run (pairs x topics per article); as one long each they are
   * summed by key in primitive arrays ({@link #pairTopicSums}) and never become rows.
   */
  record PairTopicCode(int pairBits, int topicBits) implements Serializable {
    static PairTopicCode of(Dictionary dict) {
      int n = dict.codes().length;
      int pairBits = bitsFor((long) n * n);
      int topicBits = bitsFor(dict.topics().length);
      if (DAY_BITS + pairBits + topicBits + 2 > 63) {
        throw new IllegalStateException(
            "too many countries (" + n + ") and topics (" + dict.topics().length
                + ") to pack a pair-topic fact into 63 bits");
      }
      return new PairTopicCode(pairBits, topicBits);
    }

    /** Bits to hold the values 0..count-1 (at least 1). */
    static int bitsFor(long count) {
      return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(0, count - 1)));
    }

    long pack(int days, int pair, int topic, long rep, long near) {
      return (key(days, pair, topic) << 1 | rep) << 1 | near;
    }

    /** The key of (period start in days, pair code, topic code): see {@link #keyOf}. */
    long key(int days, int pair, int topic) {
      return (offsetDays(days) << pairBits | pair) << topicBits | topic;
    }

    /** The grouping key of a packed fact: everything but the two flags. */
    static long keyOf(long packed) {
      return packed >>> 2;
    }

    /** 1 when the packed fact's article is representative. */
    static long repOf(long packed) {
      return (packed >>> 1) & 1L;
    }

    /** 1 when the packed fact's topic is near a sentence naming the pair. */
    static long nearOf(long packed) {
      return packed & 1L;
    }

    Column periodStart(Column key) {
      return periodStartOf(key, pairBits + topicBits);
    }

    /** The (period, pair) part of a key: keys of one pair in one period share it. */
    Column periodPair(Column key) {
      return shiftright(key, topicBits);
    }

    /** The same from a period start and a pair code. */
    Column periodPair(Column periodStart, Column pair) {
      return unix_date(periodStart)
          .cast("long")
          .plus(DAY_OFFSET)
          .multiply(1L << pairBits)
          .plus(pair);
    }

    Column pair(Column key) {
      return shiftright(key, topicBits)
          .bitwiseAND((1L << pairBits) - 1)
          .cast("int");
    }

    Column topic(Column key) {
      return key.bitwiseAND((1L << topicBits) - 1).cast("int");
    }
  }

  /**
   * The sorted distinct country codes and topics of a run's articles: the integer codes of the
   * pair facts. Sorted as Spark sorts strings ({@link #SPARK_ORDER}), so index order is the
   * tables' string order and {@code a < b} holds for the indices.
   */
  record Dictionary(String[] codes, String[] topics) implements Serializable {
    /** Gathered in one small job (distinct values, never per-article rows). */
    static Dictionary of(Dataset<Row> in, AnalyticsConfig cfg) {
      List<Row> values =
          in.select(
                  explode(
                          concat(
                              transform(
                                  Inputs.codes(cfg), c -> struct(lit(0).as("kind"), c.as("value"))),
                              transform(
                                  col(Columns.TOPICS),
                                  t -> struct(lit(1).as("kind"), t.as("value")))))
                      .as("v"))
              .select("v.kind", "v.value")
              .distinct()
              .collectAsList();
      List<String> codes = new ArrayList<>();
      List<String> topics = new ArrayList<>();
      for (Row v : values) {
        (v.getInt(0) == 0 ? codes : topics).add(v.getString(1));
      }
      return new Dictionary(sortedDistinct(codes), sortedDistinct(topics));
    }

    /** {@code country_a} of a pair code. */
    Column countryA(Column pair) {
      return valueAt(codes, pair.divide(codes.length).cast("int"));
    }

    /** {@code country_b} of a pair code. */
    Column countryB(Column pair) {
      return valueAt(codes, pair.mod(codes.length));
    }

    /** The topic id of a topic code. */
    Column topic(Column code) {
      return valueAt(topics, code);
    }
  }

  /** Internal columns: a pair-topic key's sums (see {@link #PAIR_TOPIC_SUMS}). */
  static final String NEAR_REP = "_near_rep";

  static final String NEAR = "_near";
  static final String REPS = "_reps";
  static final String FACTS = "_facts";

  /**
   * The sums of the pair-topic facts of one key ({@link #PAIR_TOPIC_KEY}): facts with both flags
   * (representative and near), with the near flag, with the representative flag, and all of
   * them; the counts of {@code pair_topic_trends} ({@link #pairTopicSums}).
   */
  static final StructType PAIR_TOPIC_SUMS =
      new StructType()
          .add(PAIR_TOPIC_KEY, LongType, false)
          .add(NEAR_REP, LongType, false)
          .add(NEAR, LongType, false)
          .add(REPS, LongType, false)
          .add(FACTS, LongType, false);

  /** Pair facts of {@code in} (rows of the article schema), coded by {@code dict}. */
  static Dataset<Row> pairFacts(Dataset<Row> in, AnalyticsConfig cfg, Dictionary dict) {
    return in.sparkSession()
        .createDataFrame(
            factRows(in, cfg).flatMap(new PairFactsOf(cfg.actorOnly(), dict)), PAIR_FACT);
  }

  /**
   * The pair-topic sums of {@code in} (rows of the article schema), one {@link #PAIR_TOPIC_SUMS}
   * row per key, in key order: partition i holds keys below those of partition i + 1, each
   * partition sorted. The facts (pairs x topics per article, the run's most numerous) never
   * become rows: each task packs its articles' facts into longs and routes them in blocks to the
   * task that owns their key range ({@link PairTopicRoutes}), which sorts them as plain longs
   * and sums each key's run ({@link SumPairTopicFacts}), emitting its keys in order. Runs one
   * small job when called (facts per period, to draw the key ranges); the sums are lazy.
   */
  static Dataset<Row> pairTopicSums(
      Dataset<Row> in, AnalyticsConfig cfg, Dictionary dict, PairTopicCode code) {
    PairTopicRoutes routes =
        PairTopicRoutes.of(
            factsPerPeriod(in, cfg),
            dict,
            code,
            in.sparkSession().sparkContext().defaultParallelism());
    JavaRDD<Row> sums =
        factRows(in, cfg)
            .mapPartitionsToPair(
                new RoutePairTopicFacts(new PairTopicFactsOf(cfg.actorOnly(), dict, code), routes))
            .partitionBy(new ByRoute(routes.count()))
            .values()
            .mapPartitions(new SumPairTopicFacts());
    return in.sparkSession().createDataFrame(sums, PAIR_TOPIC_SUMS);
  }

  /**
   * Pair-topic facts per period start (days): for each article with k countries and t topics,
   * k(k-1)/2 x t. A few hundred rows at most (one per period), gathered to draw key ranges.
   */
  static SortedMap<Integer, Long> factsPerPeriod(Dataset<Row> in, AnalyticsConfig cfg) {
    Column k = coalesce(size(Inputs.codes(cfg)), lit(0)).cast("long");
    Column t = coalesce(size(array_distinct(col(Columns.TOPICS))), lit(0)).cast("long");
    SortedMap<Integer, Long> out = new TreeMap<>();
    for (Row r :
        in.select(
                unix_date(col(Columns.PERIOD_START)).as(DAYS),
                greatest(k, lit(0L))
                    .multiply(greatest(k.minus(1), lit(0L)))
                    .divide(2)
                    .cast("long")
                    .multiply(greatest(t, lit(0L)))
                    .as("_n"))
            .groupBy(DAYS)
            .agg(sum("_n"))
            .collectAsList()) {
      if (!r.isNullAt(1) && r.getLong(1) > 0) {
        out.put(r.getInt(0), r.getLong(1));
      }
    }
    return out;
  }

  /**
   * The article fields the pair facts read, in the order they read them: the mentions' and topic
   * hits' fields as arrays of their own ({@code mentions.code} and so on), so the scan decodes
   * no other field of them.
   */
  static Dataset<Row> factInput(Dataset<Row> in, AnalyticsConfig cfg) {
    return in.select(
        unix_date(col(Columns.PERIOD_START)).as(DAYS),
        col(Columns.IS_REPRESENTATIVE),
        col(cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES),
        col(Columns.MENTIONS + "." + Columns.CODE),
        col(Columns.MENTIONS + "." + Columns.TYPE),
        col(Columns.MENTIONS + "." + Columns.SENTENCE),
        col(Columns.MENTIONS + "." + Columns.ROLE),
        col(Columns.TONE),
        col(Columns.TOPIC_HITS + "." + Columns.TOPIC),
        col(Columns.TOPIC_HITS + "." + Columns.SENTENCE),
        col(Columns.TOPICS));
  }

  /**
   * {@link #factInput} as Spark's internal rows: read in place (strings as UTF-8 bytes), without
   * a Java object per mention, hit or string.
   */
  static JavaRDD<InternalRow> factRows(Dataset<Row> in, AnalyticsConfig cfg) {
    return CodedCounts.internalRows(factInput(in, cfg));
  }

  /** Sorted ({@link #SPARK_ORDER}) distinct strings of an array column. */
  static String[] sortedDistinct(List<String> values) {
    TreeSet<String> sorted = new TreeSet<>(SPARK_ORDER);
    sorted.addAll(values);
    return sorted.toArray(new String[0]);
  }

  /**
   * What the pair facts of one article start from: its distinct countries in dictionary order
   * (which is their sorted order), which of them each sentence names, and each pair's dictionary
   * code (pairs in row-major order of the upper triangle, see {@link #pairIndex}). Reads a
   * {@link #factInput} row in place: a string is looked up by its UTF-8 bytes, valid until the
   * scan moves to the next row.
   */
  private abstract static class PairFactsBase<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final UTF8String COUNTRY = UTF8String.fromString("country");
    private static final UTF8String ACTOR = UTF8String.fromString("actor");
    private final boolean actorOnly;
    final Dictionary dict;
    private transient Map<UTF8String, Integer> codeIndex;
    transient Map<UTF8String, Integer> topicIndex;

    PairFactsBase(boolean actorOnly, Dictionary dict) {
      this.actorOnly = actorOnly;
      this.dict = dict;
    }

    /**
     * The facts of an article with k &gt;= 2 countries, {@code ids} their dictionary indices in
     * increasing order.
     */
    abstract T facts(
        InternalRow r, int[] ids, int[] pairCode, TreeMap<Integer, BitSet> bySentence);

    /** The facts of article {@code r}, or null when it has fewer than two countries. */
    T of(InternalRow r) {
      if (codeIndex == null) {
        codeIndex = utf8Index(dict.codes());
        topicIndex = utf8Index(dict.topics());
      }
      int[] ids = distinctIndices(r.getArray(2), codeIndex);
      int k = ids.length;
      if (k < 2) {
        return null;
      }
      // sentence -> bit set of the countries named in it (by position in ids)
      TreeMap<Integer, BitSet> bySentence = new TreeMap<>();
      ArrayData codes = r.getArray(3);
      ArrayData types = r.getArray(4);
      ArrayData sentences = r.getArray(5);
      ArrayData roles = r.getArray(6);
      for (int m = 0; m < codes.numElements(); m++) {
        if (!COUNTRY.equals(types.getUTF8String(m))) {
          continue;
        }
        if (actorOnly && !ACTOR.equals(roles.getUTF8String(m))) {
          continue;
        }
        Integer id = codeIndex.get(codes.getUTF8String(m));
        int i = id == null ? -1 : Arrays.binarySearch(ids, id);
        if (i >= 0) {
          bySentence.computeIfAbsent(sentences.getInt(m), s -> new BitSet(k)).set(i);
        }
      }
      int n = dict.codes().length;
      int[] pairCode = new int[k * (k - 1) / 2];
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          pairCode[pairIndex(a, b, k)] = ids[a] * n + ids[b];
        }
      }
      return facts(r, ids, pairCode, bySentence);
    }
  }

  /** Each value's index in {@code values}, keyed by its UTF-8 bytes. */
  static Map<UTF8String, Integer> utf8Index(String[] values) {
    Map<UTF8String, Integer> index = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      index.put(UTF8String.fromString(values[i]), i);
    }
    return index;
  }

  /**
   * The distinct indices, in increasing order, of the strings of {@code values} that {@code
   * index} knows (the dictionary holds every value of the run's articles).
   */
  static int[] distinctIndices(ArrayData values, Map<UTF8String, Integer> index) {
    int[] ids = new int[values.numElements()];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      Integer id = values.isNullAt(i) ? null : index.get(values.getUTF8String(i));
      if (id != null) {
        ids[n++] = id;
      }
    }
    Arrays.sort(ids, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || ids[distinct - 1] != ids[i]) {
        ids[distinct++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, distinct);
  }

  /** Position of pair (a, b), a &lt; b &lt; k, in row-major order of the upper triangle. */
  static int pairIndex(int a, int b, int k) {
    return a * (2 * k - a - 1) / 2 + (b - a - 1);
  }

  /** The {@link #PAIR_FACT} rows of one article. */
  static final class PairFactsOf extends PairFactsBase<Iterator<Row>>
      implements FlatMapFunction<InternalRow, Row> {
    private static final long serialVersionUID = 1L;

    PairFactsOf(boolean actorOnly, Dictionary dict) {
      super(actorOnly, dict);
    }

    @Override
    public Iterator<Row> call(InternalRow r) {
      Iterator<Row> facts = of(r);
      return facts == null ? java.util.Collections.emptyIterator() : facts;
    }

    @Override
    Iterator<Row> facts(
        InternalRow r, int[] ids, int[] pairCode, TreeMap<Integer, BitSet> bySentence) {
      int k = ids.length;
      Map<Integer, long[]> tone = new HashMap<>();
      ArrayData cues = r.getArray(7);
      for (int i = 0; i < cues.numElements(); i++) {
        InternalRow t = cues.getStruct(i, 5);
        long[] cc = tone.computeIfAbsent(t.getInt(0), s -> new long[2]);
        cc[0] += t.getInt(1) + t.getInt(2);
        cc[1] += t.getInt(3) + t.getInt(4);
      }
      int pairs = pairCode.length;
      long[] sentences = new long[pairs];
      long[] coop = new long[pairs];
      long[] conf = new long[pairs];
      for (Map.Entry<Integer, BitSet> e : bySentence.entrySet()) {
        BitSet named = e.getValue();
        if (named.cardinality() < 2) {
          continue;
        }
        long[] cc = tone.getOrDefault(e.getKey(), new long[2]);
        for (int a = named.nextSetBit(0); a >= 0; a = named.nextSetBit(a + 1)) {
          for (int b = named.nextSetBit(a + 1); b >= 0; b = named.nextSetBit(b + 1)) {
            int p = pairIndex(a, b, k);
            sentences[p]++;
            coop[p] += cc[0];
            conf[p] += cc[1];
          }
        }
      }
      int days = r.getInt(0);
      long rep = r.getBoolean(1) ? 1L : 0L;
      long weight = rep == 1L ? ExactWeight.unitsOf(k) : 0L;
      long high = ExactWeight.high(weight);
      long low = ExactWeight.low(weight);
      List<Row> out = new ArrayList<>(pairs);
      for (int p = 0; p < pairs; p++) {
        out.add(
            RowFactory.create(
                days, rep, pairCode[p], sentences[p], coop[p], conf[p], high, low));
      }
      return out.iterator();
    }
  }

  /** The pair-topic facts of one article, packed by a {@link PairTopicCode}. */
  static final class PairTopicFactsOf extends PairFactsBase<long[]> {
    private static final long serialVersionUID = 1L;
    private final PairTopicCode code;

    PairTopicFactsOf(boolean actorOnly, Dictionary dict, PairTopicCode code) {
      super(actorOnly, dict);
      this.code = code;
    }

    @Override
    long[] facts(InternalRow r, int[] ids, int[] pairCode, TreeMap<Integer, BitSet> bySentence) {
      int k = ids.length;
      // sentence -> topic codes with a hit in it
      Map<Integer, BitSet> hits = new HashMap<>();
      ArrayData hitTopics = r.getArray(8);
      ArrayData hitSentences = r.getArray(9);
      for (int h = 0; h < hitTopics.numElements(); h++) {
        Integer t = topicIndex.get(hitTopics.getUTF8String(h));
        if (t != null) {
          hits.computeIfAbsent(hitSentences.getInt(h), s -> new BitSet()).set(t);
        }
      }
      int pairs = pairCode.length;
      BitSet[] near = new BitSet[pairs];
      for (Map.Entry<Integer, BitSet> e : bySentence.entrySet()) {
        BitSet named = e.getValue();
        if (named.cardinality() < 2) {
          continue;
        }
        int s = e.getKey();
        for (int a = named.nextSetBit(0); a >= 0; a = named.nextSetBit(a + 1)) {
          for (int b = named.nextSetBit(a + 1); b >= 0; b = named.nextSetBit(b + 1)) {
            int p = pairIndex(a, b, k);
            for (int t = s - 1; t <= s + 1; t++) {
              BitSet ts = hits.get(t);
              if (ts != null) {
                if (near[p] == null) {
                  near[p] = new BitSet();
                }
                near[p].or(ts);
              }
            }
          }
        }
      }
      int[] topics = distinctIndices(r.getArray(10), topicIndex);
      int days = r.getInt(0);
      long rep = r.getBoolean(1) ? 1L : 0L;
      long[] out = new long[pairs * topics.length];
      int i = 0;
      for (int t : topics) {
        for (int p = 0; p < pairs; p++) {
          long hit = near[p] != null && near[p].get(t) ? 1L : 0L;
          out[i++] = code.pack(days, pairCode[p], t, rep, hit);
        }
      }
      return out;
    }
  }

  /**
   * Contiguous key ranges of the pair-topic sums, one per task after the shuffle; range i + 1
   * starts at {@code starts[i]}. Periods are taken in key order and grouped until a range holds
   * about {@code target} facts; a period with more is split into ranges of equal width in pair
   * codes (uneven in facts when a few countries dominate, but bounded by the period's own size).
   */
  record PairTopicRoutes(long[] starts) implements Serializable {
    /**
     * Facts per range: about 2^20 at most, so a task's sums take up to some 80 MB (when every
     * fact has a key of its own); a period split by pair code can put more in one range when a
     * few countries dominate it.
     */
    static final long MAX_TARGET = 1L << 20;

    static final long MIN_TARGET = 1L << 14;

    /** Ranges of about a 2 x parallelism share of the facts each, within the bounds above. */
    static PairTopicRoutes of(
        SortedMap<Integer, Long> factsPerPeriod,
        Dictionary dict,
        PairTopicCode code,
        int parallelism) {
      long total = 0;
      for (long n : factsPerPeriod.values()) {
        total += n;
      }
      long target =
          Math.max(MIN_TARGET, Math.min(MAX_TARGET, total / (2L * Math.max(1, parallelism))));
      return of(factsPerPeriod, code, dict.codes().length * dict.codes().length, target);
    }

    static PairTopicRoutes of(
        SortedMap<Integer, Long> factsPerPeriod, PairTopicCode code, int pairCodes, long target) {
      List<Long> starts = new ArrayList<>();
      long held = 0;
      for (Map.Entry<Integer, Long> e : factsPerPeriod.entrySet()) {
        int days = e.getKey();
        long n = e.getValue();
        if (held > 0 && held + n > target) {
          starts.add(code.key(days, 0, 0));
          held = 0;
        }
        if (n > target) {
          int pieces = (int) Math.min(pairCodes, (n + target - 1) / target);
          for (int j = 1; j < pieces; j++) {
            starts.add(code.key(days, (int) ((long) j * pairCodes / pieces), 0));
          }
          // the period's last range is full: the next period starts another
          held = target;
        } else {
          held += n;
        }
      }
      return new PairTopicRoutes(starts.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
      return starts.length + 1;
    }

    /** The range holding {@code key}. */
    int of(long key) {
      int i = Arrays.binarySearch(starts, key);
      return i >= 0 ? i + 1 : -(i + 1);
    }
  }

  /** Sends a key to the task of its range: the key is the range's index. */
  static final class ByRoute extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int ranges;

    ByRoute(int ranges) {
      this.ranges = ranges;
    }

    @Override
    public int numPartitions() {
      return ranges;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }
  }

  /**
   * A task's pair-topic facts, packed, in blocks: (range, the facts of that range) once {@link
   * #BLOCK} facts are held (plus one article's) and at the end, so a task holds some 8 MB of them.
   */
  static final class RoutePairTopicFacts
      implements PairFlatMapFunction<Iterator<InternalRow>, Integer, long[]> {
    private static final long serialVersionUID = 1L;
    static final int BLOCK = 1 << 20;
    private final PairTopicFactsOf facts;
    private final PairTopicRoutes routes;
    private final int block;

    RoutePairTopicFacts(PairTopicFactsOf facts, PairTopicRoutes routes) {
      this(facts, routes, BLOCK);
    }

    /** @param block facts held before they are handed on */
    RoutePairTopicFacts(PairTopicFactsOf facts, PairTopicRoutes routes, int block) {
      this.facts = facts;
      this.routes = routes;
      this.block = block;
    }

    @Override
    public Iterator<Tuple2<Integer, long[]>> call(Iterator<InternalRow> articles) {
      int count = routes.count();
      long[][] held = new long[count][];
      int[] sizes = new int[count];
      java.util.ArrayDeque<Tuple2<Integer, long[]>> ready = new java.util.ArrayDeque<>();
      return new Iterator<>() {
        private int total;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty()) {
            if (!articles.hasNext()) {
              if (total == 0) {
                return false;
              }
              flush();
            } else {
              long[] packed = facts.of(articles.next());
              if (packed != null) {
                for (long p : packed) {
                  int r = routes.of(PairTopicCode.keyOf(p));
                  if (held[r] == null) {
                    held[r] = new long[1024];
                  } else if (sizes[r] == held[r].length) {
                    held[r] = Arrays.copyOf(held[r], held[r].length * 2);
                  }
                  held[r][sizes[r]++] = p;
                }
                total += packed.length;
                if (total >= block) {
                  flush();
                }
              }
            }
          }
          return true;
        }

        @Override
        public Tuple2<Integer, long[]> next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return ready.poll();
        }

        private void flush() {
          for (int r = 0; r < count; r++) {
            if (sizes[r] > 0) {
              ready.add(new Tuple2<>(r, Arrays.copyOf(held[r], sizes[r])));
              sizes[r] = 0;
            }
          }
          total = 0;
        }
      };
    }
  }

  /**
   * Sums the packed facts of one key range by key and emits one {@link #PAIR_TOPIC_SUMS} row per
   * key, in key order. A packed fact is its key followed by its two flags, so sorting the facts
   * as plain longs brings each key's facts together, in key order, and one pass sums them: the
   * task holds its facts once (8 bytes each), where a hash table of the sums held 64 to 128
   * bytes per distinct key and was probed again, out of order, for every row emitted.
   */
  static final class SumPairTopicFacts implements FlatMapFunction<Iterator<long[]>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<long[]> blocks) {
      long[] facts = new long[0];
      int n = 0;
      while (blocks.hasNext()) {
        long[] block = blocks.next();
        if (n + (long) block.length > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException(
              "more than 2^31 pair-topic facts in one task: raise the parallelism");
        }
        if (n + block.length > facts.length) {
          long grown = Math.max(n + (long) block.length, 2L * facts.length);
          facts = Arrays.copyOf(facts, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
        System.arraycopy(block, 0, facts, n, block.length);
        n += block.length;
      }
      Arrays.sort(facts, 0, n);
      long[] sorted = facts;
      int end = n;
      return new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < end;
        }

        @Override
        public Row next() {
          if (i >= end) {
            throw new java.util.NoSuchElementException();
          }
          long key = PairTopicCode.keyOf(sorted[i]);
          long both = 0;
          long near = 0;
          long rep = 0;
          long count = 0;
          do {
            long r = PairTopicCode.repOf(sorted[i]);
            long m = PairTopicCode.nearOf(sorted[i]);
            both += r & m;
            near += m;
            rep += r;
            count++;
            i++;
          } while (i < end && PairTopicCode.keyOf(sorted[i]) == key);
          return RowFactory.create(key, both, near, rep, count);
        }
      };
    }
  }
}
