package io.entente.ml;

import io.entente.extract.topic.TopicModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains a {@link TopicModel}: for each topic with enough examples, an MLlib logistic regression
 * (L2, no standardisation, classes weighted to balance) over the TF-IDF of the items' words,
 * word pairs and, with {@link Params#affixes}, the words' stems and prefixes ({@link
 * TopicModel#termsOf}), on labelled items such as those of {@code datasets/topic-training}.
 *
 * <p>Deterministic: the vocabulary is sorted, the rows are in the items' order in one partition,
 * and MLlib's L-BFGS then takes the same steps on every run and machine (up to the last bits of
 * floating point, which the model file's six significant digits hide).
 */
public final class TopicModelTrainer {
  private TopicModelTrainer() {}

  /** One labelled item: its topic ids (empty for none) and its text. */
  public record Item(Set<String> topics, String text) {}

  /**
   * How to train.
   *
   * @param version the model's version
   * @param threshold the probability from which the matcher reports a topic
   * @param loneThreshold the probability from which it reports one in a text of one sentence (0:
   *     the threshold; else above the veto and at most the threshold)
   * @param minWords the fewest words a sentence needs for the matcher to ask the model
   * @param veto the probability below which a phrase's topic gives way to the model's (0: never)
   * @param vetoMaxWords the most words of a sentence whose phrase topics the veto is asked about
   * @param doubt the probability below which a phrase's topic found once gives way in a sentence
   *     where the model is sure of no topic and which alone in its text has the topic (0: never;
   *     at most the veto)
   * @param stray the probability below which a phrase's topic found once, by one word, gives way
   *     in a sentence where the model gives at least this much to a topic two or more other
   *     sentences of the text have (0: never; below the threshold; needs a veto)
   * @param minDf the fewest items a term must appear in to be a feature
   * @param c inverse regularisation strength, as scikit-learn's {@code C}: MLlib's {@code
   *     regParam} is {@code 1 / (c * items)} (the balanced weights sum to the number of items)
   * @param minPositives the fewest items a topic needs to get a model
   * @param maxIter L-BFGS iterations at most
   * @param balanced weigh each topic's positives and negatives to half of the items each (as
   *     scikit-learn's {@code class_weight="balanced"}), or weigh every item 1
   * @param affixes count each word's stem and prefix too ({@link TopicModel#termsOf}), as the
   *     topic model does; the tone model reads words and pairs of words only
   */
  public record Params(
      String version,
      double threshold,
      double loneThreshold,
      int minWords,
      double veto,
      int vetoMaxWords,
      double doubt,
      double stray,
      int minDf,
      double c,
      int minPositives,
      int maxIter,
      boolean balanced,
      boolean affixes) {
    public Params {
      if (minDf < 1 || minPositives < 1 || maxIter < 1 || !(c > 0)) {
        throw new IllegalArgumentException(
            "min_df, min_positives and max_iter must be at least 1 and C positive");
      }
      // checked before training, not after it
      String wrong = TopicModel.vetoError(veto, vetoMaxWords, threshold, minWords);
      if (wrong == null) {
        wrong = TopicModel.doubtError(doubt, veto);
      }
      if (wrong == null) {
        wrong = TopicModel.strayError(stray, veto, threshold);
      }
      if (wrong == null && loneThreshold != 0) {
        wrong = TopicModel.loneThresholdError(loneThreshold, threshold, veto);
      }
      if (wrong != null) {
        throw new IllegalArgumentException(wrong);
      }
    }

    /** The bundled topic model's C (train-topics' default; the tone model's is 4). */
    public static final double C = 8.0;

    /** The bundled topic model's doubt, which a tone model has none of (train-topics' default). */
    public static final double DOUBT = 0.1;

    /** The bundled topic model's stray, which a tone model has none of (train-topics' default). */
    public static final double STRAY = 0.4;

    /**
     * The bundled topic model's lone threshold (train-topics' default; a tone model has none):
     * docs/topics.md, "A text of one sentence".
     */
    public static final double LONE_THRESHOLD = 0.7;

    /** The bundled model's settings (docs/topics.md, "The model beside the phrases"). */
    public static Params defaults(String version) {
      return new Params(
          version, 0.8, LONE_THRESHOLD, 9, 0.2, 30, DOUBT, STRAY, 2, C, 5, 200, true, true);
    }
  }

  /**
   * Trains one model per topic of {@code known} (the taxonomy's ids) that has at least {@code
   * minPositives} items; every other item is a negative for it, items without a topic for all.
   *
   * @param training what to record as the training data in the model file
   */
  public static TopicModel train(
      SparkSession spark, List<Item> items, Set<String> known, Params params, String training) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no items to train on");
    }
    List<List<String>> termsOfItem = new ArrayList<>(items.size());
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> positives = new TreeMap<>();
    for (Item item : items) {
      for (String t : item.topics()) {
        if (!known.contains(t)) {
          throw new IllegalArgumentException("'" + t + "' is no topic id of the taxonomy");
        }
        positives.merge(t, 1, Integer::sum);
      }
      List<String> terms = TopicModel.termsOf(item.text(), params.affixes());
      termsOfItem.add(terms);
      for (String term : new HashSet<>(terms)) {
        df.merge(term, 1, Integer::sum);
      }
    }
    TreeSet<String> vocabulary = new TreeSet<>();
    df.forEach(
        (term, n) -> {
          if (n >= params.minDf()) {
            vocabulary.add(term);
          }
        });
    List<String> terms = new ArrayList<>(vocabulary);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      index.put(terms.get(i), i);
    }
    int n = items.size();
    double[] idf = new double[terms.size()];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = Math.log((1.0 + n) / (1.0 + df.get(terms.get(i)))) + 1;
    }
    List<String> topics = new ArrayList<>();
    positives.forEach(
        (t, count) -> {
          if (count >= params.minPositives()) {
            topics.add(t);
          }
        });
    if (topics.isEmpty()) {
      throw new IllegalArgumentException(
          "no topic has " + params.minPositives() + " or more items to learn from");
    }

    StructType schema = new StructType().add("features", SQLDataTypes.VectorType(), false);
    for (int k = 0; k < topics.size(); k++) {
      schema = schema.add("y" + k, DataTypes.DoubleType, false)
          .add("w" + k, DataTypes.DoubleType, false);
    }
    List<Row> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      Object[] values = new Object[1 + 2 * topics.size()];
      values[0] = vector(termsOfItem.get(r), index, idf);
      Set<String> labels = items.get(r).topics();
      for (int k = 0; k < topics.size(); k++) {
        boolean positive = labels.contains(topics.get(k));
        int p = positives.get(topics.get(k));
        // balanced classes: each class weighs half of the items in total
        values[1 + 2 * k] = positive ? 1.0 : 0.0;
        values[2 + 2 * k] =
            !params.balanced() ? 1.0 : positive ? n / (2.0 * p) : n / (2.0 * (n - p));
      }
      rows.add(RowFactory.create(values));
    }
    Dataset<Row> data = spark.createDataFrame(rows, schema).coalesce(1).cache();
    try {
      double[] intercepts = new double[topics.size()];
      float[] weights = new float[terms.size() * topics.size()];
      for (int k = 0; k < topics.size(); k++) {
        LogisticRegressionModel m =
            new LogisticRegression()
                .setFeaturesCol("features")
                .setLabelCol("y" + k)
                .setWeightCol("w" + k)
                .setFamily("binomial")
                .setStandardization(false)
                .setElasticNetParam(0.0)
                .setRegParam(1.0 / (params.c() * n))
                .setMaxIter(params.maxIter())
                .setTol(1e-7)
                .fit(data);
        intercepts[k] = m.intercept();
        double[] beta = m.coefficients().toArray();
        for (int i = 0; i < terms.size(); i++) {
          weights[i * topics.size() + k] = (float) beta[i];
        }
      }
      return TopicModel.of(
              params.version(),
              params.threshold(),
              params.minWords(),
              training,
              topics,
              intercepts,
              terms,
              idf,
              weights)
          .withVeto(params.veto(), params.vetoMaxWords())
          .withDoubt(params.doubt())
          .withStray(params.stray())
          .withLoneThreshold(params.loneThreshold());
    } finally {
      data.unpersist();
    }
  }

  /** An item's unit-length TF-IDF vector: {@code (1 + ln count) * idf} per known term. */
  static Vector vector(List<String> termsOfItem, Map<String, Integer> index, double[] idf) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (String term : termsOfItem) {
      Integer i = index.get(term);
      if (i != null) {
        counts.merge(i, 1, Integer::sum);
      }
    }
    int[] indices = new int[counts.size()];
    double[] values = new double[counts.size()];
    double norm = 0;
    int j = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      indices[j] = e.getKey();
      values[j] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
      norm += values[j] * values[j];
      j++;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < values.length; i++) {
      values[i] /= norm;
    }
    return Vectors.sparse(idf.length, indices, values);
  }

  /** The sets' files: files as given, folders' *.tsv files in name order. */
  public static List<Path> files(List<Path> sets) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : sets) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException("no such set: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no .tsv sets in " + sets);
    }
    return out;
  }

  /**
   * SHA-256 over the sets' file names and contents, in order: the training data's identity,
   * recorded in the model so that a test can tell a model from data it was not trained on.
   */
  public static String digest(List<Path> files) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Files.readAllBytes(f));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
