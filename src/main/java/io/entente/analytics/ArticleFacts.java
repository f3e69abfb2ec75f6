package io.entente.analytics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

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
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Per-article facts the pair and region tables aggregate, worked out in one pass over each
 * article's arrays (plain Java, no shuffle): the work a chain of explode, union, group-by-sentence
 * and join steps would otherwise do over millions of rows. Every fact is a compact row of codes,
 * counts and the period; no text.
 */
final class ArticleFacts {
  private ArticleFacts() {}

  static final String REP = Inputs.REP;
  static final String K = "_k";
  static final String SENTENCE_COUNT = "_sentences";
  static final String COOP = "_coop";
  static final String CONF = "_conf";

  /** Internal column: a pair of countries as {@code a * n + b}, indices into the dictionary. */
  static final String PAIR = "_pair";
  /** Internal column: 1 when the pair-topic row's topic is near a sentence naming the pair. */
  static final String NEAR_HIT = "_near_hit";

  /** Internal column: a pair-topic fact packed by a {@link PairTopicCode}. */
  static final String PACKED = "_packed";

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

  /**
   * One row per (article, pair a &lt; b of its countries): {@code _k} the article's number of
   * countries, {@code _pair} the pair's code in the run's {@link Dictionary}, {@code _sentences}
   * the sentences (title = sentence -1) naming both and {@code _coop}/{@code _conf} the
   * cooperation and conflict cues of those sentences. The period is in days ({@code _days}):
   * integers cross from Java to Spark without a date conversion per row.
   */
  static final StructType PAIR_FACT =
      new StructType()
          .add(DAYS, IntegerType, false)
          .add(REP, LongType, false)
          .add(K, IntegerType, false)
          .add(PAIR, IntegerType, false)
          .add(SENTENCE_COUNT, LongType, false)
          .add(COOP, LongType, false)
          .add(CONF, LongType, false);

  /**
   * How one (article, pair a &lt; b of its countries, topic of the article) fact is packed into
   * a long, high bits first: period start in days (offset by 2^19, so any date from the year 535
   * to 3405), pair code, topic code, representative flag, and the near flag (1 when the topic has
   * a hit in a sentence t with |t - s| &lt;= 1 for some sentence s naming both countries). These
   * are the most numerous rows of a run (pairs x topics per article); as one long each they are
   * hashed and shuffled as cheaply as Spark can.
   */
  record PairTopicCode(int pairBits, int topicBits) implements Serializable {
    static final int DAY_BITS = 20;
    static final long DAY_OFFSET = 1L << 19;

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
      long d = days + DAY_OFFSET;
      if (d < 0 || d >= 1L << DAY_BITS) {
        throw new IllegalArgumentException(
            "period start " + LocalDate.ofEpochDay(days) + " is outside 535..3405");
      }
      return ((((d << pairBits | pair) << topicBits | topic) << 1 | rep) << 1) | near;
    }

    /** The grouping key of a packed fact: everything but the two flags. */
    static Column key(Column packed) {
      return shiftright(packed, 2);
    }

    static Column rep(Column packed) {
      return shiftright(packed, 1).bitwiseAND(1L);
    }

    static Column near(Column packed) {
      return packed.bitwiseAND(1L);
    }

    Column periodStart(Column key) {
      return date_from_unix_date(
          shiftright(key, pairBits + topicBits).minus(DAY_OFFSET).cast("int"));
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
      TreeSet<String> codes = new TreeSet<>(SPARK_ORDER);
      TreeSet<String> topics = new TreeSet<>(SPARK_ORDER);
      for (Row v : values) {
        (v.getInt(0) == 0 ? codes : topics).add(v.getString(1));
      }
      return new Dictionary(codes.toArray(new String[0]), topics.toArray(new String[0]));
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

    private static Column valueAt(String[] values, Column index) {
      Column[] lits = Arrays.stream(values).map(v -> lit(v)).toArray(Column[]::new);
      return element_at(array(lits), index.plus(1));
    }
  }

  /**
   * One row per (representative article, region, partner) and one per (representative article,
   * region) with a null partner: the rows {@code region_pair_cooccurrence} counts. See {@link
   * Regions#regionPairCooccurrence} for which partners an article gives a region.
   */
  static final StructType REGION_FACT =
      new StructType()
          .add(Columns.PERIOD_START, DateType, false)
          .add(Columns.REGION, StringType, false)
          .add(Columns.PARTNER, StringType, true)
          .add(Columns.PARTNER_TYPE, StringType, true);

