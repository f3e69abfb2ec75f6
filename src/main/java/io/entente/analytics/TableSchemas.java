package io.entente.analytics;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.entente.model.Columns;
import io.entente.model.Schemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * Declared schemas and grain keys of every output table. docs/tables.md documents each column;
 * TableDocsTest keeps the two in step.
 */
public final class TableSchemas {
  private TableSchemas() {}

  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String PAIR_COOCCURRENCE = "pair_cooccurrence";
  public static final String TOPIC_TRENDS = "topic_trends";
  public static final String COUNTRY_TRENDS = "country_trends";
  public static final String COUNTRY_TOPIC_TRENDS = "country_topic_trends";
  public static final String PAIR_TOPIC_TRENDS = "pair_topic_trends";
  public static final String REGION_PAIR_COOCCURRENCE = "region_pair_cooccurrence";
  public static final String REGION_TOPIC_TRENDS = "region_topic_trends";
  public static final String REGIONS = "regions";

  private static StructType periodKey() {
    return new StructType()
        .add(Columns.PERIOD, StringType, false)
        .add(Columns.PERIOD_START, DateType, false);
  }

  private static StructType withTrends(StructType t) {
    return t.add(Columns.ROLLING_MEAN, DoubleType, true)
        .add(Columns.CHANGE_PREV, DoubleType, true)
        .add(Columns.CHANGE_YOY, DoubleType, true)
        .add(Columns.ZSCORE, DoubleType, true)
        .add(Columns.IS_SPIKE, BooleanType, false);
  }

  public static final StructType PAIR_COOCCURRENCE_SCHEMA =
      periodKey()
          .add(Columns.COUNTRY_A, StringType, false)
          .add(Columns.COUNTRY_B, StringType, false)
          .add(Columns.ARTICLES, LongType, false)
          .add(Columns.ARTICLES_RAW, LongType, false)
          .add(Columns.SENTENCES, LongType, false)
          .add(Columns.WEIGHT, DoubleType, false)
          .add(Columns.ARTICLES_A, LongType, false)
          .add(Columns.ARTICLES_B, LongType, false)
          .add(Columns.PERIOD_ARTICLES, LongType, false)
          .add(Columns.EXPECTED, DoubleType, true)
          .add(Columns.LIFT, DoubleType, true)
          .add(Columns.PMI, DoubleType, true)
          .add(Columns.NPMI, DoubleType, true)
          .add(Columns.JACCARD, DoubleType, true)
          .add(Columns.TOP_TOPICS, createArrayType(StringType, false), false)
          .add(Columns.COOPERATION, IntegerType, false)
          .add(Columns.CONFLICT, IntegerType, false)
          .add(Columns.COOPERATION_INDEX, DoubleType, true);

  public static final StructType TOPIC_TRENDS_SCHEMA =
      withTrends(
          periodKey()
              .add(Columns.TOPIC, StringType, false)
              .add(Columns.ARTICLES, LongType, false)
              .add(Columns.ARTICLES_RAW, LongType, false)
              .add(Columns.PERIOD_ARTICLES, LongType, false)
              .add(Columns.SHARE, DoubleType, false));

  public static final StructType COUNTRY_TRENDS_SCHEMA =
      withTrends(
          periodKey()
              .add(Columns.COUNTRY, StringType, false)
              .add(Columns.ARTICLES, LongType, false)
              .add(Columns.ARTICLES_RAW, LongType, false)
              .add(Columns.MENTIONS, LongType, false)
              .add(Columns.PERIOD_ARTICLES, LongType, false)
              .add(Columns.SHARE, DoubleType, false)
              .add(Columns.PARTNERS, LongType, false)
              .add(Columns.WEIGHTED_DEGREE, DoubleType, false));

  public static final StructType COUNTRY_TOPIC_TRENDS_SCHEMA =
      withTrends(
          periodKey()
              .add(Columns.COUNTRY, StringType, false)
              .add(Columns.TOPIC, StringType, false)
              .add(Columns.ARTICLES, LongType, false)
              .add(Columns.COUNTRY_ARTICLES, LongType, false)
              .add(Columns.SHARE, DoubleType, false));

