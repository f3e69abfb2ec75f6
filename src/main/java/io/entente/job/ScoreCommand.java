package io.entente.job;

import io.entente.config.ConfigLoader;
import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.SentenceTone;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente score}: scores the country matcher, the topic tagger or the tone scorer on a
 * labelled set of the user's own, so that the accuracy on a corpus can be measured, not taken on
 * trust. Needs no Spark.
 *
 * <p>The set is a UTF-8 TSV file, one item per line: {@code ID<TAB>LABELS<TAB>TEXT}, where LABELS
 * are comma-separated ISO 3166 alpha-3 codes (for {@code --countries}) or topic ids (for {@code
 * --topics}), or {@code -} for none; for {@code --tone} the one label is the way the text leans,
 * {@code cooperation}, {@code conflict} or {@code neutral} (see {@link #lean}). Blank lines and
 * lines starting with {@code #} are skipped. An item is right when the labels found equal the
 * labels given; precision and recall count (item, label) pairs over the whole set (micro
 * averages; for tone, where each item has one label, they are the share of items right, and
 * the table per label is the confusion that matters).
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Scores the country matcher, the topic tagger or the tone scorer on a labelled"
        + " TSV file (ID<TAB>LABELS<TAB>TEXT; LABELS comma-separated, or - for none).")
final class ScoreCommand implements Callable<Integer> {
  static final class Labelled {
    @Option(
        names = "--countries",
        paramLabel = "FILE",
        description = "A set labelled with ISO 3166 alpha-3 country codes.")
    Path countries;

    @Option(
        names = "--topics",
        paramLabel = "FILE",
        description = "A set labelled with topic ids.")
    Path topics;

    @Option(
        names = "--tone",
        paramLabel = "FILE",
        description = "A set labelled with the way each text leans: cooperation, conflict or"
            + " neutral.")
    Path tone;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Labelled set;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "With --topics or --tone: the job configuration whose taxonomy or tone"
          + " lexicon is scored (default: the bundled ones).")
  Path config;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year the set's texts were written in, as an article's date gives it"
          + " in the job (default: the year of a text's opening dateline, else the current"
          + " year): the tone scorer reads an act dated two or more years before it as history,"
          + " not as an act of the text's own time.")
  Integer year;

  @Option(names = "--quiet", description = "Print the totals only, not each item found wrong.")
  boolean quiet;

  @Spec CommandSpec spec;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** The labels of a tone set. */
  static final Set<String> LEANS = Set.copyOf(TopicModel.TONE_LABELS);

  /**
   * The way a text leans: {@code cooperation} when its sentences hold more cooperation cues than
   * conflict cues, {@code conflict} for the reverse, {@code neutral} when they balance or there
   * are none (the sign of the article's {@code cooperation_index} in the tables).
   */
  static String lean(List<SentenceTone> tones) {
    Double index = ToneScorer.cooperationIndex(tones);
    return index == null || index == 0 ? "neutral" : index > 0 ? "cooperation" : "conflict";
  }

  /** What a set is labelled with. */
  enum Kind {
    COUNTRIES("ISO 3166 alpha-3 code"),
    TOPICS("topic id of the taxonomy"),
    TONE("tone (cooperation, conflict or neutral)");

    final String what;

    Kind(String what) {
      this.what = what;
    }
  }

  /** One labelled item: its id, the labels given and the text. */
  record Item(String id, Set<String> labels, String text) {}

  /** The totals of a scored set: items right, and (item, label) pairs found right or wrong. */
  record Score(
      int items, int right, int truePositives, int falsePositives, int falseNegatives,
      Map<String, int[]> byLabel) {
    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : truePositives / (double) found;
    }

    double recall() {
      int given = truePositives + falseNegatives;
      return given == 0 ? 1.0 : truePositives / (double) given;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Kind kind = set.countries != null ? Kind.COUNTRIES
        : set.topics != null ? Kind.TOPICS : Kind.TONE;
    Path file = kind == Kind.COUNTRIES ? set.countries
        : kind == Kind.TOPICS ? set.topics : set.tone;
    // the job's own per-article path (dateline, joint pass, title rules), so the figures are
    // those of the articles table's countries, topics and cooperation_index
    TopicsConfig topics =
        config == null ? TopicsConfig.defaults() : ConfigLoader.load(config).topics();
    TopicMatcher topicMatcher = topics.compileMatcher();
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            CountryMatcher.defaultMatcher(), topicMatcher, topics.compileToneScorer());
    // a set's texts are dated as the job's articles are: a seat of a state dissolved before the
    // year is today's state's, and history is told before it; a text that opens with a dated
    // dateline ("PRAGUE, Aug. 21, 1968 (Reuters) --") was written in its year, as a wire
    // article's date says in the job
    int now = Year.now().getValue();
    Function<String, Integer> written =
        text -> {
          if (year != null) {
            return year;
          }
          Integer dated = CountryMatcher.datelineYear(text);
          return dated != null ? dated : now;
        };
    Function<String, Set<String>> labeller =
        switch (kind) {
          case COUNTRIES ->
              text ->
                  new TreeSet<>(
                      analyzer.analyze(null, text, null, written.apply(text)).countries());
          case TOPICS ->
              text ->
                  new TreeSet<>(analyzer.analyze(null, text, null, written.apply(text)).topics());
          case TONE ->
              text -> Set.of(lean(analyzer.analyze(null, text, null, written.apply(text)).tone()));
        };
    Set<String> known =
        switch (kind) {
          case COUNTRIES -> null;
          case TOPICS -> Set.copyOf(topicMatcher.topicIds());
          case TONE -> LEANS;
        };
    List<Item> items = read(file, kind, known);
    List<String> misses = new ArrayList<>();
    Score score = score(items, labeller, misses);
    if (!quiet) {
      misses.forEach(out::println);
    }
    out.println("| label | right | found wrongly | missed |");
    out.println("|---|---:|---:|---:|");
    score.byLabel().forEach(
        (label, c) -> out.printf("| %s | %d | %d | %d |%n", label, c[0], c[1], c[2]));
    out.printf(
        "%s: %d of %d items right; precision %.3f, recall %.3f (%d right, %d found wrongly,"
            + " %d missed)%n",
        file, score.right(), score.items(), score.precision(), score.recall(),
        score.truePositives(), score.falsePositives(), score.falseNegatives());
    out.flush();
    return 0;
  }

  /**
   * Scores {@code items} with {@code labeller}; adds a line to {@code misses} for each item
   * whose labels found differ from its labels given.
   */
  static Score score(
      List<Item> items, Function<String, Set<String>> labeller, List<String> misses) {
    int right = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Map<String, int[]> byLabel = new TreeMap<>();
    for (Item item : items) {
      Set<String> found = labeller.apply(item.text());
      for (String label : found) {
        int[] c = byLabel.computeIfAbsent(label, k -> new int[3]);
        if (item.labels().contains(label)) {
          tp++;
          c[0]++;
        } else {
          fp++;
          c[1]++;
        }
      }
      for (String label : item.labels()) {
        if (!found.contains(label)) {
          fn++;
          byLabel.computeIfAbsent(label, k -> new int[3])[2]++;
        }
      }
      if (found.equals(item.labels())) {
        right++;
      } else {
        misses.add(
            item.id() + "\tgiven " + item.labels() + "\tfound " + found + "\t" + item.text());
      }
    }
    return new Score(items.size(), right, tp, fp, fn, byLabel);
  }

  /**
   * Reads a labelled set; a malformed line stops the command with its line number and why
   * (an IllegalArgumentException, exit code 64).
   *
   * @param known the labels allowed (topic ids, tones), or null to allow any ISO alpha-3 code
   */
  static List<Item> read(Path file, Kind kind, Set<String> known) throws IOException {
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      if (f.length < 3 || f[2].isBlank()) {
        throw new IllegalArgumentException(
            file + ":" + n + ": expected ID<TAB>LABELS<TAB>TEXT");
      }
      Set<String> labels = new TreeSet<>();
      if (!f[1].strip().equals("-")) {
        for (String label : f[1].split(",")) {
          String l = label.strip();
          boolean ok = known == null ? CODE.matcher(l).matches() : known.contains(l);
          if (!ok) {
            throw new IllegalArgumentException(file + ":" + n + ": '" + l + "' is no " + kind.what);
          }
          labels.add(l);
        }
      }
      if (kind == Kind.TONE && labels.size() != 1) {
        throw new IllegalArgumentException(
            file + ":" + n + ": a tone set needs one label per item: cooperation, conflict or"
                + " neutral");
      }
      items.add(new Item(f[0].strip(), labels, f[2]));
    }
    return items;
  }
}