  /** Pair facts of {@code in} (rows of the article schema), coded by {@code dict}. */
  static Dataset<Row> pairFacts(Dataset<Row> in, AnalyticsConfig cfg, Dictionary dict) {
    return factInput(in, cfg)
        .flatMap(new PairFactsOf(cfg.actorOnly(), dict), Encoders.row(PAIR_FACT));
  }

  /**
   * Pair-topic facts of {@code in} (rows of the article schema), each packed by {@code code}
   * into the long column {@link #PACKED}.
   */
  static Dataset<Row> pairTopicFacts(
      Dataset<Row> in, AnalyticsConfig cfg, Dictionary dict, PairTopicCode code) {
    return factInput(in, cfg)
        .flatMap(new PairTopicFactsOf(cfg.actorOnly(), dict, code), Encoders.LONG())
        .toDF(PACKED);
  }

  private static Dataset<Row> factInput(Dataset<Row> in, AnalyticsConfig cfg) {
    return in.select(
        unix_date(col(Columns.PERIOD_START)).as(DAYS),
        col(Columns.IS_REPRESENTATIVE),
        col(cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES),
        col(Columns.MENTIONS),
        col(Columns.TONE),
        col(Columns.TOPIC_HITS),
        col(Columns.TOPICS));
  }

  /** Region facts of the representative articles of {@code in}. */
  static Dataset<Row> regionFacts(
      Dataset<Row> in, AnalyticsConfig cfg, Map<String, List<String>> blocMembers) {
    return in.where(col(Columns.IS_REPRESENTATIVE))
        .select(Columns.PERIOD_START, cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES)
        .flatMap(new RegionFactsOf(blocMembers), Encoders.row(REGION_FACT));
  }

  /** Sorted ({@link #SPARK_ORDER}) distinct strings of an array column. */
  static String[] sortedDistinct(List<String> values) {
    TreeSet<String> sorted = new TreeSet<>(SPARK_ORDER);
    sorted.addAll(values);
    return sorted.toArray(new String[0]);
  }

  /**
   * What the pair facts of one article start from: its sorted distinct countries, which of them
   * each sentence names, and each pair's dictionary code (pairs in row-major order of the upper
   * triangle, see {@link #pairIndex}).
   */
  private abstract static class PairFactsBase<T> implements FlatMapFunction<Row, T> {
    private static final long serialVersionUID = 1L;
    private final boolean actorOnly;
    final Dictionary dict;
    private transient Map<String, Integer> codeIndex;
    transient Map<String, Integer> topicIndex;

    PairFactsBase(boolean actorOnly, Dictionary dict) {
      this.actorOnly = actorOnly;
      this.dict = dict;
    }

    /** The facts of an article with k &gt;= 2 countries. */
    abstract Iterator<T> facts(
        Row r, int k, int[] pairCode, TreeMap<Integer, BitSet> bySentence);

