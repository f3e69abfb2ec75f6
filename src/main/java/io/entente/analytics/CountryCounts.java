package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.types.DataTypes.LongType;

import io.entente.model.Columns;
import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.StructType;

/**
 * The counts the country tables are built from, in one pass over the articles (as {@link
 * RegionCounts} for regions): each task counts its articles by (period, kind, country, topic) on
 * the run's integer codes in primitive arrays, and only those counts are shuffled and summed.
 * Kinds:
 *
 * <ul>
 *   <li>{@link #COUNTRY}: per (period, country), the representative articles naming the country,
 *       all articles naming it, its mentions summed over the representative ones, and the
 *       representative articles that name it with at least one other country (its weighted
 *       degree: an article with k countries spreads one unit over each country's k - 1
 *       partners, so the pair weights of a country sum to exactly this count);
 *   <li>{@link #COUNTRY_TOPIC}: per (period, country, topic), the representative articles naming
 *       the country with the topic (a key whose articles are all copies has a count of 0).
 * </ul>
 *
 * Countries are those of the run's roles ({@link Inputs#codes}); an article's mentions are those
 * of its {@code country_salience} entries for the country.
 */
final class CountryCounts {
  private CountryCounts() {}

  static final int COUNTRY = 0;
  static final int COUNTRY_TOPIC = 1;

  /** Internal column of the counts: their kind. */
  static final String KIND = "_kind";

  private static final String KEY = "_key";
  private static final String REPS = "_reps";
  private static final String ALL = "_all";
  private static final String MENTIONS = "_mentions";
  private static final String PARTNERED = "_partnered";

  /** Output column of {@link #countries}: representative articles naming another country too. */
  static final String PARTNERED_ARTICLES = "partnered_articles";

  static final StructType PARTIAL =
      new StructType()
          .add(KEY, LongType, false)
          .add(REPS, LongType, false)
          .add(ALL, LongType, false)
          .add(MENTIONS, LongType, false)
          .add(PARTNERED, LongType, false);

  /** How a count's key is packed: period days, kind, country code, topic code, high bits first. */
  record Code(int countries, int topics) implements java.io.Serializable {
    static Code of(ArticleFacts.Dictionary dict) {
      Code code = new Code(dict.codes().length, dict.topics().length);
      if (ArticleFacts.DAY_BITS + 1 + code.countryBits() + code.topicBits() > 63) {
        throw new IllegalStateException(
            "too many countries (" + code.countries + ") and topics to pack a count");
      }
      return code;
    }

    int countryBits() {
      return ArticleFacts.PairTopicCode.bitsFor(countries);
    }

    int topicBits() {
      return ArticleFacts.PairTopicCode.bitsFor(topics);
    }

    long key(int days, int kind, int country, int topic) {
      long d = ArticleFacts.offsetDays(days);
      return ((d << 1 | kind) << countryBits() | country) << topicBits() | topic;
    }
  }

  /**
   * (_kind, period_start, country, topic, articles, articles_raw, mentions, partnered_articles):
   * one row per count;
   * {@code topic} is that of topic code 0 for {@link #COUNTRY} counts (select by kind, see {@link
   * #countries} and {@link #countryTopics}).
   */
  static Dataset<Row> of(Dataset<Row> in, AnalyticsConfig cfg, ArticleFacts.Dictionary dict) {
    return of(in, cfg, dict, RegionCounts.FLUSH_AT);
  }

