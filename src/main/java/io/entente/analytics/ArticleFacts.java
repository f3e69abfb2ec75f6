package io.entente.analytics;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
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
  static final String NEAR = "_near";

  /**
   * One row per (article, pair a &lt; b of its countries): {@code _k} the article's number of
   * countries, {@code _sentences} the sentences (title = sentence -1) naming both, {@code
   * _coop}/{@code _conf} the cooperation and conflict cues of those sentences, {@code _near} the
   * sorted topics with a hit in a sentence t with |t - s| &lt;= 1 for some such sentence s, and the
   * article's topics.
   */
  static final StructType PAIR_FACT =
      new StructType()
          .add(Columns.PERIOD_START, DateType, false)
          .add(REP, LongType, false)
          .add(K, IntegerType, false)
          .add(Columns.COUNTRY_A, StringType, false)
          .add(Columns.COUNTRY_B, StringType, false)
          .add(SENTENCE_COUNT, LongType, false)
          .add(COOP, LongType, false)
          .add(CONF, LongType, false)
          .add(NEAR, createArrayType(StringType, false), false)
          .add(Columns.TOPICS, createArrayType(StringType, false), false);

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

  /** Pair facts of {@code in} (rows of the article schema). */
  static Dataset<Row> pairFacts(Dataset<Row> in, AnalyticsConfig cfg) {
    return in.select(
            Columns.PERIOD_START,
            Columns.IS_REPRESENTATIVE,
            cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES,
            Columns.MENTIONS,
            Columns.TONE,
            Columns.TOPIC_HITS,
            Columns.TOPICS)
        .flatMap(new PairFactsOf(cfg.actorOnly()), Encoders.row(PAIR_FACT));
  }

  /** Region facts of the representative articles of {@code in}. */
  static Dataset<Row> regionFacts(
      Dataset<Row> in, AnalyticsConfig cfg, Map<String, List<String>> blocMembers) {
    return in.where(org.apache.spark.sql.functions.col(Columns.IS_REPRESENTATIVE))
        .select(Columns.PERIOD_START, cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES)
        .flatMap(new RegionFactsOf(blocMembers), Encoders.row(REGION_FACT));
  }

  /** Sorted distinct strings of an array column. */
  static String[] sortedDistinct(List<String> values) {
    return new TreeSet<>(values).toArray(new String[0]);
  }

  static final class PairFactsOf implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean actorOnly;

    PairFactsOf(boolean actorOnly) {
      this.actorOnly = actorOnly;
    }

    @Override
    public Iterator<Row> call(Row r) {
      String[] codes = sortedDistinct(r.getList(2));
      int k = codes.length;
      if (k < 2) {
        return java.util.Collections.emptyIterator();
      }
      Object period = r.get(0);
      long rep = r.getBoolean(1) ? 1L : 0L;
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < k; i++) {
        index.put(codes[i], i);
      }
      // sentence -> bit set of the countries named in it (by index into codes)
      TreeMap<Integer, java.util.BitSet> bySentence = new TreeMap<>();
      for (Row m : r.<Row>getList(3)) {
        if (!"country".equals(m.getString(1))) {
          continue;
        }
        if (actorOnly && !"actor".equals(m.getString(6))) {
          continue;
        }
        Integer i = index.get(m.getString(0));
        if (i != null) {
          bySentence.computeIfAbsent(m.getInt(4), s -> new java.util.BitSet(k)).set(i);
        }
      }
      Map<Integer, long[]> tone = new HashMap<>();
      for (Row t : r.<Row>getList(4)) {
        long[] cc = tone.computeIfAbsent(t.getInt(0), s -> new long[2]);
        cc[0] += t.getInt(1) + t.getInt(2);
        cc[1] += t.getInt(3) + t.getInt(4);
      }
      Map<Integer, List<String>> hits = new HashMap<>();
      for (Row h : r.<Row>getList(5)) {
        hits.computeIfAbsent(h.getInt(1), s -> new ArrayList<>()).add(h.getString(0));
      }
      Object[] topics = sortedDistinct(r.getList(6));
      int pairs = k * (k - 1) / 2;
      long[] sentences = new long[pairs];
      long[] coop = new long[pairs];
      long[] conf = new long[pairs];
      @SuppressWarnings("unchecked")
      TreeSet<String>[] near = new TreeSet[pairs];
      for (Map.Entry<Integer, java.util.BitSet> e : bySentence.entrySet()) {
        java.util.BitSet named = e.getValue();
        if (named.cardinality() < 2) {
          continue;
        }
        int s = e.getKey();
        long[] cc = tone.getOrDefault(s, new long[2]);
        for (int a = named.nextSetBit(0); a >= 0; a = named.nextSetBit(a + 1)) {
          for (int b = named.nextSetBit(a + 1); b >= 0; b = named.nextSetBit(b + 1)) {
            int p = pairIndex(a, b, k);
            sentences[p]++;
            coop[p] += cc[0];
            conf[p] += cc[1];
            for (int t = s - 1; t <= s + 1; t++) {
              List<String> ts = hits.get(t);
              if (ts != null) {
                if (near[p] == null) {
                  near[p] = new TreeSet<>();
                }
                near[p].addAll(ts);
              }
            }
          }
        }
      }
      List<Row> out = new ArrayList<>(pairs);
      Object[] none = new Object[0];
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          int p = pairIndex(a, b, k);
          out.add(
              RowFactory.create(
                  period,
                  rep,
                  k,
                  codes[a],
                  codes[b],
                  sentences[p],
                  coop[p],
                  conf[p],
                  near[p] == null ? none : near[p].toArray(),
                  topics));
        }
      }
      return out.iterator();
    }

    /** Position of pair (a, b), a &lt; b &lt; k, in row-major order of the upper triangle. */
    static int pairIndex(int a, int b, int k) {
      return a * (2 * k - a - 1) / 2 + (b - a - 1);
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