    @Override
    public Iterator<T> call(Row r) {
      String[] codes = sortedDistinct(r.getList(2));
      int k = codes.length;
      if (k < 2) {
        return java.util.Collections.emptyIterator();
      }
      if (codeIndex == null) {
        codeIndex = indexOf(dict.codes());
        topicIndex = indexOf(dict.topics());
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < k; i++) {
        index.put(codes[i], i);
      }
      // sentence -> bit set of the countries named in it (by index into codes)
      TreeMap<Integer, BitSet> bySentence = new TreeMap<>();
      for (Row m : r.<Row>getList(3)) {
        if (!"country".equals(m.getString(1))) {
          continue;
        }
        if (actorOnly && !"actor".equals(m.getString(6))) {
          continue;
        }
        Integer i = index.get(m.getString(0));
        if (i != null) {
          bySentence.computeIfAbsent(m.getInt(4), s -> new BitSet(k)).set(i);
        }
      }
      int n = dict.codes().length;
      int[] pairCode = new int[k * (k - 1) / 2];
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          pairCode[pairIndex(a, b, k)] = codeIndex.get(codes[a]) * n + codeIndex.get(codes[b]);
        }
      }
      return facts(r, k, pairCode, bySentence);
    }

    private static Map<String, Integer> indexOf(String[] values) {
      Map<String, Integer> out = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        out.put(values[i], i);
      }
      return out;
    }
  }

  /** Position of pair (a, b), a &lt; b &lt; k, in row-major order of the upper triangle. */
  static int pairIndex(int a, int b, int k) {
    return a * (2 * k - a - 1) / 2 + (b - a - 1);
  }

  /** The {@link #PAIR_FACT} rows of one article. */
  static final class PairFactsOf extends PairFactsBase<Row> {
    private static final long serialVersionUID = 1L;

    PairFactsOf(boolean actorOnly, Dictionary dict) {
      super(actorOnly, dict);
    }

    @Override
    Iterator<Row> facts(
        Row r, int k, int[] pairCode, TreeMap<Integer, BitSet> bySentence) {
      Map<Integer, long[]> tone = new HashMap<>();
      for (Row t : r.<Row>getList(4)) {
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
      List<Row> out = new ArrayList<>(pairs);
      for (int p = 0; p < pairs; p++) {
        out.add(RowFactory.create(days, rep, k, pairCode[p], sentences[p], coop[p], conf[p]));
      }
      return out.iterator();
    }
  }

  /** The pair-topic facts of one article, packed by a {@link PairTopicCode}. */
  static final class PairTopicFactsOf extends PairFactsBase<Long> {
    private static final long serialVersionUID = 1L;
    private final PairTopicCode code;

    PairTopicFactsOf(boolean actorOnly, Dictionary dict, PairTopicCode code) {
      super(actorOnly, dict);
      this.code = code;
    }

    @Override
    Iterator<Long> facts(
        Row r, int k, int[] pairCode, TreeMap<Integer, BitSet> bySentence) {
      // sentence -> topic codes with a hit in it
      Map<Integer, BitSet> hits = new HashMap<>();
      for (Row h : r.<Row>getList(5)) {
        Integer t = topicIndex.get(h.getString(0));
        if (t != null) {
          hits.computeIfAbsent(h.getInt(1), s -> new BitSet()).set(t);
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
      String[] topics = sortedDistinct(r.getList(6));
      int days = r.getInt(0);
      long rep = r.getBoolean(1) ? 1L : 0L;
      List<Long> out = new ArrayList<>(pairs * topics.length);
      for (String topic : topics) {
        int t = topicIndex.get(topic);
        for (int p = 0; p < pairs; p++) {
          long hit = near[p] != null && near[p].get(t) ? 1L : 0L;
          out.add(code.pack(days, pairCode[p], t, rep, hit));
        }
      }
      return out.iterator();
    }
  }

  static final class RegionFactsOf implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String[]> regionsOf = new HashMap<>();

    RegionFactsOf(Map<String, List<String>> blocMembers) {
      TreeMap<String, TreeSet<String>> byCountry = new TreeMap<>();
      blocMembers.forEach(
          (region, members) -> {
            for (String m : members) {
              byCountry.computeIfAbsent(m, c -> new TreeSet<>()).add(region);
            }
          });
      byCountry.forEach((c, rs) -> regionsOf.put(c, rs.toArray(new String[0])));
    }

    @Override
    public Iterator<Row> call(Row r) {
      String[] codes = sortedDistinct(r.getList(1));
      if (codes.length < 2) {
        return java.util.Collections.emptyIterator();
      }
      Object period = r.get(0);
      String[] empty = new String[0];
      // region -> partner -> type, sorted so the rows come out in one order
      TreeMap<String, TreeMap<String, String>> partners = new TreeMap<>();
      for (String x : codes) {
        for (String region : regionsOf.getOrDefault(x, empty)) {
          TreeMap<String, String> of = partners.computeIfAbsent(region, c -> new TreeMap<>());
          for (String y : codes) {
            if (y.equals(x)) {
              continue;
            }
            String[] ry = regionsOf.getOrDefault(y, empty);
            if (Arrays.asList(ry).contains(region)) {
              of.put(region + "\u0000" + Regions.PARTNER_REGION, Regions.PARTNER_REGION);
            } else {
              of.put(y + "\u0000" + Regions.PARTNER_COUNTRY, Regions.PARTNER_COUNTRY);
            }
            for (String r2 : ry) {
              if (!r2.equals(region)) {
                of.put(r2 + "\u0000" + Regions.PARTNER_REGION, Regions.PARTNER_REGION);
              }
            }
          }
        }
      }
      List<Row> out = new ArrayList<>();
      for (Map.Entry<String, TreeMap<String, String>> e : partners.entrySet()) {
        out.add(RowFactory.create(period, e.getKey(), null, null));
        for (Map.Entry<String, String> p : e.getValue().entrySet()) {
          String partner = p.getKey().substring(0, p.getKey().indexOf('\u0000'));
          out.add(RowFactory.create(period, e.getKey(), partner, p.getValue()));
        }
      }
      return out.iterator();
    }
  }
}