  public static final StructType PAIR_TOPIC_TRENDS_SCHEMA =
      periodKey()
          .add(Columns.COUNTRY_A, StringType, false)
          .add(Columns.COUNTRY_B, StringType, false)
          .add(Columns.TOPIC, StringType, false)
          .add(Columns.ARTICLES_SENTENCE, LongType, false)
          .add(Columns.ARTICLES_ARTICLE, LongType, false)
          .add(Columns.ARTICLES_SENTENCE_RAW, LongType, false)
          .add(Columns.ARTICLES_ARTICLE_RAW, LongType, false);

  public static final StructType REGION_PAIR_COOCCURRENCE_SCHEMA =
      periodKey()
          .add(Columns.REGION, StringType, false)
          .add(Columns.PARTNER, StringType, false)
          .add(Columns.PARTNER_TYPE, StringType, false)
          .add(Columns.IS_INTRA_REGION, BooleanType, false)
          .add(Columns.ARTICLES, LongType, false)
          .add(Columns.REGION_ARTICLES, LongType, false)
          .add(Columns.SHARE, DoubleType, false);

  public static final StructType REGION_TOPIC_TRENDS_SCHEMA =
      withTrends(
          periodKey()
              .add(Columns.REGION, StringType, false)
              .add(Columns.TOPIC, StringType, false)
              .add(Columns.ARTICLES, LongType, false)
              .add(Columns.REGION_ARTICLES, LongType, false)
              .add(Columns.SHARE, DoubleType, false));

  /** The member lists the region tables were computed from (a lookup, not an aggregate). */
  public static final StructType REGIONS_SCHEMA =
      new StructType()
          .add(Columns.REGION, StringType, false)
          .add("region_name", StringType, false)
          .add(Columns.COUNTRY, StringType, false);

  /** Every output table by name, articles and rejects included, in documentation order. */
  public static final Map<String, StructType> ALL;

  /** The grain key of every output table: the columns that identify one row. */
  public static final Map<String, List<String>> KEYS;

  static {
    Map<String, StructType> all = new LinkedHashMap<>();
    all.put(ARTICLES, Schemas.ARTICLE);
    all.put(REJECTS, Schemas.REJECT);
    all.put(PAIR_COOCCURRENCE, PAIR_COOCCURRENCE_SCHEMA);
    all.put(TOPIC_TRENDS, TOPIC_TRENDS_SCHEMA);
    all.put(COUNTRY_TRENDS, COUNTRY_TRENDS_SCHEMA);
    all.put(COUNTRY_TOPIC_TRENDS, COUNTRY_TOPIC_TRENDS_SCHEMA);
    all.put(PAIR_TOPIC_TRENDS, PAIR_TOPIC_TRENDS_SCHEMA);
    all.put(REGION_PAIR_COOCCURRENCE, REGION_PAIR_COOCCURRENCE_SCHEMA);
    all.put(REGION_TOPIC_TRENDS, REGION_TOPIC_TRENDS_SCHEMA);
    all.put(REGIONS, REGIONS_SCHEMA);
    ALL = java.util.Collections.unmodifiableMap(all);

    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put(ARTICLES, List.of(Columns.ARTICLE_ID));
    // a reject has no unique key: record_offset is null when a whole file fails
    keys.put(REJECTS, List.of());
    keys.put(PAIR_COOCCURRENCE, List.of(Columns.PERIOD, Columns.COUNTRY_A, Columns.COUNTRY_B));
    keys.put(TOPIC_TRENDS, List.of(Columns.PERIOD, Columns.TOPIC));
    keys.put(COUNTRY_TRENDS, List.of(Columns.PERIOD, Columns.COUNTRY));
    keys.put(COUNTRY_TOPIC_TRENDS, List.of(Columns.PERIOD, Columns.COUNTRY, Columns.TOPIC));
    keys.put(
        PAIR_TOPIC_TRENDS,
        List.of(Columns.PERIOD, Columns.COUNTRY_A, Columns.COUNTRY_B, Columns.TOPIC));
    keys.put(
        REGION_PAIR_COOCCURRENCE,
        List.of(Columns.PERIOD, Columns.REGION, Columns.PARTNER, Columns.PARTNER_TYPE));
    keys.put(REGION_TOPIC_TRENDS, List.of(Columns.PERIOD, Columns.REGION, Columns.TOPIC));
    keys.put(REGIONS, List.of(Columns.REGION, Columns.COUNTRY));
    KEYS = java.util.Collections.unmodifiableMap(keys);
  }
}
