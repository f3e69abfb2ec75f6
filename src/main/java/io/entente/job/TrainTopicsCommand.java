package io.entente.job;

import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
import io.entente.ml.TopicModelTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente train-topics}: trains the topic model beside the taxonomy's phrases on labelled
 * sets in the format of {@code entente score --topics} (ID, topic ids or {@code -}, text), with
 * MLlib in a local Spark session, and writes the model file that the job's {@code topic_model}
 * setting reads. The bundled model is this command's output for {@code datasets/topic-training}.
 */
@Command(
    name = "train-topics",
    mixinStandardHelpOptions = true,
    description = "Trains a topic model (logistic regression per topic over word and word-pair"
        + " TF-IDF) on labelled TSV sets (ID<TAB>TOPICS<TAB>TEXT), or with --tone the tone model,"
        + " and writes it to --out.")
final class TrainTopicsCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "SET",
      arity = "1..*",
      description = "Labelled sets: TSV files, or folders whose *.tsv files are read in name"
          + " order.")
  List<Path> sets;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The model file, gzipped when its name ends in .gz.")
  Path out;

  @Option(
      names = "--model-version",
      paramLabel = "V",
      description = "The model's version (default: the first 12 hex digits of the training"
          + " data's SHA-256).")
  String version;

  @Option(
      names = "--tone",
      description = "Train the tone model instead: the sets are tone sets (ID<TAB>LEANING<TAB>TEXT,"
          + " cooperation, conflict or neutral), and the model's veto drops the acts of a"
          + " sentence it reads as neutral; --threshold defaults to 0.6.")
  boolean tone;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      description = "Probability from which a topic is reported, or from which the veto takes"
          + " another reading (default: 0.8; 0.6 with --tone).")
  Double threshold;

  @Option(
      names = "--lone-threshold",
      paramLabel = "P",
      description = "Probability from which a topic is reported in a text of one sentence (a"
          + " headline, a caption, a lone statement), which has one chance of a wrong topic where"
          + " a longer text has one per sentence; above --veto and at most --threshold, 0 for the"
          + " threshold (default: 0.7, or --threshold when lower; 0, and nothing else, with"
          + " --tone).")
  Double loneThreshold;

  @Option(
      names = "--min-words",
      paramLabel = "N",
      defaultValue = "9",
      description = "Fewest words of a sentence the model is asked about (default:"
          + " ${DEFAULT-VALUE}).")
  int minWords;

  @Option(
      names = "--veto",
      paramLabel = "P",
      defaultValue = "0.2",
      description = "Probability below which a phrase's topic gives way to the topics the model"
          + " reports at --threshold, in a sentence of --min-words to --veto-max-words words,"
          + " where those topics also join the phrases'; 0 for no veto, and the model then adds"
          + " no topic to a sentence the phrases tag (default: ${DEFAULT-VALUE}).")
  double veto;

  @Option(
      names = "--veto-max-words",
      paramLabel = "N",
      defaultValue = "30",
      description = "Most words of a sentence whose phrase topics the veto is asked about"
          + " (default: ${DEFAULT-VALUE}).")
  int vetoMaxWords;

  @Option(
      names = "--doubt",
      paramLabel = "P",
      description = "Probability below which a phrase's topic found once, by one-word phrases,"
          + " gives way in a sentence of 12 words or more the veto is asked about, where no topic"
          + " reaches --threshold and which alone in its text has the topic (a word in another"
          + " sense); at most --veto, 0 for none (default: 0.1; 0, and nothing else, with"
          + " --tone).")
  Double doubt;

  @Option(
      names = "--stray",
      paramLabel = "P",
      description = "Probability below which a phrase's topic found once in a text, by one-word"
          + " phrases, gives way in a sentence where the model gives at least this much to a"
          + " topic two or more sentences of the text have (a stray word in a story about"
          + " something else); below --threshold, 0 for none (default: 0.4; 0, and nothing else,"
          + " with --tone).")
  Double stray;

  @Option(
      names = "--min-df",
      paramLabel = "N",
      defaultValue = "2",
      description = "Fewest items a term must appear in to be a feature (default:"
          + " ${DEFAULT-VALUE}).")
  int minDf;

  @Option(
      names = "--c",
      paramLabel = "C",
      description = "Inverse regularisation strength, as scikit-learn's C (default: 8; 4 with"
          + " --tone).")
  Double c;

  @Option(
      names = "--unbalanced",
      description = "Weigh every item 1 instead of balancing each topic's positives and"
          + " negatives.")
  boolean unbalanced;

  @Spec CommandSpec spec;

  /** The threshold asked for, or the default for the kind of model. */
  private double threshold() {
    return threshold != null ? threshold : tone ? 0.6 : 0.8;
  }

  /** Refuses a topic model's {@code option} other than 0 when training the tone model. */
  private void refusedWithTone(String option, Double value) {
    if (tone && value != null && value != 0) {
      throw new ParameterException(spec.commandLine(), option + " is for topic models, not --tone");
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    // the tone model's veto reads a sentence's leaning, which has no phrase found once
    refusedWithTone("--doubt", doubt);
    refusedWithTone("--stray", stray);
    refusedWithTone("--lone-threshold", loneThreshold);
    List<Path> files = TopicModelTrainer.files(sets);
    Set<String> known =
        tone
            ? ScoreCommand.LEANS
            : Set.copyOf(TopicMatcher.defaultPhrases().topicIds());
    ScoreCommand.Kind kind = tone ? ScoreCommand.Kind.TONE : ScoreCommand.Kind.TOPICS;
    List<TopicModelTrainer.Item> items = new ArrayList<>();
    for (Path f : files) {
      for (ScoreCommand.Item item : ScoreCommand.read(f, kind, known)) {
        items.add(new TopicModelTrainer.Item(item.labels(), item.text()));
      }
    }
    double c = this.c != null ? this.c : tone ? 4.0 : TopicModelTrainer.Params.C;
    String digest = TopicModelTrainer.digest(files);
    String v = version != null ? version : digest.substring(0, 12);
    String training =
        "sha256 " + digest + " of " + files.size() + " sets, " + items.size() + " items; min_df "
            + minDf + ", C " + c + (unbalanced ? ", unbalanced" : ", balanced")
            + (tone ? "" : ", stems and prefixes");
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("entente-train-topics")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    TopicModel model;
    try {
      // MLlib's iterations each warn that the task carrying the items is large; it is meant
      spark.sparkContext().setLogLevel("ERROR");
      model =
          TopicModelTrainer.train(
              spark,
              items,
              known,
              new TopicModelTrainer.Params(
                  v,
                  threshold(),
                  loneThreshold != null
                      ? loneThreshold
                      : tone ? 0 : Math.min(TopicModelTrainer.Params.LONE_THRESHOLD, threshold()),
                  minWords,
                  veto,
                  vetoMaxWords,
                  doubt != null ? doubt : tone ? 0 : TopicModelTrainer.Params.DOUBT,
                  stray != null ? stray : tone ? 0 : TopicModelTrainer.Params.STRAY,
                  minDf,
                  c,
                  5,
                  200,
                  !unbalanced,
                  !tone),
              training);
    } finally {
      spark.stop();
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    model.write(out);
    log.printf(
        "%s model %s: %d %s, %d terms, from %d items of %d sets -> %s%n",
        tone ? "tone" : "topic",
        model.version(),
        model.topics().size(),
        tone ? "leanings" : "topics",
        model.terms().size(),
        items.size(),
        files.size(),
        out);
    log.flush();
    return 0;
  }
}