  /** The same, each task handing its counts on whenever {@code flushAt} keys are held. */
  static Dataset<Row> of(
      Dataset<Row> in, AnalyticsConfig cfg, ArticleFacts.Dictionary dict, int flushAt) {
    Code code = Code.of(dict);
    int topicBits = code.topicBits();
    int countryBits = code.countryBits();
    JavaRDD<InternalRow> articles =
        CodedCounts.internalRows(
            in.select(
                unix_date(col(Columns.PERIOD_START)),
                col(Columns.IS_REPRESENTATIVE),
                Inputs.codes(cfg),
                col(Columns.COUNTRY_SALIENCE + "." + Columns.CODE),
                col(Columns.COUNTRY_SALIENCE + "." + Columns.MENTIONS),
                col(Columns.TOPICS)));
    Column key = col(KEY);
    return in.sparkSession()
        .createDataFrame(articles.mapPartitions(new CountsOf(dict, flushAt)), PARTIAL)
        .groupBy(KEY)
        .agg(
            sum(REPS).as(REPS),
            sum(ALL).as(ALL),
            sum(MENTIONS).as(MENTIONS),
            sum(PARTNERED).as(PARTNERED))
        .select(
            shiftright(key, countryBits + topicBits).bitwiseAND(1L).cast("int").as(KIND),
            ArticleFacts.periodStartOf(key, countryBits + topicBits + 1).as(Columns.PERIOD_START),
            ArticleFacts.valueAt(
                    dict.codes(),
                    shiftright(key, topicBits).bitwiseAND((1L << countryBits) - 1).cast("int"))
                .as(Columns.COUNTRY),
            ArticleFacts.valueAt(dict.topics(), key.bitwiseAND((1L << topicBits) - 1).cast("int"))
                .as(Columns.TOPIC),
            col(REPS).as(Columns.ARTICLES),
            col(ALL).as(Columns.ARTICLES_RAW),
            col(MENTIONS).as(Columns.MENTIONS),
            col(PARTNERED).as(PARTNERED_ARTICLES));
  }

  /** (period_start, country, articles, articles_raw, mentions, partnered_articles), sparse. */
  static Dataset<Row> countries(Dataset<Row> counts) {
    return counts
        .where(col(KIND).equalTo(COUNTRY))
        .select(
            Columns.PERIOD_START,
            Columns.COUNTRY,
            Columns.ARTICLES,
            Columns.ARTICLES_RAW,
            Columns.MENTIONS,
            PARTNERED_ARTICLES);
  }

  /** (period_start, country, topic, articles), sparse. */
  static Dataset<Row> countryTopics(Dataset<Row> counts) {
    return counts
        .where(col(KIND).equalTo(COUNTRY_TOPIC))
        .select(Columns.PERIOD_START, Columns.COUNTRY, Columns.TOPIC, Columns.ARTICLES);
  }

  /** Counts a task's articles, read in place as Spark's internal rows. */
  static final class CountsOf extends CodedCounts {
    private static final long serialVersionUID = 1L;
    private final Code code;

    CountsOf(ArticleFacts.Dictionary dict, int flushAt) {
      super(dict.codes(), dict.topics(), 4, flushAt);
      this.code = Code.of(dict);
    }

    @Override
    void count(InternalRow article, LongKeySums sums) {
      if (article.isNullAt(2)) {
        return;
      }
      int[] ids = countries(article.getArray(2));
      if (ids.length == 0) {
        return;
      }
      int days = article.getInt(0);
      long rep = article.getBoolean(1) ? 1L : 0L;
      long[] mentions = new long[ids.length];
      if (rep == 1L && !article.isNullAt(3)) {
        ArrayData codes = article.getArray(3);
        ArrayData counts = article.getArray(4);
        for (int s = 0; s < codes.numElements(); s++) {
          Integer id = country(codes.getUTF8String(s));
          int i = id == null ? -1 : Arrays.binarySearch(ids, id);
          if (i >= 0) {
            mentions[i] += counts.getInt(s);
          }
        }
      }
      int[] topics = article.isNullAt(5) ? new int[0] : topics(article.getArray(5));
      for (int i = 0; i < ids.length; i++) {
        int at = sums.at(code.key(days, COUNTRY, ids[i], 0));
        sums.add(at, 0, rep);
        sums.add(at, 1, 1L);
        sums.add(at, 2, mentions[i]);
        sums.add(at, 3, ids.length > 1 ? rep : 0L);
        for (int t : topics) {
          sums.add(sums.at(code.key(days, COUNTRY_TOPIC, ids[i], t)), 0, rep);
        }
      }
    }
  }
}
