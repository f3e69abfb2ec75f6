package io.entente.ml;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Emerging themes: topics discovered by MLlib LDA (online variational Bayes) over the articles'
 * words, each labelled with the curated topic whose terms it shares most, or {@code uncovered}
 * when it shares none: a theme the taxonomy does not yet have.
 */
public final class Themes {
  private Themes() {}

  public static final String TERMS = "terms";
  public static final String TERM_WEIGHTS = "term_weights";
  public static final String LABEL = "label";
  public static final String WEIGHT_SHARE = "weight_share";
  public static final String UNCOVERED = "uncovered";

  /** The {@code discovered_topics} table. Grain: one row per discovered topic. Key: topic. */
  public static final StructType DISCOVERED_TOPICS =
      new StructType()
          .add(Columns.TOPIC, IntegerType, false)
          .add(TERMS, createArrayType(StringType, false), false)
          .add(TERM_WEIGHTS, createArrayType(DoubleType, false), false)
          .add(LABEL, StringType, false);

  /**
   * The {@code discovered_topic_trends} table. Grain: one row per (period, discovered topic).
   * Key: (period, topic).
   */
  public static final StructType DISCOVERED_TOPIC_TRENDS =
      new StructType()
          .add(Columns.PERIOD, StringType, false)
          .add(Columns.TOPIC, IntegerType, false)
          .add(WEIGHT_SHARE, DoubleType, false);

  /** Both tables of one LDA fit. */
  public record Result(Dataset<Row> topics, Dataset<Row> trends) {}

  private static final String TOKENS = "_th_tokens";
  private static final String WORDS = "_th_words";
  private static final String FEATURES = "_th_features";
  private static final String DISTRIBUTION = "_th_distribution";

  /**
   * Fits LDA and returns {@code discovered_topics} and {@code discovered_topic_trends}.
   *
   * <p>Requires {@code id} (string), {@code period} (string) and {@code text} (string); pass
   * representatives only so copies do not weigh twice. Text is lower-cased and split on every
   * non-letter, tokens under 3 letters and English stop words are dropped, and CountVectorizer
   * keeps {@code vocabSize} terms seen in at least {@code minDf} articles. Rows are hash
   * partitioned and sorted by id before fitting, so the same seed, input and {@code
   * spark.sql.shuffle.partitions} give the same topics.
   *
   * @param curatedTopicTerms curated topic id -> the words of its phrases (any case)
   */
  public static Result discover(
      Dataset<Row> articles, ThemesConfig cfg, Map<String, List<String>> curatedTopicTerms) {
    Dataset<Row> docs =
        articles
            .select(col(Columns.ID), col(Columns.PERIOD), col(Columns.TEXT))
            .repartition(col(Columns.ID))
            .sortWithinPartitions(Columns.ID);
    RegexTokenizer tokenizer =
        new RegexTokenizer()
            .setInputCol(Columns.TEXT)
            .setOutputCol(TOKENS)
            .setPattern("[^\\p{L}]+")
            .setGaps(true)
            .setToLowercase(true)
            .setMinTokenLength(3);
    StopWordsRemover stop =
        new StopWordsRemover().setInputCol(TOKENS).setOutputCol(WORDS).setLocale("en_US");
    CountVectorizer vectorizer =
        new CountVectorizer()
            .setInputCol(WORDS)
            .setOutputCol(FEATURES)
            .setVocabSize(cfg.vocabSize())
            .setMinDF(cfg.minDf());
    LDA lda =
        new LDA()
            .setK(cfg.k())
            .setMaxIter(cfg.maxIterations())
            .setSeed(cfg.seed())
            .setOptimizer("online")
            .setSubsamplingRate(cfg.subsamplingRate())
            .setFeaturesCol(FEATURES)
            .setTopicDistributionCol(DISTRIBUTION);
    PipelineModel model =
        new Pipeline()
            .setStages(new PipelineStage[] {tokenizer, stop, vectorizer, lda})
            .fit(docs);
    String[] vocab = ((CountVectorizerModel) model.stages()[2]).vocabulary();
    LDAModel ldaModel = (LDAModel) model.stages()[3];

    Map<String, Set<String>> curated = normalise(curatedTopicTerms);
    List<Row> topicRows = new ArrayList<>();
    // k rows of model parameters, not article data
    for (Row r : ldaModel.describeTopics(cfg.topTerms()).collectAsList()) {
      List<Integer> indices = r.getList(1);
      List<Double> weights = r.getList(2);
      List<String> terms = new ArrayList<>();
      for (int i : indices) {
        terms.add(vocab[i]);
      }
      topicRows.add(
          RowFactory.create(r.getInt(0), terms, weights, label(terms, weights, curated)));
    }
    Dataset<Row> topics = articles.sparkSession().createDataFrame(topicRows, DISCOVERED_TOPICS);

    Dataset<Row> trends =
        model
            .transform(docs)
            .select(
                col(Columns.PERIOD),
                posexplode(functions.vector_to_array(col(DISTRIBUTION), "float64")))
            .groupBy(col(Columns.PERIOD), col("pos").as(Columns.TOPIC))
            .agg(avg(col("col")).as(WEIGHT_SHARE));
    return new Result(
        topics,
        articles.sparkSession().createDataFrame(trends.rdd(), DISCOVERED_TOPIC_TRENDS));
  }

  /**
   * The curated topic sharing most of {@code terms}; ties go to the larger summed weight of the
   * shared terms, then to the smallest topic id. {@link #UNCOVERED} when no term is shared.
   */
  static String label(
      List<String> terms, List<Double> weights, Map<String, Set<String>> curatedWords) {
    String best = UNCOVERED;
    int bestShared = 0;
    double bestWeight = 0.0;
    for (Map.Entry<String, Set<String>> e : new TreeMap<>(curatedWords).entrySet()) {
      int shared = 0;
      double weight = 0.0;
      for (int i = 0; i < terms.size(); i++) {
        if (e.getValue().contains(terms.get(i))) {
          shared++;
          weight += weights.get(i);
        }
      }
      if (shared > bestShared || (shared == bestShared && shared > 0 && weight > bestWeight)) {
        best = e.getKey();
        bestShared = shared;
        bestWeight = weight;
      }
    }
    return best;
  }

  /** Curated phrases' words lower-cased and split like the tokenizer splits article text. */
  static Map<String, Set<String>> normalise(Map<String, List<String>> curatedTopicTerms) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : curatedTopicTerms.entrySet()) {
      Set<String> words = new HashSet<>();
      for (String phrase : e.getValue()) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      out.put(e.getKey(), words);
    }
    return out;
  }
}
