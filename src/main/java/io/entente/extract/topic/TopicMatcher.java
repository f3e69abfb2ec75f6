package io.entente.extract.topic;

import io.entente.extract.Inflections;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.TextFold;
import io.entente.extract.TopicHit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Finds taxonomy topics per sentence with one pass of a single {@link PhraseMatcher} that holds
 * every topic's phrases and negative phrases (all inflected variants) and co-terms.
 *
 * <p>Per sentence and topic: a phrase occurrence is dropped when a negative phrase or an other
 * sense of the same topic overlaps it, when a longer phrase of the same topic contains it
 * ("climate" inside "climate change"), when it needs a co-term and none of the topic's co-terms
 * is in the sentence, or when it is marked {@code unless_term} and one of the topic's
 * unless-terms is in the sentence (food carried by an aid convoy is aid, not farming) or one of
 * its unless-topics is found in it (the troops of a border clash are the conflict's, not a story
 * on defence), or also in the sentence before or after when it is marked {@code unless_nearby}
 * too ({@link #withoutNearby}), or when it is marked
 * {@code needs_score} and no game's score stands near it ("a 3-1 win" is sport), or when the
 * text uses a phrase the taxonomy writes in lower case as a name ({@link PhraseNames}: "the band
 * Sanctions", "the colt Hurricane", "Refugee Road"). A phrase marked {@code weak} counts only
 * when another phrase of the topic, not a form of its own, counts in the sentence ("a mayor" and
 * "a bribe"). The weights of the remaining occurrences are summed; the topic is reported when
 * the sum reaches the topic's {@code min_score}.
 *
 * <p>With a {@link TopicModel} ({@link #withModel}), a sentence no phrase tags gets the topics the
 * model reads at its threshold (its lone threshold in a text of one sentence, {@link
 * TopicModel#loneThreshold()}), but not a topic whose other sense it holds ("political
 * climate"), and, under the model's veto, a phrase topic the model doubts in a sentence it reads
 * as another topic gives way to that topic; under its doubt, a phrase topic found
 * once that it doubts further, in a sentence it reads as no topic, gives way when no other sentence
 * of the text has it; under its stray, a phrase topic one sentence alone has, in a sentence it
 * reads as the topic of the text's story, gives way ({@link #find(String, int[],
 * PhraseMatcher.MatchSource)}).
 *
 * <p>Immutable and thread-safe; compile once per JVM (or broadcast) and reuse.
 */
public final class TopicMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final byte PHRASE = 0;
  private static final byte NEGATIVE = 1;
  private static final byte CO_TERM = 2;
  private static final byte UNLESS_TERM = 3;
  /** A negative the model heeds too ({@link Taxonomy.Topic#otherSenses}). */
  private static final byte OTHER_SENSE = 4;

  /** How far from a {@code needs_score} phrase its score may be, in chars, within its sentence. */
  private static final int SCORE_REACH = 30;

  /**
   * The fewest words of a sentence in which the model's doubt drops a topic: in a shorter one the
   * model has too few words to doubt a topic its phrase names ("The two sides signed a
   * memorandum on critical minerals."), so its probability is mostly its intercept.
   */
  static final int DOUBT_MIN_WORDS = 12;

  /** The highest score of a topic the model finds: below 1, the bundled minimum score. */
  static final double MODEL_SCORE_CAP = 0.999;

  private final PhraseMatcher matcher;
  private final byte[] kind;
  private final int[] topicOf;
  private final double[] weight;
  private final boolean[] needsCoTerm;
  private final boolean[] unlessTerm;
  private final boolean[] unlessNearby;
  private final boolean[] needsScore;
  /** The phrase is weak: it counts only beside another phrase of its topic in its sentence. */
  private final boolean[] weak;
  /** Which taxonomy phrase a form comes from (its inflections share it); -1 for other kinds. */
  private final int[] phraseOf;
  /** The phrase is written in lower case, so capitals in a text may make it a name. */
  private final boolean[] nameable;
  /**
   * What the form says of its topic whatever the model reads ({@link #SEVERAL_WORDS}, {@link
   * #SURE}; 0 for a plain word), read by the model's veto and doubt ({@link #phraseKinds}).
   */
  private final byte[] standing;
  private final PhraseNames names;
  private final int[][] unlessTopics;
  private final String[] ids;
  private final String[] labels;
  private final String[] groups;
  private final double[] minScore;
  private final Map<String, Integer> indexOf;
  private final String version;
  /** The model asked about sentences where no phrase counts, or null for phrases alone. */
  private final TopicModel model;
  /** The matcher's topic index of each of the model's topics, -1 when the taxonomy lacks it. */
  private final int[] modelTopic;
  /** The model's index of each of the matcher's topics, -1 when the model lacks it. */
  private final int[] modelIndex;

  private TopicMatcher(Taxonomy taxonomy, PhraseNames names) {
    this.names = names;
    List<Taxonomy.Topic> topics = new ArrayList<>(taxonomy.topics());
    topics.sort(Comparator.comparing(Taxonomy.Topic::id));
    int n = topics.size();
    if (n >= 1 << 16) {
      throw new IllegalArgumentException("at most 65535 topics, got " + n);
    }
    ids = new String[n];
    labels = new String[n];
    groups = new String[n];
    minScore = new double[n];
    indexOf = new HashMap<>();
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    // what each surface form added to the automaton is, in the order of its id
    List<Form> forms = new ArrayList<>();
    int phrases = 0;
    for (int t = 0; t < n; t++) {
      Taxonomy.Topic topic = topics.get(t);
      ids[t] = topic.id();
      labels[t] = topic.label();
      groups[t] = topic.group();
      minScore[t] = topic.minScore();
      indexOf.put(topic.id(), t);
      // one entry per distinct surface form and kind within a topic, so listing "sanction" and
      // "sanctions" does not count "sanctions" twice; the first listing wins
      Set<String> seen = new HashSet<>();
      for (Taxonomy.Phrase p : topic.phrases()) {
        int phrase = phrases++;
        List<String> variants =
            p.inflect() ? Inflections.variants(p.text()) : List.of(p.text());
        for (String form : variants) {
          String key = "p" + (p.caseSensitive() ? form : TextFold.fold(form.strip()));
          if (seen.add(key)) {
            b.add(form, p.caseSensitive());
            forms.add(
                new Form(
                    PHRASE,
                    t,
                    p.weight(),
                    p.needsCoTerm(),
                    p.unlessTerm(),
                    p.unlessNearby(),
                    p.needsScore(),
                    p.weak(),
                    phrase,
                    !p.caseSensitive() && p.text().equals(p.text().toLowerCase(Locale.ROOT)),
                    (byte) ((oneWord(form) ? 0 : SEVERAL_WORDS) | (p.sure() ? SURE : 0))));
          }
        }
      }
      // a negative is inflected like a phrase: "trade union" also vetoes "trade unions"
      List<String> negatives = new ArrayList<>();
      for (String negative : topic.negative()) {
        negatives.addAll(Inflections.variants(negative));
      }
      addPlain(b, negatives, NEGATIVE, t, seen, forms);
      List<String> otherSenses = new ArrayList<>();
      for (String sense : topic.otherSenses()) {
        otherSenses.addAll(Inflections.variants(sense));
      }
      addPlain(b, otherSenses, OTHER_SENSE, t, seen, forms);
      addPlain(b, topic.coTerms(), CO_TERM, t, seen, forms);
      addPlain(b, topic.unlessTerms(), UNLESS_TERM, t, seen, forms);
    }
    matcher = b.build();
    int m = forms.size();
    kind = new byte[m];
    topicOf = new int[m];
    weight = new double[m];
    needsCoTerm = new boolean[m];
    unlessTerm = new boolean[m];
    unlessNearby = new boolean[m];
    needsScore = new boolean[m];
    weak = new boolean[m];
    phraseOf = new int[m];
    nameable = new boolean[m];
    standing = new byte[m];
    for (int i = 0; i < m; i++) {
      Form f = forms.get(i);
      kind[i] = f.kind();
      topicOf[i] = f.topic();
      weight[i] = f.weight();
      needsCoTerm[i] = f.needsCoTerm();
      unlessTerm[i] = f.unlessTerm();
      unlessNearby[i] = f.unlessNearby();
      needsScore[i] = f.needsScore();
      weak[i] = f.weak();
      phraseOf[i] = f.phrase();
      nameable[i] = f.nameable();
      standing[i] = f.standing();
    }
    unlessTopics = new int[n][];
    for (int t = 0; t < n; t++) {
      // a topic a user's file removed cannot be found, so naming it is no error
      unlessTopics[t] =
          topics.get(t).unlessTopics().stream()
              .filter(indexOf::containsKey)
              .mapToInt(indexOf::get)
              .toArray();
    }
    version = taxonomy.version();
    model = null;
    modelTopic = null;
    modelIndex = null;
  }

  /** A copy of {@code phrases} that asks {@code model} about sentences no phrase tags. */
  private TopicMatcher(TopicMatcher phrases, TopicModel model) {
    this.names = phrases.names;
    this.matcher = phrases.matcher;
    this.kind = phrases.kind;
    this.topicOf = phrases.topicOf;
    this.weight = phrases.weight;
    this.needsCoTerm = phrases.needsCoTerm;
    this.unlessTerm = phrases.unlessTerm;
    this.unlessNearby = phrases.unlessNearby;
    this.needsScore = phrases.needsScore;
    this.weak = phrases.weak;
    this.phraseOf = phrases.phraseOf;
    this.nameable = phrases.nameable;
    this.standing = phrases.standing;
    this.unlessTopics = phrases.unlessTopics;
    this.ids = phrases.ids;
    this.labels = phrases.labels;
    this.groups = phrases.groups;
    this.minScore = phrases.minScore;
    this.indexOf = phrases.indexOf;
    this.version = phrases.version;
    this.model = model;
    if (model == null) {
      this.modelTopic = null;
      this.modelIndex = null;
    } else {
      List<String> modelTopics = model.topics();
      this.modelTopic = new int[modelTopics.size()];
      this.modelIndex = new int[ids.length];
      Arrays.fill(modelIndex, -1);
      for (int k = 0; k < modelTopic.length; k++) {
        modelTopic[k] = indexOf.getOrDefault(modelTopics.get(k), -1);
        if (modelTopic[k] >= 0) {
          modelIndex[modelTopic[k]] = k;
        }
      }
    }
  }

  /** What one surface form of the automaton is: its kind, its topic and its phrase's marks. */
  private record Form(
      byte kind,
      int topic,
      double weight,
      boolean needsCoTerm,
      boolean unlessTerm,
      boolean unlessNearby,
      boolean needsScore,
      boolean weak,
      int phrase,
      boolean nameable,
      byte standing) {}

  // co-terms and unless-terms are not inflected: list the forms you mean
  private static void addPlain(
      PhraseMatcher.Builder b,
      List<String> phrases,
      byte k,
      int topic,
      Set<String> seen,
      List<Form> forms) {
    for (String p : phrases) {
      if (seen.add(k + TextFold.fold(p.strip()))) {
        b.add(p);
        forms.add(
            new Form(k, topic, 0.0, false, false, false, false, false, -1, false, (byte) 0));
      }
    }
  }

  /**
   * Compiles a taxonomy: inflects phrases and builds the single automaton. Phrases used as names
   * are read with the bundled cues of {@code taxonomy/names.tsv}.
   */
  public static TopicMatcher compile(Taxonomy taxonomy) {
    return new TopicMatcher(taxonomy, PhraseNames.load());
  }

  /** As {@link #compile(Taxonomy)}, with the given name cues ({@link PhraseNames#NONE}: none). */
  static TopicMatcher compile(Taxonomy taxonomy, PhraseNames names) {
    return new TopicMatcher(taxonomy, names);
  }

  /**
   * The matcher for the bundled taxonomy with the bundled model beside its phrases ({@link
   * TopicModel#bundled()}), compiled once per JVM: what the job uses unless configured otherwise.
   */
  public static TopicMatcher defaultMatcher() {
    return DefaultHolder.DEFAULT;
  }

  /** The bundled taxonomy's phrases alone, without a model; compiled once per JVM. */
  public static TopicMatcher defaultPhrases() {
    return PhrasesHolder.PHRASES;
  }

  /**
   * This matcher's phrases with {@code model} asked about each sentence in which no phrase counts
   * (replacing any model this matcher has). The model reports only topics of this taxonomy.
   */
  public TopicMatcher withModel(TopicModel model) {
    return new TopicMatcher(this, model);
  }

  /** The model asked about sentences no phrase tags, if any. */
  public java.util.Optional<TopicModel> model() {
    return java.util.Optional.ofNullable(model);
  }

  /** Topic ids in sorted order. */
  public List<String> topicIds() {
    return List.of(ids);
  }

  /** Label of a topic id; throws for an unknown id. */
  public String label(String id) {
    return labels[index(id)];
  }

  /** Parent group of a topic id; throws for an unknown id. */
  public String group(String id) {
    return groups[index(id)];
  }

  /** Version of the compiled taxonomy. */
  public String version() {
    return version;
  }

  /** Number of surface forms in the automaton (after inflection). */
  public int surfaceForms() {
    return kind.length;
  }

  /** The compiled phrases, for a joint pass with other matchers ({@link PhraseMatcher.Joint}). */
  public PhraseMatcher phrases() {
    return matcher;
  }

  /** Topics of a text without sentence split: the distinct topic ids of {@link #find}. */
  public List<String> topicsOf(String text) {
    List<TopicHit> hits = find(text, SentenceSplitter.starts(text));
    return hits.stream().map(TopicHit::topic).distinct().sorted().toList();
  }

  /**
   * Topics per sentence.
   *
   * @param text the article text (original, not folded)
   * @param sentenceStarts from {@link SentenceSplitter#starts}
   * @return hits sorted by sentence then topic id; a match belongs to the sentence of its start
   */
  public List<TopicHit> find(String text, int[] sentenceStarts) {
    return find(text, sentenceStarts, matcher.over(text));
  }

  /**
   * As {@link #find(String, int[])}, reading the matches of {@link #phrases()} over {@code text}
   * from {@code matches} (a joint pass) instead of making a pass of its own.
   */
  public List<TopicHit> find(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches) {
    OtherSenses senses = model == null ? null : new OtherSenses();
    List<TopicHit> hits = phraseHits(text, sentenceStarts, matches, senses);
    if (model == null || sentenceStarts.length == 0) {
      return hits;
    }
    // a text of one sentence is one chance of a wrong topic, a longer one a chance per sentence
    double threshold =
        sentenceStarts.length == 1 ? model.loneThreshold() : model.threshold();
    List<TopicHit> read = withModelHits(text, sentenceStarts, hits, senses, threshold);
    return model.stray() > 0 ? withoutStrays(text, sentenceStarts, hits, read) : read;
  }

  /**
   * {@code read} (the hits after the model's reading) without the stray words of a story: a
   * topic that only one sentence has, found there by phrases ({@code phraseHits}) of one word
   * (none sure) and scoring under 2, gives way when in that sentence the model gives it less than
   * its stray and gives at least the stray to a topic that two or more sentences of the text have
   * (the story's): "the home side looked short of energy early on" in a match report, "farmers
   * said the disease was the worst in a generation" in a story of foot-and-mouth disease on
   * cattle farms. "Japan suspended imports of the pork" in that story keeps trade, as the model
   * reads trade there. A text whose topics are each found once has no story to tell a stray word
   * from, and a sentence alone (a headline, a set's item) never loses a topic here.
   */
  private List<TopicHit> withoutStrays(
      String text, int[] sentenceStarts, List<TopicHit> phraseHits, List<TopicHit> read) {
    int[] sentences = new int[ids.length];
    boolean story = false;
    for (TopicHit h : read) {
      story |= ++sentences[Arrays.binarySearch(ids, h.topic())] >= 2;
    }
    if (!story) {
      return read;
    }
    List<TopicHit> out = null;
    for (int i = 0; i < read.size(); i++) {
      TopicHit hit = read.get(i);
      boolean drop = isStray(text, sentenceStarts, sentences, phraseHits, hit);
      if (drop && out == null) {
        out = new ArrayList<>(read.subList(0, i));
      } else if (!drop && out != null) {
        out.add(hit);
      }
    }
    return out == null ? read : out;
  }

  /** True when {@code hit} is a stray word in its text's story ({@link #withoutStrays}). */
  private boolean isStray(
      String text, int[] sentenceStarts, int[] sentences, List<TopicHit> phraseHits,
      TopicHit hit) {
    int topic = Arrays.binarySearch(ids, hit.topic());
    int k = modelIndex[topic];
    if (sentences[topic] != 1 || k < 0 || hit.score() >= FOUND_TWICE
        || !phraseHits.contains(hit)) {
      return false;
    }
    int s = hit.sentence();
    int start = sentenceStarts[s];
    int end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : text.length();
    double[] p = model.probabilities(text, start, end);
    if (p == null || p[k] >= model.stray()) {
      return false;
    }
    double story = 0;
    for (int t = 0; t < ids.length; t++) {
      if (sentences[t] >= 2 && modelIndex[t] >= 0) {
        story = Math.max(story, p[modelIndex[t]]);
      }
    }
    return story >= model.stray() && phraseKinds(text, start, end, topic) == 0;
  }

  /**
   * {@code hits} (sorted by sentence, then topic id) with the model's topics added for each
   * sentence that has none: a topic whose probability reaches {@code threshold} (the model's
   * threshold, or its lone threshold in a text of one sentence), with that probability as its
   * score, capped at 0.999 so that it stays below any phrase's score in a taxonomy whose minimum
   * scores are 1 or more (the bundled one). With the model's veto, in a sentence the phrases tag
   * that has the veto's length, the topics the model reads at the threshold join the phrase
   * topics, and each phrase topic it gives less than the veto gives way when another topic
   * reaches the threshold; with its doubt, when no topic does, a topic found once that it gives
   * less than the doubt gives way where no other sentence has it.
   */
  private List<TopicHit> withModelHits(
      String text,
      int[] sentenceStarts,
      List<TopicHit> hits,
      OtherSenses senses,
      double threshold) {
    List<TopicHit> out = null;
    int next = 0;
    for (int sentence = 0; sentence < sentenceStarts.length; sentence++) {
      int from = next;
      while (next < hits.size() && hits.get(next).sentence() == sentence) {
        next++;
      }
      int end = sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
      List<TopicHit> replaced = null;
      if (next > from) {
        if (model.veto() > 0) {
          replaced =
              vetoed(
                  text, sentenceStarts[sentence], end, hits.subList(from, next), hits, senses,
                  sentence, threshold);
        }
        if (replaced == null) {
          if (out != null) {
            out.addAll(hits.subList(from, next));
          }
          continue;
        }
      }
      if (replaced == null) {
        double[] p = model.probabilities(text, sentenceStarts[sentence], end);
        // masked is p itself where the sentence holds no other sense, as nearly every one
        p = p == null ? null : senses.masked(p, sentence, modelIndex);
        if (p == null || !anyConfident(p, -1, threshold)) {
          continue;
        }
        replaced = new ArrayList<>();
        addConfident(replaced, p, sentence, threshold);
      }
      if (out == null) {
        out = new ArrayList<>(hits.subList(0, from));
      }
      out.addAll(replaced);
    }
    return out == null ? hits : out;
  }

  /**
   * The topics of one sentence's phrase hits (sorted by topic id) after the model's reading, or
   * null when it changes nothing. In a sentence of the veto's length, a phrase topic the model
   * gives less than the veto gives way when another topic reaches the threshold, and every topic
   * that reaches the threshold joins the phrase topics (with the model's probability as its
   * score; a phrase topic the model also reads keeps the phrases' score). Where no topic reaches
   * the threshold, the model's doubt may drop a topic found once ({@link #doubted}).
   */
  private List<TopicHit> vetoed(
      String text,
      int start,
      int end,
      List<TopicHit> sentenceHits,
      List<TopicHit> allHits,
      OtherSenses senses,
      int sentence,
      double threshold) {
    double[] p = model.probabilities(text, start, end, model.vetoMaxWords());
    // most sentences have no sure topic, and then nothing is vetoed and nothing joins: a cheap
    // test before the per-hit ones and before any list is made
    if (p == null) {
      return null;
    }
    if (!anyConfident(p, -1, threshold)) {
      // sure of no topic: nothing is vetoed and nothing joins, but a topic found once that the
      // model doubts gives way where no other sentence of the text has it (a word in another
      // sense: "the sheer energy she brought to the shop")
      return model.doubt() > 0 && model.lastWords() >= DOUBT_MIN_WORDS
          ? doubted(text, start, end, p, sentenceHits, allHits)
          : null;
    }
    List<TopicHit> out = new ArrayList<>(sentenceHits.size() + 1);
    for (TopicHit hit : sentenceHits) {
      if (!isVetoed(text, start, end, p, hit, threshold)) {
        out.add(hit);
      }
    }
    boolean changed = out.size() < sentenceHits.size();
    // a topic whose other sense the sentence holds joins it only where its phrases count there
    double[] joining = senses.masked(p, sentence, modelIndex);
    for (int k = 0; k < p.length; k++) {
      if (joins(joining, k, sentenceHits, threshold)
          && !hasUnlessTerm(text, start, end, modelTopic[k])) {
        out.add(modelHit(p, k, sentenceHits.get(0).sentence()));
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    out.sort(Comparator.comparing(TopicHit::topic));
    return out;
  }

  /**
   * True when the model's topic {@code k} reaches the threshold, is one of this taxonomy's and
   * is not among the phrase topics already (a phrase topic the model also reads keeps the
   * phrases' score).
   */
  private boolean joins(double[] p, int k, List<TopicHit> sentenceHits, double threshold) {
    return p[k] >= threshold
        && modelTopic[k] >= 0
        && !hasTopic(sentenceHits, ids[modelTopic[k]]);
  }

  /**
   * True when the model gives the hit's topic less than the veto and is sure of another, and no
   * sure phrase found the topic: a name such as "MINUSMA" or "COP28" has no other sense for the
   * model to read.
   */
  private boolean isVetoed(
      String text, int start, int end, double[] p, TopicHit hit, double threshold) {
    int topic = Arrays.binarySearch(ids, hit.topic());
    int k = modelIndex[topic];
    return k >= 0
        && p[k] < model.veto()
        && anyConfident(p, k, threshold)
        && (phraseKinds(text, start, end, topic) & SURE) == 0;
  }

  /**
   * The sentence's hits without those the model doubts, or null when it keeps them all: a hit
   * found once (a phrases' score under 2: the bundled taxonomy's weights are 0.5 to 1.5), by
   * plain phrases of one word (none sure), whose topic the model gives less than its doubt and
   * that no other sentence's hit shares.
   */
  private List<TopicHit> doubted(
      String text, int start, int end, double[] p, List<TopicHit> sentenceHits,
      List<TopicHit> allHits) {
    List<TopicHit> kept = null;
    for (int i = 0; i < sentenceHits.size(); i++) {
      TopicHit hit = sentenceHits.get(i);
      int topic = Arrays.binarySearch(ids, hit.topic());
      int k = modelIndex[topic];
      boolean drop =
          k >= 0 && p[k] < model.doubt() && hit.score() < FOUND_TWICE && !elsewhere(allHits, hit)
              && phraseKinds(text, start, end, topic) == 0;
      if (drop && kept == null) {
        kept = new ArrayList<>(sentenceHits.subList(0, i));
      } else if (!drop && kept != null) {
        kept.add(hit);
      }
    }
    return kept;
  }

  /** From this score on a topic is more than one phrase found once (the bundled weights). */
  private static final double FOUND_TWICE = 2;

  /** {@link #phraseKinds}' bit for a phrase of several words. */
  private static final int SEVERAL_WORDS = 1;

  /** {@link #phraseKinds}' bit for a sure phrase. */
  private static final int SURE = 2;

  /**
   * What the phrases of {@code topic} found in {@code text[start, end)} are, their {@link
   * #standing}s together: {@link #SEVERAL_WORDS} when one has several words, {@link #SURE} when
   * one is sure, 0 when each is a plain word. A word in another sense is one plain word; a
   * phrase of several ("humanitarian assistance", "science and technology") or a sure one
   * ("IPCC") names its topic whatever the model reads. Matched again here, for the few hits the
   * model doubts or vetoes, so that hits carry no phrase list.
   */
  private int phraseKinds(String text, int start, int end, int topic) {
    return matchBits(
        text, start, end, id -> kind[id] == PHRASE && topicOf[id] == topic ? standing[id] : 0);
  }

  /**
   * True when one of the topic's unless-terms is in the sentence: the words the taxonomy names as
   * voiding the topic's loose phrases void the model's loose reading too, so the model's sure
   * topic does not join there ("no abnormalities at the Shika nuclear power plant" is energy's,
   * not non-proliferation's).
   */
  private boolean hasUnlessTerm(String text, int start, int end, int topic) {
    return matchBits(
            text, start, end, id -> kind[id] == UNLESS_TERM && topicOf[id] == topic ? 1 : 0)
        != 0;
  }

  /** The automaton's matches in {@code text[start, end)}, each mapped to bits, OR'ed. */
  private int matchBits(String text, int start, int end, IntUnaryOperator bits) {
    int[] acc = new int[1];
    matcher.forEachMatch(
        text.subSequence(start, end), (id, from, to) -> acc[0] |= bits.applyAsInt(id));
    return acc[0];
  }

  private static boolean oneWord(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == ' ' || c == '-') {
        return false;
      }
    }
    return true;
  }

  /** True when a hit of another sentence has {@code hit}'s topic. */
  private static boolean elsewhere(List<TopicHit> all, TopicHit hit) {
    for (TopicHit h : all) {
      if (h.sentence() != hit.sentence() && h.topic().equals(hit.topic())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTopic(List<TopicHit> hits, String topic) {
    for (TopicHit h : hits) {
      if (h.topic().equals(topic)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a topic of this taxonomy other than the model's {@code except} reaches the
   * threshold.
   */
  private boolean anyConfident(double[] p, int except, double threshold) {
    for (int k = 0; k < p.length; k++) {
      if (k != except && p[k] >= threshold && modelTopic[k] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The model's topic {@code k} as a hit, its probability (capped) as the score. */
  private TopicHit modelHit(double[] p, int k, int sentence) {
    return new TopicHit(ids[modelTopic[k]], sentence, Math.min(p[k], MODEL_SCORE_CAP));
  }

  /** Adds the topics (of this taxonomy) that reach the threshold, in topic id order. */
  private void addConfident(List<TopicHit> out, double[] p, int sentence, double threshold) {
    // the model's topics are sorted by id, as are the matcher's, so hits come out in order
    for (int k = 0; k < p.length; k++) {
      if (p[k] >= threshold && modelTopic[k] >= 0) {
        out.add(modelHit(p, k, sentence));
      }
    }
  }

  private List<TopicHit> phraseHits(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches, OtherSenses senses) {
    if (sentenceStarts.length == 0) {
      return List.of();
    }
    Matches all = new Matches();
    matches.forEachMatch(all);
    int count = all.size;
    if (count == 0) {
      return List.of();
    }
    if (count >= 1 << 24 || sentenceStarts.length >= 1 << 23) {
      // the sort key packs sentence, topic and match index into one long
      throw new IllegalArgumentException("text too large for one call: " + text.length());
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      int id = all.ids[k];
      int sentence = SentenceSplitter.sentenceOf(sentenceStarts, all.starts[k]);
      keys[k] = ((long) sentence << 40) | ((long) topicOf[id] << 24) | k;
    }
    Arrays.sort(keys);
    List<TopicHit> out = new ArrayList<>();
    // one sentence at a time: a topic with unless-topics is decided after the sentence's others
    int[] topics = new int[16];
    double[] full = new double[16];
    double[] firm = new double[16];
    double[] near = new double[16];
    // the hits of out that an unless-topic in the sentence before or after takes: their indexes
    int[] nearby = null;
    int nearbyCount = 0;
    int g = 0;
    while (g < count) {
      long sentence = keys[g] >>> 40;
      int sentenceStart = sentenceStarts[(int) sentence];
      int sentenceEnd =
          sentence + 1 < sentenceStarts.length
              ? sentenceStarts[(int) sentence + 1]
              : text.length();
      int n = 0;
      while (g < count && (keys[g] >>> 40) == sentence) {
        long group = keys[g] >>> 24;
        int h = g;
        while (h < count && (keys[h] >>> 24) == group) {
          h++;
        }
        if (n == topics.length) {
          topics = Arrays.copyOf(topics, n * 2);
          full = Arrays.copyOf(full, n * 2);
          firm = Arrays.copyOf(firm, n * 2);
          near = Arrays.copyOf(near, n * 2);
        }
        topics[n] = (int) (group & 0xFFFF);
        groupScore(all, keys, g, h, full, firm, near, n, text, sentenceStart, sentenceEnd);
        if (senses != null) {
          for (int q = g; q < h; q++) {
            if (kind[all.ids[(int) (keys[q] & 0xFFFFFF)]] == OTHER_SENSE) {
              senses.add((int) sentence, topics[n]);
              break;
            }
          }
        }
        n++;
        g = h;
      }
      for (int i = 0; i < n; i++) {
        int topic = topics[i];
        double score = yields(topic, topics, full, n) ? firm[i] : full[i];
        if (score >= minScore[topic]) {
          if (near[i] < minScore[topic]) {
            // found only with unless_nearby phrases: decided once the next sentence is known
            if (nearby == null) {
              nearby = new int[4];
            } else if (nearbyCount == nearby.length) {
              nearby = Arrays.copyOf(nearby, nearbyCount * 2);
            }
            nearby[nearbyCount++] = out.size();
          }
          out.add(new TopicHit(ids[topic], (int) sentence, score));
        }
      }
    }
    return nearby == null ? out : withoutNearby(out, nearby, nearbyCount);
  }

  /**
   * {@code out} without the hits at {@code nearby} (found only with {@code unless_nearby}
   * phrases) that one of their topic's unless-topics, found in the sentence before or after
   * theirs, takes: "Fighting spread along the border. Soldiers fired on the crowds." is the
   * conflict's. A hit of the unless-topic in the same sentence has decided already.
   */
  private List<TopicHit> withoutNearby(List<TopicHit> out, int[] nearby, int count) {
    boolean[] drop = new boolean[out.size()];
    boolean any = false;
    for (int k = 0; k < count; k++) {
      TopicHit h = out.get(nearby[k]);
      for (int other : unlessTopics[index(h.topic())]) {
        for (TopicHit o : out) {
          if (o.topic().equals(ids[other]) && Math.abs(o.sentence() - h.sentence()) == 1) {
            drop[nearby[k]] = true;
            any = true;
          }
        }
      }
    }
    if (!any) {
      return out;
    }
    List<TopicHit> kept = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      if (!drop[k]) {
        kept.add(out.get(k));
      }
    }
    return kept;
  }

  /** True when one of the unless-topics of {@code topic} is found in the sentence. */
  private boolean yields(int topic, int[] topics, double[] full, int n) {
    for (int other : unlessTopics[topic]) {
      for (int j = 0; j < n; j++) {
        if (topics[j] == other && full[j] >= minScore[other]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a co-term of the group's matches lies outside the span {@code [s, e)}: a phrase
   * is not licensed by its own word ("heavy rains" by its "rains").
   */
  private boolean coTermBeside(Matches all, long[] keys, int from, int to, int s, int e) {
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (kind[all.ids[mb]] == CO_TERM && (all.starts[mb] < s || all.ends[mb] > e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scores one topic's matches in one sentence ({@code text[start, end)}) into {@code full[i]}
   * (every phrase that counts), {@code firm[i]} (without the phrases marked {@code unless_term})
   * and {@code near[i]} (without those also marked {@code unless_nearby}).
   */
  private void groupScore(
      Matches all,
      long[] keys,
      int from,
      int to,
      double[] full,
      double[] firm,
      double[] near,
      int i,
      String text,
      int start,
      int end) {
    boolean hasUnlessTerm = false;
    for (int a = from; a < to; a++) {
      hasUnlessTerm |= kind[all.ids[(int) (keys[a] & 0xFFFFFF)]] == UNLESS_TERM;
    }
    double score = 0;
    double marked = 0;
    double markedNear = 0;
    double weakFirm = 0;
    double weakMarked = 0;
    double weakMarkedNear = 0;
    int firmPhrase = -1;
    int fullPhrase = -1;
    int nearPhrase = -1;
    boolean firmMany = false;
    boolean fullMany = false;
    boolean nearMany = false;
    for (int a = from; a < to; a++) {
      int ma = (int) (keys[a] & 0xFFFFFF);
      int id = all.ids[ma];
      if (kind[id] != PHRASE) {
        continue;
      }
      int s = all.starts[ma];
      int e = all.ends[ma];
      if (needsCoTerm[id] && !coTermBeside(all, keys, from, to, s, e)) {
        continue;
      }
      if (needsScore[id]
          && !TextFold.hasScore(
              text, Math.max(start, s - SCORE_REACH), Math.min(end, e + SCORE_REACH))) {
        continue;
      }
      if (nameable[id] && names.isName(text, s, e, start, end)) {
        continue;
      }
      boolean dropped = false;
      for (int b = from; b < to && !dropped; b++) {
        if (b == a) {
          continue;
        }
        int mb = (int) (keys[b] & 0xFFFFFF);
        int idb = all.ids[mb];
        int sb = all.starts[mb];
        int eb = all.ends[mb];
        if (kind[idb] == NEGATIVE || kind[idb] == OTHER_SENSE) {
          dropped = sb < e && s < eb;
        } else if (kind[idb] == PHRASE) {
          dropped = sb <= s && eb >= e && (eb - sb > e - s || (eb - sb == e - s && mb < ma));
        }
      }
      if (dropped || (unlessTerm[id] && hasUnlessTerm)) {
        continue;
      }
      // a weak phrase counts beside a second phrase that counts; with two phrases found, each
      // occurrence has one that is not a form of its own
      int phrase = phraseOf[id];
      if (!unlessTerm[id]) {
        firmMany |= firmPhrase >= 0 && firmPhrase != phrase;
        firmPhrase = phrase;
      }
      if (!unlessNearby[id]) {
        nearMany |= nearPhrase >= 0 && nearPhrase != phrase;
        nearPhrase = phrase;
      }
      fullMany |= fullPhrase >= 0 && fullPhrase != phrase;
      fullPhrase = phrase;
      if (weak[id]) {
        if (unlessTerm[id]) {
          weakMarked += weight[id];
          weakMarkedNear += unlessNearby[id] ? 0 : weight[id];
        } else {
          weakFirm += weight[id];
        }
      } else if (unlessTerm[id]) {
        marked += weight[id];
        markedNear += unlessNearby[id] ? 0 : weight[id];
      } else {
        score += weight[id];
      }
    }
    firm[i] = score + (firmMany ? weakFirm : 0);
    full[i] = score + marked + (fullMany ? weakFirm + weakMarked : 0);
    near[i] = score + markedNear + (nearMany ? weakFirm + weakMarkedNear : 0);
  }

  private int index(String id) {
    Integer i = indexOf.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown topic '" + id + "'");
    }
    return i;
  }

  /**
   * The sentences that hold one of a topic's other senses ({@link Taxonomy.Topic#otherSenses}:
   * "political climate", "a climate of trust"), each with that topic: the sentence uses the
   * topic's word in another sense, so the model, which reads the word, adds the topic there only
   * where the topic's phrases count. Few sentences have one; the list is made per text.
   */
  private static final class OtherSenses {
    private long[] keys;
    private int size;

    void add(int sentence, int topic) {
      if (keys == null) {
        keys = new long[4];
      } else if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = ((long) sentence << 32) | topic;
    }

    /**
     * {@code p} with the model's probability of each topic whose other sense {@code sentence}
     * holds set to 0, a copy; {@code p} itself when the sentence holds none.
     */
    double[] masked(double[] p, int sentence, int[] modelIndex) {
      double[] out = p;
      for (int i = 0; i < size; i++) {
        if ((int) (keys[i] >>> 32) == sentence) {
          int k = modelIndex[(int) keys[i]];
          if (k >= 0) {
            if (out == p) {
              out = p.clone();
            }
            out[k] = 0;
          }
        }
      }
      return out;
    }
  }

  private static final class Matches implements PhraseMatcher.MatchSink {
    int[] ids = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    int size;

    @Override
    public void accept(int phraseId, int start, int end) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      ids[size] = phraseId;
      starts[size] = start;
      ends[size] = end;
      size++;
    }
  }

  private static final class PhrasesHolder {
    static final TopicMatcher PHRASES = compile(Taxonomy.loadDefault());
  }

  private static final class DefaultHolder {
    static final TopicMatcher DEFAULT = PhrasesHolder.PHRASES.withModel(TopicModel.bundled());
  }
}
