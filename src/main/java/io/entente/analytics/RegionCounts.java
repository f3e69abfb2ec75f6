package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.LongType;

import io.entente.model.Columns;
import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * The counts both region tables are built from, in one pass over the representative articles:
 * each task counts its articles by (period, kind, region, partner or topic) in primitive arrays
 * ({@link LongKeySums}) on integer codes, and only those counts are shuffled and summed. Kinds:
 *
 * <ul>
 *   <li>{@link #PARTNER}: articles in which region R has the partner (see {@link
 *       Regions#regionPairCooccurrence}); {@link #PAIR_REGION}: articles where a member of R
 *       co-occurs with any other country;
 *   <li>{@link #TOPIC}: articles naming a member of R with the topic; {@link #TOPIC_REGION}:
 *       articles naming a member of R.
 * </ul>
 */
final class RegionCounts {
  private RegionCounts() {}

  static final int PARTNER = 0;
  static final int PAIR_REGION = 1;
  static final int TOPIC = 2;
  static final int TOPIC_REGION = 3;

  /** Internal columns of the counts. */
  static final String KIND = "_kind";

  static final String OTHER = "_other";

  /**
   * Keys a task counts before it hands its counts on and starts again: bounds its memory (4 to 8
   * MB of primitive arrays) whatever the size of its partition.
   */
  static final int FLUSH_AT = 1 << 17;

  private static final String KEY = "_key";
  private static final String N = "_n";

  static final StructType PARTIAL =
      new StructType().add(KEY, LongType, false).add(N, LongType, false);

  /**
   * The codes of a run's regions: regions, countries and topics by index, partners numbered
   * countries first ({@code 0..codes-1}), then regions; {@link #none} stands for no partner or
   * topic (the per-region totals).
   */
  record Code(String[] regions, String[] codes, String[] topics, int[][] regionsOfCode)
      implements Serializable {
    static Code of(ArticleFacts.Dictionary dict, Map<String, List<String>> blocMembers) {
      String[] regions = new TreeSet<>(blocMembers.keySet()).toArray(new String[0]);
      Map<String, Integer> codeIndex = ArticleFacts.indexOf(dict.codes());
      TreeMap<Integer, TreeSet<Integer>> byCode = new TreeMap<>();
      for (int r = 0; r < regions.length; r++) {
        for (String m : blocMembers.get(regions[r])) {
          Integer c = codeIndex.get(m);
          if (c != null) {
            byCode.computeIfAbsent(c, k -> new TreeSet<>()).add(r);
          }
        }
      }
      int[][] regionsOfCode = new int[dict.codes().length][];
      for (int c = 0; c < regionsOfCode.length; c++) {
        TreeSet<Integer> rs = byCode.get(c);
        regionsOfCode[c] =
            rs == null ? new int[0] : rs.stream().mapToInt(Integer::intValue).toArray();
      }
      Code code = new Code(regions, dict.codes(), dict.topics(), regionsOfCode);
      if (ArticleFacts.DAY_BITS + 2 + code.regionBits() + code.otherBits() > 63) {
        throw new IllegalStateException(
            "too many regions (" + regions.length + "), countries and topics to pack a count");
      }
      return code;
    }

    int none() {
      return Math.max(codes.length + regions.length, topics.length);
    }

    int regionBits() {
      return ArticleFacts.PairTopicCode.bitsFor(regions.length);
    }

    int otherBits() {
      return ArticleFacts.PairTopicCode.bitsFor(none() + 1L);
    }

    long key(int days, int kind, int region, int other) {
      long d = ArticleFacts.offsetDays(days);
      return (((d << 2 | kind) << regionBits() | region) << otherBits()) | other;
    }
  }

  /**
   * (_kind, period_start, region, _other, articles): one row per (kind, period, region, partner
   * or topic) with its count; {@code _other} is the partner's or topic's index ({@link
   * Code#none} for the per-region totals).
   */
  static Dataset<Row> of(Dataset<Row> in, AnalyticsConfig cfg, Code code) {
    Column key = col(KEY);
    int otherBits = code.otherBits();
    int regionBits = code.regionBits();
    JavaRDD<InternalRow> articles =
        CodedCounts.internalRows(
            in.where(col(Columns.IS_REPRESENTATIVE))
                .select(
                    unix_date(col(Columns.PERIOD_START)),
                    col(cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES),
                    col(Columns.TOPICS)));
    return in.sparkSession()
        .createDataFrame(articles.mapPartitions(new CountsOf(code, FLUSH_AT)), PARTIAL)
        .groupBy(key)
        .agg(sum(N).as(Columns.ARTICLES))
        .select(
            shiftright(key, regionBits + otherBits).bitwiseAND(3L).cast("int").as(KIND),
            ArticleFacts.periodStartOf(key, regionBits + otherBits + 2).as(Columns.PERIOD_START),
            ArticleFacts.valueAt(
                    code.regions(),
                    shiftright(key, otherBits).bitwiseAND((1L << regionBits) - 1).cast("int"))
                .as(Columns.REGION),
            key.bitwiseAND((1L << otherBits) - 1).cast("int").as(OTHER),
            col(Columns.ARTICLES));
  }

  /** (period_start, region, {@code columns}, articles): the counts of one kind. */
  static Dataset<Row> ofKind(Dataset<Row> counts, int kind, Column... columns) {
    Column[] select = new Column[columns.length + 3];
    select[0] = col(Columns.PERIOD_START);
    select[1] = col(Columns.REGION);
    System.arraycopy(columns, 0, select, 2, columns.length);
    select[select.length - 1] = col(Columns.ARTICLES);
    return counts.where(col(KIND).equalTo(kind)).select(select);
  }

  /** (period_start, region, region_articles): the per-region totals of one kind. */
  static Dataset<Row> regionArticles(Dataset<Row> counts, int kind) {
    return ofKind(counts, kind).withColumnRenamed(Columns.ARTICLES, Columns.REGION_ARTICLES);
  }

  /** The partner of a {@link #PARTNER} count: a country code or a region id. */
  static Column partner(Code code) {
    Column other = col(OTHER);
    int n = code.codes().length;
    return when(other.lt(n), ArticleFacts.valueAt(code.codes(), other))
        .otherwise(ArticleFacts.valueAt(code.regions(), other.minus(n)));
  }

  static Column partnerType(Code code) {
    return when(col(OTHER).lt(code.codes().length), lit(Regions.PARTNER_COUNTRY))
        .otherwise(lit(Regions.PARTNER_REGION));
  }

  /** The topic of a {@link #TOPIC} count. */
  static Column topic(Code code) {
    return ArticleFacts.valueAt(code.topics(), col(OTHER));
  }

  /** Counts a task's articles ((days, countries, topics) rows, read in place) by key. */
  static final class CountsOf extends CodedCounts {
    private static final long serialVersionUID = 1L;
    private final Code code;

    CountsOf(Code code, int flushAt) {
      super(code.codes(), code.topics(), 1, flushAt);
      this.code = code;
    }

    /** Adds one article's counts. */
    @Override
    void count(InternalRow article, LongKeySums counts) {
      if (article.isNullAt(1)) {
        return;
      }
      int days = article.getInt(0);
      int[] codes = countries(article.getArray(1));
      int k = codes.length;
      int none = code.none();
      int n = code.codes().length;
      int[][] regionsOf = code.regionsOfCode();
      // the article's regions (any member named), then its topics in each of them
      BitSet regions = new BitSet();
      for (int c : codes) {
        for (int r : regionsOf[c]) {
          regions.set(r);
        }
      }
      if (!regions.isEmpty()) {
        BitSet topics = new BitSet();
        if (!article.isNullAt(2)) {
          for (int t : topics(article.getArray(2))) {
            topics.set(t);
          }
        }
        for (int r = regions.nextSetBit(0); r >= 0; r = regions.nextSetBit(r + 1)) {
          add(counts, code.key(days, TOPIC_REGION, r, none));
          for (int t = topics.nextSetBit(0); t >= 0; t = topics.nextSetBit(t + 1)) {
            add(counts, code.key(days, TOPIC, r, t));
          }
        }
      }
      if (k < 2) {
        return;
      }
      // (region, partner) pairs of the article, each once: partners are countries 0..n-1 and
      // regions n..; a member y of R is the partner R itself, another country is a partner as
      // itself, and each other region of y is a partner too
      int partners = n + code.regions().length;
      BitSet seen = new BitSet();
      for (int x : codes) {
        for (int r : regionsOf[x]) {
          for (int y : codes) {
            if (y == x) {
              continue;
            }
            int[] ry = regionsOf[y];
            seen.set(r * partners + (Arrays.binarySearch(ry, r) >= 0 ? n + r : y));
            for (int r2 : ry) {
              if (r2 != r) {
                seen.set(r * partners + n + r2);
              }
            }
          }
        }
      }
      int lastRegion = -1;
      for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
        int r = i / partners;
        if (r != lastRegion) {
          add(counts, code.key(days, PAIR_REGION, r, none));
          lastRegion = r;
        }
        add(counts, code.key(days, PARTNER, r, i % partners));
      }
    }

    private static void add(LongKeySums counts, long key) {
      counts.add(counts.at(key), 0, 1L);
    }
  }
}
