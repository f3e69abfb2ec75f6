package io.entente.model;

/** Column names shared by every stage. snake_case; booleans start with is_ or has_. */
public final class Columns {
  private Columns() {}

  // canonical article
  public static final String ID = "id";
  public static final String DATE = "date";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String LANGUAGE = "language";
  public static final String DATELINE = "dateline";
  public static final String SOURCE_FILE = "source_file";
  public static final String RECORD_OFFSET = "record_offset";

  // articles table
  public static final String ARTICLE_ID = "article_id";
  public static final String PERIOD = "period";
  public static final String PERIOD_START = "period_start";
  public static final String SENTENCES = "sentences";
  public static final String COUNTRIES = "countries";
  public static final String ACTOR_COUNTRIES = "actor_countries";
  public static final String BLOCS = "blocs";
  public static final String TOPICS = "topics";
  public static final String MENTIONS = "mentions";
  public static final String COUNTRY_SALIENCE = "country_salience";
  public static final String TOPIC_HITS = "topic_hits";
  public static final String TONE = "tone";
  public static final String COOPERATION_INDEX = "cooperation_index";
  public static final String DUP_GROUP = "dup_group";
  public static final String IS_REPRESENTATIVE = "is_representative";

  // nested structs
  public static final String CODE = "code";
  public static final String TYPE = "type";
  public static final String MATCHED = "matched";
  public static final String OFFSET = "offset";
  public static final String SENTENCE = "sentence";
  public static final String RULE = "rule";
  public static final String ROLE = "role";
  public static final String TOPIC = "topic";
  public static final String SCORE = "score";
  public static final String VERBAL_COOPERATION = "verbal_cooperation";
  public static final String MATERIAL_COOPERATION = "material_cooperation";
  public static final String VERBAL_CONFLICT = "verbal_conflict";
  public static final String MATERIAL_CONFLICT = "material_conflict";
  public static final String IS_IN_TITLE = "is_in_title";
  public static final String IS_IN_LEAD = "is_in_lead";
  public static final String SALIENCE = "salience";

  // rejects
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String RAW_SNIPPET = "raw_snippet";

  // analytics
  public static final String COUNTRY = "country";
  public static final String COUNTRY_A = "country_a";
  public static final String COUNTRY_B = "country_b";
  public static final String ARTICLES = "articles";
  public static final String ARTICLES_RAW = "articles_raw";
  public static final String SHARE = "share";
  public static final String WEIGHT = "weight";
  public static final String ARTICLES_A = "articles_a";
  public static final String ARTICLES_B = "articles_b";
  public static final String PERIOD_ARTICLES = "period_articles";
  public static final String EXPECTED = "expected";
  public static final String LIFT = "lift";
  public static final String PMI = "pmi";
  public static final String NPMI = "npmi";
  public static final String JACCARD = "jaccard";
  public static final String TOP_TOPICS = "top_topics";
  public static final String COOPERATION = "cooperation";
  public static final String CONFLICT = "conflict";
  public static final String ROLLING_MEAN = "rolling_mean";
  public static final String CHANGE_PREV = "change_prev";
  public static final String CHANGE_YOY = "change_yoy";
  public static final String ZSCORE = "zscore";
  public static final String IS_SPIKE = "is_spike";
  public static final String PARTNERS = "partners";
  public static final String WEIGHTED_DEGREE = "weighted_degree";
  public static final String COUNTRY_ARTICLES = "country_articles";
  public static final String ARTICLES_SENTENCE = "articles_sentence";
  public static final String ARTICLES_ARTICLE = "articles_article";
  public static final String ARTICLES_SENTENCE_RAW = "articles_sentence_raw";
  public static final String ARTICLES_ARTICLE_RAW = "articles_article_raw";
  public static final String REGION = "region";
  public static final String PARTNER = "partner";
  public static final String PARTNER_TYPE = "partner_type";
  public static final String IS_INTRA_REGION = "is_intra_region";
  public static final String REGION_ARTICLES = "region_articles";
}
