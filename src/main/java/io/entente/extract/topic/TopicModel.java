package io.entente.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model beside the taxonomy's phrases: for each topic a logistic regression over the
 * TF-IDF of a text's words and word pairs, trained on labelled sets by {@code entente
 * train-topics} ({@code io.entente.ml.TopicModelTrainer}). {@link TopicMatcher} asks it about
 * a sentence in which no phrase counts and that has at least {@link #minWords()} words; a topic
 * whose probability reaches {@link #threshold()} is reported for that sentence. With a veto
 * ({@link #veto()} above 0) it is also asked about a sentence the phrases tag that has from
 * {@link #minWords()} to {@link #vetoMaxWords()} words: the topics that reach the threshold join
 * the phrases' topics, and a phrase's topic whose probability is below the veto gives way to
 * them, when there are any. With a doubt ({@link #doubt()} above 0, at most the veto) a phrase's
 * topic found once, by one-word phrases, in such a sentence of 12 words or more also gives way
 * when the model gives it less than the doubt, is sure of no topic, and no other sentence of the
 * text has the topic. With a stray ({@link #stray()} above 0, under the veto too) a phrase's
 * topic found once in a text, by one-word phrases, in a sentence of {@link #minWords()} words or
 * more, gives way when the model gives it less than the stray and gives at least the stray to a
 * topic that other sentences of the text name twice or more: a stray word in a story about
 * something else ("the home side looked short of energy" in a match report). In a text of one
 * sentence (a headline, a caption, a lone statement) the model reports a topic from {@link
 * #loneThreshold()}, which may be lower than the threshold: each sentence of a longer text is
 * one more chance of a wrong topic for the text, a lone sentence only one. The tone
 * model is a model of the same kind whose labels are the three leanings ({@link #vetoFor}, {@code
 * ToneScorer#withModel}).
 *
 * <p>Features are those of the trainer, computed by the same code ({@link #forEachToken}): a
 * token is a run of letters and digits, lower-cased char by char; tokens of one char are words
 * but no features; a feature is a token or two tokens in a row and, in a model whose terms
 * include them (the topic model since 2026.12.10, not the tone model), a token's stem and prefix
 * ({@link #termsOf}). A term's weight is {@code (1 + ln count) * idf}, and the sentence's vector
 * is scaled to unit length before the dot product.
 *
 * <p>Scoring allocates nothing per sentence beyond a per-thread scratch buffer: tokens are
 * hashed as they are read and looked up in an open-addressing table of primitive arrays.
 *
 * <p>The file format (UTF-8, tab-separated; {@code #} lines are comments): {@code version},
 * {@code threshold}, {@code lone_threshold}, {@code min_words}, {@code veto}, {@code
 * veto_max_words}, {@code doubt}, {@code stray} and {@code training} lines of one value ({@code
 * lone_threshold} may be left out: the threshold; {@code veto} and {@code veto_max_words} may be
 * left out: no veto; {@code doubt} and {@code stray} may be left out: none); a {@code topics}
 * line with the topic ids and an {@code intercepts} line with one value per topic; then one line
 * per term, {@code term<TAB>idf<TAB>w1<TAB>w2...} with one weight per topic.
 */
public final class TopicModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The bundled model's resource path. It is kept gzipped: the text is 6 MB of numbers, which
   * the repository should not carry, and 1.9 MB compressed.
   */
  public static final String BUNDLED = "taxonomy/topic-model.tsv.gz";

  /** The labels of a tone model, a model of this kind whose topics are the three leanings. */
  public static final List<String> TONE_LABELS = List.of("conflict", "cooperation", "neutral");

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final String version;
  private final double threshold;
  private final double loneThreshold;
  private final int minWords;
  private final double veto;
  private final int vetoMaxWords;
  private final double doubt;
  private final double stray;
  private final String training;
  private final String[] topics;
  private final double[] intercepts;
  private final String[] terms;
  private final double[] idf;
  /** Weights, term-major: {@code weights[term * topics + topic]}. */
  private final float[] weights;
  private final long[] tableKeys;
  private final int[] tableTerms;
  private final int tableMask;
  /** Whether any term is a stem or a prefix ({@link #termsOf}): else none is looked up. */
  private final boolean affixes;

  /**
   * Each char's lower case when it is a letter or digit ({@link Character#isLetterOrDigit(char)},
   * {@link Character#toLowerCase(char)}), else 0: the tokenizer's two questions about a char in
   * one look-up (128 KB, where the two methods take several).
   */
  private static final char[] LOWER_WORD_CHAR = lowerWordChars();

  /** Per-thread buffers, shared by every model of the JVM (one sentence at a time). */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private TopicModel(
      String version,
      double threshold,
      int minWords,
      String training,
      String[] topics,
      double[] intercepts,
      List<String> terms,
      double[] idf,
      float[] weights) {
    this.version = version;
    this.threshold = threshold;
    this.loneThreshold = threshold;
    this.minWords = minWords;
    this.veto = 0;
    this.vetoMaxWords = 0;
    this.doubt = 0;
    this.stray = 0;
    this.training = training;
    this.topics = topics;
    this.intercepts = intercepts;
    this.terms = terms.toArray(new String[0]);
    this.idf = idf;
    this.weights = weights;
    int size = Integer.highestOneBit(Math.max(4, terms.size() * 2 - 1)) << 1;
    tableKeys = new long[size];
    tableTerms = new int[size];
    tableMask = size - 1;
    boolean anyAffix = false;
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      anyAffix |= isAffix(term.charAt(0));
      long key = termKey(term);
      int slot = (int) key & tableMask;
      while (tableKeys[slot] != 0) {
        if (tableKeys[slot] == key) {
          throw new IllegalArgumentException(
              "topic model: term '" + terms.get(i) + "' is listed twice (or its hash collides)");
        }
        slot = (slot + 1) & tableMask;
      }
      tableKeys[slot] = key;
      tableTerms[slot] = i;
    }
    affixes = anyAffix;
  }

  /**
   * A copy of {@code model} with the veto's settings and the lone threshold (the arrays and table
   * are shared).
   */
  private TopicModel(
      TopicModel model,
      double veto,
      int vetoMaxWords,
      double doubt,
      double stray,
      double loneThreshold) {
    this.version = model.version;
    this.threshold = model.threshold;
    this.loneThreshold = loneThreshold;
    this.minWords = model.minWords;
    this.veto = veto;
    this.vetoMaxWords = vetoMaxWords;
    this.doubt = doubt;
    this.stray = stray;
    this.training = model.training;
    this.topics = model.topics;
    this.intercepts = model.intercepts;
    this.terms = model.terms;
    this.idf = model.idf;
    this.weights = model.weights;
    this.tableKeys = model.tableKeys;
    this.tableTerms = model.tableTerms;
    this.tableMask = model.tableMask;
    this.affixes = model.affixes;
  }

  /**
   * This model with a veto: a phrase's topic in a sentence of {@link #minWords()} to {@code
   * maxWords} words is dropped when its probability is below {@code veto} and another topic's
   * reaches {@link #threshold()}, and the topics that reach the threshold are reported beside the
   * phrases' in such a sentence. A veto of 0 switches both off.
   */
  public TopicModel withVeto(double veto, int maxWords) {
    String wrong = vetoError(veto, maxWords, threshold, minWords);
    if (wrong == null) {
      wrong = loneThresholdError(loneThreshold, threshold, veto);
    }
    if (wrong != null) {
      throw new IllegalArgumentException("topic model: " + wrong);
    }
    return new TopicModel(
        this,
        veto,
        veto > 0 ? maxWords : 0,
        Math.min(doubt, veto),
        veto > 0 ? stray : 0,
        loneThreshold);
  }

  /**
   * This model with a doubt: under the veto, a phrase's topic found once by one-word phrases in a
   * sentence of 12 (or {@link #minWords()}, if more) to {@link #vetoMaxWords()} words is also
   * dropped when its probability is below {@code doubt}, no topic reaches {@link #threshold()},
   * and no other sentence of the text has the topic (a word in another sense: "the sheer energy
   * she brought to the shop"). A doubt of 0 switches it off; it must not exceed the veto.
   */
  public TopicModel withDoubt(double doubt) {
    String wrong = doubtError(doubt, veto);
    if (wrong != null) {
      throw new IllegalArgumentException("topic model: " + wrong);
    }
    return new TopicModel(this, veto, vetoMaxWords, doubt, stray, loneThreshold);
  }

  /**
   * This model with a stray: under the veto, a phrase's topic found once in a text, by one-word
   * phrases (none sure), in a sentence of {@link #minWords()} words or more (of any length), is
   * also dropped when its probability there is below {@code stray} and the probability of a topic
   * that other sentences of the text name twice or more is at least {@code stray}: the sentence
   * belongs to the text's story, and the word in it to another sense ("the home side looked
   * short of energy" in a match report). A stray of 0 switches it off; it must be below the
   * threshold, and a model without a veto has none.
   */
  public TopicModel withStray(double stray) {
    String wrong = strayError(stray, veto, threshold);
    if (wrong != null) {
      throw new IllegalArgumentException("topic model: " + wrong);
    }
    return new TopicModel(this, veto, vetoMaxWords, doubt, stray, loneThreshold);
  }

  /**
   * This model with a lone threshold: in a text of one sentence a topic is reported (and, under
   * the veto, is sure enough to join the phrases' or to take a vetoed one's place) from {@code
   * lone} on instead of from {@link #threshold()}. It must be at most the threshold and above the
   * veto; 0 gives the threshold (no lone threshold).
   */
  public TopicModel withLoneThreshold(double lone) {
    double effective = lone == 0 ? threshold : lone;
    String wrong = loneThresholdError(effective, threshold, veto);
    if (wrong != null) {
      throw new IllegalArgumentException("topic model: " + wrong);
    }
    return new TopicModel(this, veto, vetoMaxWords, doubt, stray, effective);
  }

  /**
   * What is wrong with a lone threshold for a model's {@code threshold} and {@code veto}, or null
   * when nothing is.
   */
  public static String loneThresholdError(double lone, double threshold, double veto) {
    if (!(lone > veto && lone > 0 && lone <= threshold)) {
      return "lone_threshold must be above the veto " + veto + " and at most the threshold "
          + threshold + ": " + lone;
    }
    return null;
  }

  /**
   * What is wrong with a stray for a model's {@code veto} and {@code threshold}, or null when
   * nothing is.
   */
  public static String strayError(double stray, double veto, double threshold) {
    if (!(stray >= 0 && stray < threshold)) {
      return "stray must be at least 0 and below the threshold " + threshold + ": " + stray;
    }
    if (stray > 0 && veto == 0) {
      return "a stray needs a veto: " + stray;
    }
    return null;
  }

  /** What is wrong with a doubt for a model's {@code veto}, or null when nothing is. */
  public static String doubtError(double doubt, double veto) {
    if (!(doubt >= 0 && doubt <= veto)) {
      return "doubt must be at least 0 and at most the veto " + veto + ": " + doubt;
    }
    return null;
  }

  /**
   * What is wrong with a veto's settings for a model's {@code threshold} and {@code minWords}, or
   * null when nothing is: the trainer checks them before training, {@link #withVeto} after.
   */
  public static String vetoError(double veto, int maxWords, double threshold, int minWords) {
    if (!(veto >= 0 && veto < threshold)) {
      return "veto must be at least 0 and below the threshold " + threshold + ": " + veto;
    }
    if (veto > 0 && maxWords < minWords) {
      return "veto_max_words must be at least min_words (" + minWords + "): " + maxWords;
    }
    return null;
  }

  /** A model from its parts, as the trainer makes it; checks that they fit together. */
  public static TopicModel of(
      String version,
      double threshold,
      int minWords,
      String training,
      List<String> topics,
      double[] intercepts,
      List<String> terms,
      double[] idf,
      float[] weights) {
    if (version == null || version.isBlank() || version.contains("\t")) {
      throw new IllegalArgumentException("topic model: a version is needed, without tabs");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("topic model: threshold must be in (0, 1): " + threshold);
    }
    if (minWords < 1) {
      throw new IllegalArgumentException("topic model: min_words must be at least 1");
    }
    if (topics.isEmpty() || intercepts.length != topics.size()) {
      throw new IllegalArgumentException("topic model: one intercept per topic is needed");
    }
    for (int k = 1; k < topics.size(); k++) {
      if (topics.get(k - 1).compareTo(topics.get(k)) >= 0) {
        throw new IllegalArgumentException("topic model: topics must be sorted and distinct");
      }
    }
    if (idf.length != terms.size() || weights.length != terms.size() * topics.size()) {
      throw new IllegalArgumentException("topic model: one idf and one weight per topic per term");
    }
    for (String t : terms) {
      if (!t.equals(normalTerm(t))) {
        throw new IllegalArgumentException(
            "topic model: '" + t + "' is not a term (one or two lower-case tokens)");
      }
    }
    return new TopicModel(
        version,
        threshold,
        minWords,
        training == null ? "" : training,
        topics.toArray(new String[0]),
        intercepts.clone(),
        List.copyOf(terms),
        idf.clone(),
        weights.clone());
  }

  /** The bundled model, read once per JVM. */
  public static TopicModel bundled() {
    return BundledHolder.BUNDLED_MODEL;
  }

  /** Reads a model file. */
  public static TopicModel load(Path path) {
    try (InputStream in = maybeGunzip(Files.newInputStream(path), path.toString())) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic model " + path, e);
    }
  }

  /** {@code in} uncompressed when {@code name} ends in {@code .gz}, else {@code in} itself. */
  private static InputStream maybeGunzip(InputStream in, String name) throws IOException {
    return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * Writes the model to {@code path} in the file format, gzipped when the name ends in {@code
   * .gz}. Java's gzip header carries no time stamp, so the same model gives the same bytes.
   */
  public void write(Path path) throws IOException {
    byte[] text = format().getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(path)) {
      if (path.getFileName().toString().endsWith(".gz")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
          gz.write(text);
        }
      } else {
        out.write(text);
      }
    }
  }

  /** Reads a model in the file format of the class comment; {@code source} names it in errors. */
  public static TopicModel read(InputStream in, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> header = new TreeMap<>();
    List<String> topicIds = null;
    double[] intercepts = null;
    List<String> terms = new ArrayList<>();
    double[] idf = new double[1024];
    float[] weights = null;
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + number;
      if (topicIds == null || intercepts == null) {
        switch (f[0]) {
          case "version", "threshold", "lone_threshold", "min_words", "veto", "veto_max_words",
              "doubt", "stray", "training" -> {
            if (f.length != 2) {
              throw new IllegalArgumentException(where + ": '" + f[0] + "' takes one value");
            }
            header.put(f[0], f[1]);
          }
          case "topics" -> topicIds = List.of(Arrays.copyOfRange(f, 1, f.length));
          case "intercepts" -> {
            if (topicIds == null) {
              throw new IllegalArgumentException(where + ": 'intercepts' before 'topics'");
            }
            intercepts = numbers(f, 1, topicIds.size(), where);
          }
          default -> throw new IllegalArgumentException(
              where + ": expected a header line (version, threshold, lone_threshold, min_words,"
                  + " veto, veto_max_words, doubt, stray, training, topics, intercepts), got '"
                  + f[0] + "'");
        }
        continue;
      }
      int t = topicIds.size();
      if (f.length != t + 2) {
        throw new IllegalArgumentException(
            where + ": a term line has the term, its idf and " + t + " weights");
      }
      int i = terms.size();
      terms.add(f[0]);
      if (i == idf.length) {
        idf = Arrays.copyOf(idf, i * 2);
      }
      idf[i] = numbers(Arrays.copyOf(f, 2), 1, 1, where)[0];
      if (weights == null) {
        weights = new float[1024 * t];
      } else if ((i + 1) * t > weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
      }
      double[] w = numbers(f, 2, t, where);
      for (int k = 0; k < t; k++) {
        weights[i * t + k] = (float) w[k];
      }
    }
    if (topicIds == null || intercepts == null) {
      throw new IllegalArgumentException(source + ": no 'topics' and 'intercepts' lines");
    }
    for (String key : List.of("version", "threshold", "min_words")) {
      if (!header.containsKey(key)) {
        throw new IllegalArgumentException(source + ": no '" + key + "' line");
      }
    }
    int t = topicIds.size();
    TopicModel model =
        of(
            header.get("version"),
            headerNumber(header, "threshold", false, source),
            (int) headerNumber(header, "min_words", true, source),
            header.getOrDefault("training", ""),
            topicIds,
            intercepts,
            terms,
            Arrays.copyOf(idf, terms.size()),
            weights == null ? new float[0] : Arrays.copyOf(weights, terms.size() * t));
    if (header.containsKey("veto") != header.containsKey("veto_max_words")) {
      throw new IllegalArgumentException(source + ": 'veto' and 'veto_max_words' go together");
    }
    if (!header.containsKey("veto")) {
      for (String needsVeto : List.of("doubt", "stray")) {
        if (header.containsKey(needsVeto)) {
          throw new IllegalArgumentException(source + ": '" + needsVeto + "' needs 'veto'");
        }
      }
    }
    try {
      TopicModel read = model;
      if (header.containsKey("veto")) {
        read =
            read.withVeto(
                headerNumber(header, "veto", false, source),
                (int) headerNumber(header, "veto_max_words", true, source));
        if (header.containsKey("doubt")) {
          read = read.withDoubt(headerNumber(header, "doubt", false, source));
        }
        if (header.containsKey("stray")) {
          read = read.withStray(headerNumber(header, "stray", false, source));
        }
      }
      if (header.containsKey("lone_threshold")) {
        double lone = headerNumber(header, "lone_threshold", false, source);
        // checked here, as withLoneThreshold reads 0 as none, which a file says by leaving the
        // line out
        String wrong = loneThresholdError(lone, read.threshold(), read.veto());
        if (wrong != null) {
          throw new IllegalArgumentException("topic model: " + wrong);
        }
        read = read.withLoneThreshold(lone);
      }
      return read;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static double headerNumber(
      Map<String, String> header, String key, boolean whole, String source) {
    String value = header.get(key);
    try {
      double v = Double.parseDouble(value);
      if (!Double.isFinite(v) || (whole && v != Math.rint(v))) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          source + ": '" + key + "' is not a " + (whole ? "whole " : "")
              + "number: '" + value + "'", e);
    }
  }

  private static double[] numbers(String[] f, int from, int n, String where) {
    if (f.length != from + n) {
      throw new IllegalArgumentException(where + ": expected " + n + " numbers");
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      try {
        out[i] = Double.parseDouble(f[from + i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": not a number: '" + f[from + i] + "'", e);
      }
      if (!Double.isFinite(out[i])) {
        throw new IllegalArgumentException(where + ": not a finite number: " + f[from + i]);
      }
    }
    return out;
  }

  /** Writes the model in the file format of the class comment (the trainer's output). */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        topics().equals(TONE_LABELS)
            ? "# Entente tone model: see docs/topics.md, \"The tone model (sixtieth round)\"\n"
            : "# Entente topic model: see docs/topics.md, \"The model beside the phrases\"\n");
    sb.append("version\t").append(version).append('\n');
    sb.append("threshold\t").append(threshold).append('\n');
    if (loneThreshold != threshold) {
      sb.append("lone_threshold\t").append(loneThreshold).append('\n');
    }
    sb.append("min_words\t").append(minWords).append('\n');
    if (veto > 0) {
      sb.append("veto\t").append(veto).append('\n');
      sb.append("veto_max_words\t").append(vetoMaxWords).append('\n');
    }
    if (doubt > 0) {
      sb.append("doubt\t").append(doubt).append('\n');
    }
    if (stray > 0) {
      sb.append("stray\t").append(stray).append('\n');
    }
    sb.append("training\t").append(training).append('\n');
    sb.append("topics");
    for (String t : topics) {
      sb.append('\t').append(t);
    }
    sb.append('\n').append("intercepts");
    for (double v : intercepts) {
      sb.append('\t').append(number(v, 6));
    }
    sb.append('\n');
    int t = topics.length;
    for (int i = 0; i < terms.length; i++) {
      sb.append(terms[i]).append('\t').append(number(idf[i], 6));
      for (int k = 0; k < t; k++) {
        sb.append('\t').append(number(weights[i * t + k], 4));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * A number as the file keeps it: intercepts and idf to six significant digits, weights to four
   * (a weight's fifth digit moves no probability by more than about 1e-4), trailing zeros dropped.
   */
  private static String number(double v, int digits) {
    return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toString();
  }

  /** The terms in the order of the file. */
  public List<String> terms() {
    return List.of(terms);
  }

  public String version() {
    return version;
  }

  public double threshold() {
    return threshold;
  }

  /**
   * The probability from which a topic is reported in a text of one sentence ({@link
   * #withLoneThreshold}); the threshold when the model has no lone threshold.
   */
  public double loneThreshold() {
    return loneThreshold;
  }

  public int minWords() {
    return minWords;
  }

  /**
   * Below this probability a phrase's topic may give way to the model's; 0 when the model has no
   * veto (and then it adds no topic to a sentence the phrases tag).
   */
  public double veto() {
    return veto;
  }

  /** The most words of a sentence whose phrase topics the veto is asked about (0: no veto). */
  public int vetoMaxWords() {
    return vetoMaxWords;
  }

  /**
   * Below this probability a phrase's topic found once gives way in a sentence where the model is
   * sure of no topic and which alone in its text has the topic; 0 for no doubt. At most {@link
   * #veto()}.
   */
  public double doubt() {
    return doubt;
  }

  /**
   * Below this probability a phrase's topic found once, by one-word phrases, gives way in a
   * sentence where the model gives at least this much to a topic other sentences of the text name
   * twice or more; 0 for none ({@link #withStray}).
   */
  public double stray() {
    return stray;
  }

  /** What the model was trained on, as the trainer recorded it. */
  public String training() {
    return training;
  }

  /** The model's topic ids, in the order of its weights. */
  public List<String> topics() {
    return List.of(topics);
  }

  /** Receives tokens: the hash of the lower-cased token, its start and end, and its length. */
  public interface TokenSink {
    void accept(long hash, int start, int end);
  }

  /**
   * Reads the tokens of {@code text[start, end)} (runs of letters and digits), hashing each
   * lower-cased token. Every token reaches the sink, one-char tokens too (they count as words).
   */
  public static void forEachToken(CharSequence text, int start, int end, TokenSink sink) {
    char[] chars = new char[end - start];
    copy(text, start, end, chars);
    forEachToken(chars, end - start, start, Integer.MAX_VALUE, sink);
  }

  /**
   * As {@link #forEachToken(CharSequence, int, int, TokenSink)} over {@code chars[0, length)},
   * which hold the text from offset {@code offset} on, but stopping after {@code limit} tokens;
   * returns how many it read.
   */
  private static int forEachToken(
      char[] chars, int length, int offset, int limit, TokenSink sink) {
    int tokens = 0;
    long h = FNV_OFFSET;
    int from = -1;
    for (int i = 0; i < length; i++) {
      char c = LOWER_WORD_CHAR[chars[i]];
      if (c != 0) {
        // lower-cased in place, for the sink's stem and prefix (the chars are a copy)
        chars[i] = c;
        if (from < 0) {
          from = i;
          h = FNV_OFFSET;
        }
        h = (h ^ c) * FNV_PRIME;
      } else if (from >= 0) {
        sink.accept(h, from + offset, i + offset);
        from = -1;
        if (++tokens == limit) {
          return tokens;
        }
      }
    }
    if (from >= 0) {
      sink.accept(h, from + offset, length + offset);
      tokens++;
    }
    return tokens;
  }

  /** {@code text[start, end)} into {@code into[0, end - start)}. */
  private static void copy(CharSequence text, int start, int end, char[] into) {
    if (text instanceof String string) {
      string.getChars(start, end, into, 0);
    } else {
      for (int i = start; i < end; i++) {
        into[i - start] = text.charAt(i);
      }
    }
  }

  /**
   * The terms of a text as the trainer counts them for a model with stems and prefixes: every
   * token of two chars or more, lower-cased char by char; every two such tokens in a row joined by
   * a space; and for a token of five chars or more, not all digits, its stem ({@link
   * #stemLength}) after {@code ~}, and for one of six or more its first five chars after {@code ^},
   * in text order.
   */
  public static List<String> termsOf(CharSequence text) {
    return termsOf(text, true);
  }

  /**
   * As {@link #termsOf(CharSequence)}, with stems and prefixes only when {@code affixes} (the
   * tone model has none: words and pairs of words).
   */
  public static List<String> termsOf(CharSequence text, boolean affixes) {
    List<String> tokens = new ArrayList<>();
    forEachToken(
        text,
        0,
        text.length(),
        (hash, s, e) -> {
          if (e - s >= 2) {
            tokens.add(lower(text, s, e));
          }
        });
    List<String> out = new ArrayList<>(tokens.size() * 4);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      out.add(token);
      if (i > 0) {
        out.add(tokens.get(i - 1) + " " + token);
      }
      if (!affixes) {
        continue;
      }
      char[] c = token.toCharArray();
      int stem = stemLength(c, 0, c.length);
      if (stem > 0) {
        out.add(STEM_MARK + token.substring(0, stem));
      }
      if (hasPrefix(c, 0, c.length)) {
        out.add(PREFIX_MARK + token.substring(0, PREFIX));
      }
    }
    return out;
  }

  /** The mark before a stem term ({@link #termsOf}); no token holds it. */
  private static final char STEM_MARK = '~';

  /** The mark before a prefix term ({@link #termsOf}); no token holds it. */
  private static final char PREFIX_MARK = '^';

  /** The length of a prefix term. */
  private static final int PREFIX = 5;

  /** Whether a term's first char marks it a stem or a prefix. */
  private static boolean isAffix(char mark) {
    return mark == STEM_MARK || mark == PREFIX_MARK;
  }

  /**
   * Endings a stem drops, the first that fits: the longest first where one ends another. A
   * light stemmer (English inflections and common derivations), so that "sanction",
   * "sanctions" and "sanctioned" share a feature the training data may have seen only one of.
   */
  private static final char[][] SUFFIXES = Stream.of(
          "izations", "ization", "ations", "ation", "ments", "ment", "ities", "ity", "ness",
          "ical", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "ic", "al", "ly", "ive",
          "s", "e", "y")
      .map(String::toCharArray)
      .toArray(char[][]::new);

  /**
   * The length of the stem of the lower-cased token {@code c[from, from + length)}: without the
   * first of {@link #SUFFIXES} it ends with that leaves four chars or more (an "s" after an "s" is
   * no plural), or the whole token when none does; 0 when the token has fewer than five chars or
   * only digits (no stem term).
   */
  static int stemLength(char[] c, int from, int length) {
    if (length < 5 || allDigits(c, from, length)) {
      return 0;
    }
    int end = from + length;
    for (char[] suffix : SUFFIXES) {
      int stem = length - suffix.length;
      if (stem < 4 || !endsWith(c, end, suffix)) {
        continue;
      }
      if (suffix.length == 1 && suffix[0] == 's' && c[end - 2] == 's') {
        continue;
      }
      return stem;
    }
    return length;
  }

  /**
   * Whether the lower-cased token {@code c[from, from + length)} has a prefix term: six chars or
   * more, not all digits.
   */
  static boolean hasPrefix(char[] c, int from, int length) {
    return length > PREFIX && !allDigits(c, from, length);
  }

  /** Whether {@code c[.., end)} ends with {@code suffix}. */
  private static boolean endsWith(char[] c, int end, char[] suffix) {
    for (int i = 1; i <= suffix.length; i++) {
      if (c[end - i] != suffix[suffix.length - i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(char[] c, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!Character.isDigit(c[i])) {
        return false;
      }
    }
    return true;
  }

  /** The FNV-1a hash of {@code c[from, from + length)}, as {@link #forEachToken} hashes a token. */
  private static long hash(char[] c, int from, int length) {
    long h = FNV_OFFSET;
    for (int i = from; i < from + length; i++) {
      h = (h ^ c[i]) * FNV_PRIME;
    }
    return h;
  }

  private static char[] lowerWordChars() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        table[c] = Character.toLowerCase((char) c);
      }
    }
    return table;
  }

  private static String lower(CharSequence text, int s, int e) {
    char[] c = new char[e - s];
    for (int i = s; i < e; i++) {
      c[i - s] = Character.toLowerCase(text.charAt(i));
    }
    return new String(c);
  }

  /**
   * The term itself when it is one or two tokens, a stem or a prefix as {@link #termsOf} writes
   * them, else not.
   */
  private static String normalTerm(String term) {
    char mark = term.isEmpty() ? 0 : term.charAt(0);
    boolean affix = isAffix(mark);
    String body = affix ? term.substring(1) : term;
    List<String> tokens = new ArrayList<>();
    forEachToken(body, 0, body.length(), (hash, s, e) -> tokens.add(lower(body, s, e)));
    if (affix) {
      boolean fits = tokens.size() == 1
          && (mark == STEM_MARK ? body.length() >= 4 : body.length() == PREFIX);
      return fits ? mark + tokens.get(0) : "";
    }
    if (tokens.isEmpty() || tokens.size() > 2 || tokens.stream().anyMatch(t -> t.length() < 2)) {
      return "";
    }
    return String.join(" ", tokens);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = z ^ (z >>> 33);
    return z == 0 ? 1 : z;
  }

  private static long unigramKey(long hash) {
    return mix(hash);
  }

  private static long bigramKey(long first, long second) {
    return mix(first * 0x9e3779b97f4a7c15L + second + 0x632be59bd9b4e019L);
  }

  private static long stemKey(long hash) {
    return mix(hash * 0xc2b2ae3d27d4eb4fL + 0x165667b19e3779f9L);
  }

  private static long prefixKey(long hash) {
    return mix(hash * 0x27d4eb2f165667c5L + 0x85ebca77c2b2ae63L);
  }

  private static long termKey(String term) {
    char mark = term.charAt(0);
    if (isAffix(mark)) {
      char[] rest = term.substring(1).toCharArray();
      long h = hash(rest, 0, rest.length);
      return mark == STEM_MARK ? stemKey(h) : prefixKey(h);
    }
    long[] hashes = new long[2];
    int[] n = new int[1];
    forEachToken(
        term,
        0,
        term.length(),
        (hash, s, e) -> {
          if (n[0] < 2) {
            hashes[n[0]] = hash;
          }
          n[0]++;
        });
    return n[0] == 1 ? unigramKey(hashes[0]) : bigramKey(hashes[0], hashes[1]);
  }

  private int lookup(long key) {
    int slot = (int) key & tableMask;
    while (true) {
      long k = tableKeys[slot];
      if (k == key) {
        return tableTerms[slot];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & tableMask;
    }
  }

  /**
   * Per-thread buffers: the sentence's chars, its term ids, their values and the topics'
   * probabilities.
   */
  private static final class Scratch implements TokenSink {
    char[] chars = new char[1024];
    int[] terms = new int[64];
    double[] values = new double[64];
    int size;
    long previous;
    boolean hasPrevious;
    /** The text offset of {@code chars[0]}. */
    int base;
    TopicModel model;
    double[] probabilities;
    /** The words of the text the last {@code probabilities} call read. */
    int words;

    @Override
    public void accept(long hash, int start, int end) {
      if (end - start < 2) {
        return;
      }
      add(model.lookup(unigramKey(hash)));
      if (hasPrevious) {
        add(model.lookup(bigramKey(previous, hash)));
      }
      previous = hash;
      hasPrevious = true;
      if (model.affixes && end - start > 4) {
        // the token's chars, lower-cased in place by forEachToken
        int from = start - base;
        int length = end - start;
        int stem = stemLength(chars, from, length);
        if (stem > 0) {
          add(model.lookup(stemKey(stem == length ? hash : hash(chars, from, stem))));
        }
        if (hasPrefix(chars, from, length)) {
          add(model.lookup(prefixKey(hash(chars, from, PREFIX))));
        }
      }
    }

    private void add(int term) {
      if (term < 0) {
        return;
      }
      if (size == terms.length) {
        terms = Arrays.copyOf(terms, size * 2);
      }
      terms[size++] = term;
    }
  }

  private Scratch scratch() {
    Scratch s = SCRATCH.get();
    s.model = this;
    if (s.probabilities == null || s.probabilities.length != topics.length) {
      s.probabilities = new double[topics.length];
    }
    return s;
  }

  /**
   * The words of the text that the calling thread's last {@code probabilities} call read (a
   * text past its {@code maxWords} is read to one word more).
   */
  int lastWords() {
    return scratch().words;
  }

  /**
   * The probability of each topic ({@link #topics()} order) for {@code text[start, end)}, or null
   * when it has fewer than {@link #minWords()} words. The array is the calling thread's buffer,
   * overwritten by its next call.
   */
  double[] probabilities(CharSequence text, int start, int end) {
    return probabilities(text, start, end, Integer.MAX_VALUE);
  }

  /**
   * As {@link #probabilities(CharSequence, int, int)}, but also null when the text has more than
   * {@code maxWords} words.
   */
  double[] probabilities(CharSequence text, int start, int end, int maxWords) {
    Scratch s = scratch();
    s.size = 0;
    s.hasPrevious = false;
    if (s.chars.length < end - start) {
      s.chars = new char[Math.max(end - start, s.chars.length * 2)];
    }
    copy(text, start, end, s.chars);
    s.base = start;
    // a text past maxWords is no use: stop at its first word too many
    int limit = maxWords == Integer.MAX_VALUE ? maxWords : maxWords + 1;
    int words = forEachToken(s.chars, end - start, start, limit, s);
    s.words = words;
    s.model = null;
    if (words < minWords || words > maxWords) {
      return null;
    }
    int t = topics.length;
    double[] p = s.probabilities;
    System.arraycopy(intercepts, 0, p, 0, t);
    if (s.size > 0) {
      int[] ids = s.terms;
      Arrays.sort(ids, 0, s.size);
      // each distinct term once, in id order: (1 + ln count) * idf, which is the idf itself for
      // the usual count of 1
      if (s.values.length < s.size) {
        s.values = new double[ids.length];
      }
      double[] values = s.values;
      int distinct = 0;
      double norm = 0;
      for (int a = 0; a < s.size; ) {
        int b = a + 1;
        while (b < s.size && ids[b] == ids[a]) {
          b++;
        }
        double v = b - a == 1 ? idf[ids[a]] : (1 + Math.log(b - a)) * idf[ids[a]];
        norm += v * v;
        ids[distinct] = ids[a];
        values[distinct++] = v;
        a = b;
      }
      norm = Math.sqrt(norm);
      for (int d = 0; d < distinct; d++) {
        double v = values[d] / norm;
        int base = ids[d] * t;
        for (int k = 0; k < t; k++) {
          p[k] += v * weights[base + k];
        }
      }
    }
    for (int k = 0; k < t; k++) {
      p[k] = 1 / (1 + Math.exp(-p[k]));
    }
    return p;
  }

  /**
   * What the veto puts in place of {@code label} for {@code text[start, end)}: the most probable
   * other label when {@code label}'s probability is below {@link #veto()} and that label's reaches
   * {@link #threshold()}; null when the veto keeps {@code label} (no veto, a text outside {@link
   * #minWords()} to {@link #vetoMaxWords()} words, a label the model lacks, or no sure reading).
   * For a single-label model such as the tone model, whose labels are the three leanings.
   */
  public String vetoFor(CharSequence text, int start, int end, String label) {
    int k = Arrays.binarySearch(topics, label);
    if (veto == 0 || k < 0) {
      return null;
    }
    double[] p = probabilities(text, start, end, vetoMaxWords);
    if (p == null || p[k] >= veto) {
      return null;
    }
    int best = -1;
    for (int j = 0; j < p.length; j++) {
      if (j != k && (best < 0 || p[j] > p[best])) {
        best = j;
      }
    }
    return best >= 0 && p[best] >= threshold ? topics[best] : null;
  }

  /** The probability of each topic for a text, by topic id (for tools and tests). */
  public Map<String, Double> probabilitiesOf(String text) {
    double[] p = probabilities(text, 0, text.length());
    Map<String, Double> out = new TreeMap<>();
    if (p != null) {
      for (int k = 0; k < topics.length; k++) {
        out.put(topics[k], p[k]);
      }
    }
    return out;
  }

  /** A term of a text and what it adds to one topic's logit: its unit-vector value times weight. */
  public record Contribution(String term, double value) {}

  /**
   * The terms of {@code text} that move {@code topic}'s logit, largest effect first (for {@code
   * entente explain --topics}; allocates, so not for the job's path). Empty when the text has
   * fewer words than the floor or the model has no such topic.
   */
  public List<Contribution> contributions(String text, String topic, int limit) {
    int k = Arrays.asList(topics).indexOf(topic);
    if (k < 0 || probabilities(text, 0, text.length()) == null) {
      return List.of();
    }
    // each known term's index and count, in term order
    Map<String, int[]> counts = new TreeMap<>();
    for (String term : termsOf(text, affixes)) {
      int i = lookup(termKey(term));
      if (i >= 0) {
        counts.computeIfAbsent(term, t -> new int[] {i, 0})[1]++;
      }
    }
    double norm = 0;
    for (int[] c : counts.values()) {
      double v = (1 + Math.log(c[1])) * idf[c[0]];
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    List<Contribution> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int i = e.getValue()[0];
      double v = (1 + Math.log(e.getValue()[1])) * idf[i] / norm;
      out.add(new Contribution(e.getKey(), v * weights[i * topics.length + k]));
    }
    out.sort((a, b) -> Double.compare(Math.abs(b.value()), Math.abs(a.value())));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /** Reads a model bundled as a class-path resource ({@code .gz} names are gunzipped). */
  public static TopicModel resource(String name) {
    InputStream raw = TopicModel.class.getClassLoader().getResourceAsStream(name);
    if (raw == null) {
      throw new IllegalStateException("bundled model missing: " + name);
    }
    try (InputStream in = maybeGunzip(raw, name)) {
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled model " + name, e);
    }
  }

  private static final class BundledHolder {
    static final TopicModel BUNDLED_MODEL = resource(BUNDLED);
  }
}
