package io.entente.model;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The declared schemas of Entente's canonical article and of the tables every stage passes on.
 * Column names are constants in {@link Columns}; docs/tables.md documents each field.
 */
public final class Schemas {
  private Schemas() {}

  /** One canonical article after reading and normalising any input format. */
  public static final StructType CANONICAL_ARTICLE =
      new StructType()
          .add(Columns.ID, StringType, false)
          .add(Columns.DATE, DateType, false)
          .add(Columns.TITLE, StringType, true)
          .add(Columns.TEXT, StringType, false)
          .add(Columns.SOURCE, StringType, true)
          .add(Columns.URL, StringType, true)
          .add(Columns.LANGUAGE, StringType, true)
          .add(Columns.DATELINE, StringType, true)
          .add(Columns.SOURCE_FILE, StringType, false)
          .add(Columns.RECORD_OFFSET, LongType, true);

  /** One mention of a country or bloc inside an article. */
  public static final StructType MENTION =
      new StructType()
          .add(Columns.CODE, StringType, false)
          .add(Columns.TYPE, StringType, false)
          .add(Columns.MATCHED, StringType, false)
          .add(Columns.OFFSET, IntegerType, false)
          .add(Columns.SENTENCE, IntegerType, false)
          .add(Columns.RULE, StringType, false)
          .add(Columns.ROLE, StringType, false);

  /** One topic found in one sentence. */
  public static final StructType TOPIC_HIT =
      new StructType()
          .add(Columns.TOPIC, StringType, false)
          .add(Columns.SENTENCE, IntegerType, false)
          .add(Columns.SCORE, DoubleType, false);

  /** Cooperation and conflict cue counts of one sentence that has any. */
  public static final StructType SENTENCE_TONE =
      new StructType()
          .add(Columns.SENTENCE, IntegerType, false)
          .add(Columns.VERBAL_COOPERATION, IntegerType, false)
          .add(Columns.MATERIAL_COOPERATION, IntegerType, false)
          .add(Columns.VERBAL_CONFLICT, IntegerType, false)
          .add(Columns.MATERIAL_CONFLICT, IntegerType, false);

  /** Per-country summary of one article: mentions and salience. */
  public static final StructType COUNTRY_SALIENCE =
      new StructType()
          .add(Columns.CODE, StringType, false)
          .add(Columns.MENTIONS, IntegerType, false)
          .add(Columns.IS_IN_TITLE, BooleanType, false)
          .add(Columns.IS_IN_LEAD, BooleanType, false)
          .add(Columns.SALIENCE, DoubleType, false);

  /**
   * The extracted article, the input of every analytics transform and the {@code articles} table
   * (without the text). Grain: one row per accepted article.
   */
  public static final StructType ARTICLE =
      new StructType(
          new StructField[] {
            new StructField(Columns.ARTICLE_ID, StringType, false, noMeta()),
            new StructField(Columns.DATE, DateType, false, noMeta()),
            new StructField(Columns.PERIOD, StringType, false, noMeta()),
            new StructField(Columns.PERIOD_START, DateType, false, noMeta()),
            new StructField(Columns.TITLE, StringType, true, noMeta()),
            new StructField(Columns.SOURCE, StringType, true, noMeta()),
            new StructField(Columns.URL, StringType, true, noMeta()),
            new StructField(Columns.DATELINE, StringType, true, noMeta()),
            new StructField(Columns.SENTENCES, IntegerType, false, noMeta()),
            new StructField(
                Columns.COUNTRIES, createArrayType(StringType, false), false, noMeta()),
            new StructField(
                Columns.ACTOR_COUNTRIES, createArrayType(StringType, false), false, noMeta()),
            new StructField(Columns.BLOCS, createArrayType(StringType, false), false, noMeta()),
            new StructField(Columns.TOPICS, createArrayType(StringType, false), false, noMeta()),
            new StructField(Columns.MENTIONS, createArrayType(MENTION, false), false, noMeta()),
            new StructField(
                Columns.COUNTRY_SALIENCE, createArrayType(COUNTRY_SALIENCE, false), false, noMeta()),
            new StructField(Columns.TOPIC_HITS, createArrayType(TOPIC_HIT, false), false, noMeta()),
            new StructField(Columns.TONE, createArrayType(SENTENCE_TONE, false), false, noMeta()),
            new StructField(Columns.COOPERATION_INDEX, DoubleType, true, noMeta()),
            new StructField(Columns.DUP_GROUP, StringType, false, noMeta()),
            new StructField(Columns.IS_REPRESENTATIVE, BooleanType, false, noMeta())
          });

  /** A record that could not be accepted. Grain: one row per rejected input record. */
  public static final StructType REJECT =
      new StructType()
          .add(Columns.SOURCE_FILE, StringType, false)
          .add(Columns.RECORD_OFFSET, LongType, true)
          .add(Columns.REASON, StringType, false)
          .add(Columns.DETAIL, StringType, true)
          .add(Columns.RAW_SNIPPET, StringType, true);

  private static org.apache.spark.sql.types.Metadata noMeta() {
    return org.apache.spark.sql.types.Metadata.empty();
  }
}
