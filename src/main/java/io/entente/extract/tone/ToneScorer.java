package io.entente.extract.tone;

import io.entente.extract.Inflections;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import io.entente.extract.TextFold;
import io.entente.extract.topic.TopicModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts cooperation and conflict acts per sentence, from their cues, in PLOVER's quad classes
 * with one pass of a single {@link PhraseMatcher} holding every cue and neutral phrase (all
 * inflected forms), negator and negator exception.
 *
 * <p>Rules, per sentence: a cue inside a longer cue or neutral phrase is dropped ("sanctions"
 * inside "lift sanctions", "war" inside "Second World War"), and so is a cue overlapped by a
 * longer one or by one as long that starts earlier ("fired missiles at" counts once); a negator
 * overlapped by a negator exception is ignored ("not only"); a cue is negated when a negator ends
 * before it with at most {@code negation_window} words, besides an amount of money ({@link
 * #amountWords}: "blocked 6.6 billion euros of EU military aid") and with a name of several
 * capitalised words counted as one ({@link #nameWords}: "pulled out of the Black Sea grain deal";
 * a reverser's reach too), and no clause mark ({@code , ; : ( )}; a comma between digits is
 * none) in between, or, for a cooperation cue, when a canceller ({@code cancellers}) follows it
 * in the passive in its clause ("The talks were called off") or a breakdown ({@code breakdowns})
 * in its clause ("The talks collapsed"). A negated cooperation cue counts as one verbal conflict
 * cue ("did not agree", "failed to sign", "no progress" are statements of disagreement); a negated
 * conflict cue is dropped ("did not condemn" is no conflict, but no cooperation either). "Not"
 * reaches no cue after a "but" that follows a word of its own: "not rivals but partners" affirms
 * the partners. "Neither ... nor" that negates a cue of each leaning, each right after its
 * negator, makes no act ("neither praised nor criticised"). A material conflict cue after a
 * reverser within the same window ("lifted long-standing trade sanctions", "removed export
 * restrictions", "eased the blockade") is an act that undoes it: one material cooperation cue; a
 * verbal conflict cue after one is one verbal cooperation cue ("ending a dispute", "de-escalate
 * tensions"), unless "and", "or" or "but" stands between them ("eased and warned" are two acts);
 * neither where "with" or "in" does ("ended in clashes" is an outcome). A reverser in the passive
 * after a conflict cue in its clause undoes it likewise ("The blockade of the port was lifted",
 * "the dispute was settled"; {@link #undoneAfter}); a negator between leaves no act ("should not
 * be lifted"). A negator that starts with a reverser ("scrapped the", "revoked its") is that
 * reverser to a conflict cue: "revoked the sanctions" lifts them.
 * In a sentence that names a hazard ({@code hazards}: an earthquake, a cyclone, malaria, a plane
 * crash) the harm cues ({@code harms}: kill, destroy, wound, warn) are no cue: the harm, or the
 * warning of it, is no one's act; likewise the plays ({@code plays}: attack, battle, clash) in a
 * sentence that names a game's word ({@code games}: striker, stoppage time) or gives a game's
 * score ({@link TextFold#hasScore}). A cue after a hypothetical ({@code hypotheticals}:
 * "whether", "asked about", "despite", "anniversary of") in its clause is asked about or
 * background, not done, and counts nothing; so does every cue of a question that asks whether
 * an act will or may be ({@link #isYesNoQuestion}), and a cue that "years ago" or a year of
 * history dates ({@link #yearsAgo}, {@link #historyDates}), a thing named by its year ("the 1973
 * invasion", {@link #namedByItsYear}) and a relative clause a year of history dates ({@link
 * #datedRelativeClauses}); the phrases of "ago" are found in the cues' pass, and so are those of
 * "years after" or "days since", and of "after years of", whose clause is background ({@link
 * #AFTER_PHRASES}, {@link #tellsABackground}). A cue inside a name ({@link #insideAName}) and
 * in a source after the last comma ("..., aid groups said", {@link #attributionStart}) is no
 * act. A frame ({@code frames}: "closed" ... "consulate") is a verb and its object with up to
 * {@link #FRAME_GAP} words between them, or its object before it in the passive ("Diplomatic
 * ties were severed", {@link #passiveFrameVerb}), one cue of the frame's class ({@link
 * #addFrames}). A separable verb ({@code separable}) split by its object is the phrase it spells
 * joined ("handed the detainees back", {@link #addSplits}).
 *
 * <p>What is counted is acts, not cue words (since 2026-12-04, {@link #countActs}): cues of one
 * leaning side by side, with at most {@code negation_window} words and no clause mark or "and"
 * between them, are one act ("signed a gas supply deal" is one act of material cooperation), so a
 * text with one act each way is even, as the labelling conventions read it. A verb's or a
 * protest's object joins its act, and a commitment ({@code commitments}: promise, pledge) before a
 * conflict cue is a threat; a conflict's participle after a cooperative act is that act's object
 * ("releases the tanker seized in May").
 *
 * <p>Immutable and thread-safe; build once per JVM.
 */
public final class ToneScorer implements Serializable, Cloneable {
  private static final long serialVersionUID = 1L;

  /**
   * The model whose veto may drop a sentence's acts ({@link #withModel}), or null. Set only on
   * a fresh copy before it is published; never changed after.
   */
  private TopicModel model;

  private static final String CONFLICT = "conflict";
  private static final String COOPERATION = "cooperation";
  private static final String NEUTRAL_LEANING = "neutral";

  static final byte VERBAL_COOPERATION = 0;
  static final byte MATERIAL_COOPERATION = 1;
  static final byte VERBAL_CONFLICT = 2;
  static final byte MATERIAL_CONFLICT = 3;
  private static final byte NEUTRAL = 4;
  private static final byte NEGATOR = 5;
  private static final byte EXCEPTION = 6;
  private static final byte REVERSER = 7;
  private static final byte HAZARD = 8;
  private static final byte HYPOTHETICAL = 9;
  /** A unit of time before "ago" ({@link #AGO_PHRASES}), found in the same pass as the cues. */
  private static final byte AGO = 10;
  /** A word of a game ({@code games}), beside which the plays are no cue. */
  private static final byte GAME = 11;
  /** A verb or an object of a frame ({@code frames}), paired in {@link #addFrames}. */
  private static final byte FRAME_WORD = 12;
  /**
   * A unit of time before "after", or a span of time after it ({@link #AFTER_PHRASES}), found in
   * the same pass.
   */
  private static final byte AFTER = 13;
  /** A participle that calls off an act of cooperation before it ({@code cancellers}). */
  private static final byte CANCELLER = 14;
  /** A word that tells an act of cooperation before it failed ({@code breakdowns}). */
  private static final byte BREAKDOWN = 15;

  private final PhraseMatcher matcher;
  private final byte[] kind;
  /** Per phrase id: a form of a harm cue ({@code harms}), no cue beside a hazard. */
  private final boolean[] harm;
  /** Per phrase id: a form of a commitment ({@code commitments}), which takes its object's side. */
  private final boolean[] commitment;
  /** Per phrase id: a play ({@code plays}, a cue's form as written), no cue beside a game. */
  private final boolean[] play;
  /**
   * Per phrase id: a headline's present tense of a cue in the past ("recalls ambassador"), a
   * verb that takes an object as the past does.
   */
  private final boolean[] headlineVerb;
  /** Per phrase id: the frames (bits) a frame verb opens, and those a frame object closes. */
  private final long[] frameVerb;

  private final long[] frameObject;
  /** Per frame: its class; a frame's match takes the phrase id {@code firstFrameId} + class. */
  private final byte[] frameClass;
  /** The frames (bits) whose object may stand before its verb in the passive. */
  private final long passiveFrames;

  private final int firstFrameId;
  /** Whether any frame word or separable verb is matched, for {@link #addFrames} to pair. */
  private final boolean pairsWords;
  /** Per phrase id: the index of a separable verb's verb ({@code separable}), or -1. */
  private final int[] splitVerb;
  /** Per phrase id: the index of a separable verb's particle, or -1. */
  private final int[] splitParticle;
  /** Per verb index and particle index: the ids of the phrases the two spell when joined. */
  private final int[][][] splitTargets;
  private final int window;
  private final String version;

  private ToneScorer(ToneLexicon lexicon) {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    List<Byte> kinds = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // phrase ids are given in the order phrases are added: each cue form's id keeps its cue
    // (folded), by which the harms' and the commitments' forms are found
    List<String> cueOf = new ArrayList<>();
    // and its own folded surface form, by which the plays' forms are found
    List<String> formOf = new ArrayList<>();
    // and whether it is a headline's present tense of a cue in the past ("recalls ambassador")
    List<Boolean> headlineOf = new ArrayList<>();
    addCues(b, lexicon.verbalCooperation(), VERBAL_COOPERATION, kinds, seen, cueOf, formOf,
        headlineOf);
    addCues(b, lexicon.materialCooperation(), MATERIAL_COOPERATION, kinds, seen, cueOf, formOf,
        headlineOf);
    addCues(b, lexicon.verbalConflict(), VERBAL_CONFLICT, kinds, seen, cueOf, formOf,
        headlineOf);
    addCues(b, lexicon.materialConflict(), MATERIAL_CONFLICT, kinds, seen, cueOf, formOf,
        headlineOf);
    // a neutral phrase is inflected like a cue: "settlement of conflict" also hides the cue in
    // "settlement of conflicts"
    for (String n : lexicon.neutral()) {
      for (String form : Inflections.variants(n)) {
        if (seen.add(TextFold.fold(form.strip()))) {
          b.add(form);
          kinds.add(NEUTRAL);
        }
      }
    }
    // the ids of each phrase as written that a separable verb may split: cues, negators and
    // reversers
    Map<String, List<Integer>> idsOf = new HashMap<>();
    for (int id = 0; id < formOf.size(); id++) {
      idsOf.computeIfAbsent(formOf.get(id), f -> new ArrayList<>()).add(id);
    }
    for (String n : lexicon.negators()) {
      idsOf.computeIfAbsent(TextFold.fold(n.strip()), f -> new ArrayList<>()).add(kinds.size());
      b.add(n);
      kinds.add(NEGATOR);
    }
    for (String n : lexicon.negatorExceptions()) {
      b.add(n);
      kinds.add(EXCEPTION);
    }
    for (String n : lexicon.reversers()) {
      idsOf.computeIfAbsent(TextFold.fold(n.strip()), f -> new ArrayList<>()).add(kinds.size());
      b.add(n);
      kinds.add(REVERSER);
    }
    for (String n : lexicon.cancellers()) {
      b.add(n);
      kinds.add(CANCELLER);
    }
    for (String n : lexicon.breakdowns()) {
      b.add(n);
      kinds.add(BREAKDOWN);
    }
    for (String n : lexicon.hazards()) {
      b.add(n);
      kinds.add(HAZARD);
    }
    for (String n : lexicon.hypotheticals()) {
      b.add(n);
      kinds.add(HYPOTHETICAL);
    }
    for (String n : AGO_PHRASES) {
      b.add(n);
      kinds.add(AGO);
    }
    for (String n : AFTER_PHRASES) {
      b.add(n);
      kinds.add(AFTER);
    }
    for (String n : lexicon.games()) {
      b.add(n);
      kinds.add(GAME);
    }
    // a frame's words may also be cues or other phrases: each is its own phrase, so the
    // matcher reports both
    List<Long> verbOf = new ArrayList<>();
    List<Long> objectOf = new ArrayList<>();
    int firstFrameWord = kinds.size();
    frameClass = new byte[lexicon.frames().size()];
    long passive = 0;
    for (int f = 0; f < frameClass.length; f++) {
      ToneLexicon.Frame frame = lexicon.frames().get(f);
      frameClass[f] = (byte) ToneLexicon.FRAME_CLASSES.indexOf(frame.kind());
      passive |= frame.passive() ? 1L << f : 0;
      addFrameWords(b, frame.verbs(), 1L << f, kinds, verbOf, objectOf, true);
      addFrameWords(b, frame.objects(), 1L << f, kinds, verbOf, objectOf, false);
    }
    // a separable verb's verb and particle are frame words of no frame, paired in addFrames
    Map<String, Integer> verbs = new LinkedHashMap<>();
    Map<String, Integer> particles = new LinkedHashMap<>();
    List<Integer> verbIds = new ArrayList<>();
    List<Integer> particleIds = new ArrayList<>();
    List<int[]> splits = new ArrayList<>();
    for (String v : lexicon.separable()) {
      String[] words = TextFold.fold(v.strip()).split(" ");
      int verb = splitWord(verbs, verbIds, words[0], b, kinds, verbOf, objectOf);
      int particle = splitWord(particles, particleIds, words[1], b, kinds, verbOf, objectOf);
      for (int target : idsOf.get(words[0] + " " + words[1])) {
        splits.add(new int[] {verb, particle, target});
      }
    }
    passiveFrames = passive;
    matcher = b.build();
    // five more ids past the matcher's: a frame's match, one per class (the neutral one last)
    firstFrameId = kinds.size();
    kind = new byte[kinds.size() + NEUTRAL + 1];
    for (int i = 0; i < firstFrameId; i++) {
      kind[i] = kinds.get(i);
    }
    for (byte c = 0; c <= NEUTRAL; c++) {
      kind[firstFrameId + c] = c;
    }
    frameVerb = new long[kind.length];
    frameObject = new long[kind.length];
    for (int i = 0; i < verbOf.size(); i++) {
      frameVerb[firstFrameWord + i] = verbOf.get(i);
      frameObject[firstFrameWord + i] = objectOf.get(i);
    }
    pairsWords = firstFrameWord < firstFrameId;
    splitVerb = new int[kind.length];
    splitParticle = new int[kind.length];
    Arrays.fill(splitVerb, -1);
    Arrays.fill(splitParticle, -1);
    splitTargets = new int[verbs.size()][particles.size()][0];
    for (int[] split : splits) {
      int[] targets = splitTargets[split[0]][split[1]];
      targets = Arrays.copyOf(targets, targets.length + 1);
      targets[targets.length - 1] = split[2];
      splitTargets[split[0]][split[1]] = targets;
    }
    for (int i = 0; i < verbIds.size(); i++) {
      splitVerb[verbIds.get(i)] = i;
    }
    for (int i = 0; i < particleIds.size(); i++) {
      splitParticle[particleIds.get(i)] = i;
    }
    Set<String> harms = folded(lexicon.harms());
    Set<String> commitments = folded(lexicon.commitments());
    Set<String> plays = folded(lexicon.plays());
    harm = new boolean[kind.length];
    commitment = new boolean[kind.length];
    play = new boolean[kind.length];
    headlineVerb = new boolean[kind.length];
    for (int id = 0; id < cueOf.size(); id++) {
      headlineVerb[id] = headlineOf.get(id);
      // harms are conflict cues or material cooperation ("evacuate"; the lexicon checks), and
      // commitments verbal cooperation
      harm[id] = kind[id] != VERBAL_COOPERATION && harms.contains(cueOf.get(id));
      commitment[id] = kind[id] == VERBAL_COOPERATION && commitments.contains(cueOf.get(id));
      play[id] = (kind[id] == VERBAL_CONFLICT || kind[id] == MATERIAL_CONFLICT)
          && plays.contains(formOf.get(id));
    }
    window = lexicon.negationWindow();
    version = lexicon.version();
  }

  /**
   * Adds the forms of a frame's verbs or objects as phrases of kind {@link #FRAME_WORD}, each
   * with the frame's bit in {@code verbOf} or {@code objectOf} (one entry per phrase, in the
   * order of their ids).
   */
  private static void addFrameWords(
      PhraseMatcher.Builder b, List<ToneLexicon.Cue> words, long bit, List<Byte> kinds,
      List<Long> verbOf, List<Long> objectOf, boolean verb) {
    for (ToneLexicon.Cue c : words) {
      for (String form : c.forms()) {
        b.add(form);
        kinds.add(FRAME_WORD);
        verbOf.add(verb ? bit : 0L);
        objectOf.add(verb ? 0L : bit);
      }
    }
  }

  /**
   * The index of a separable verb's word (its verb or its particle) in {@code indexes}, adding it
   * as a phrase of kind {@link #FRAME_WORD} of no frame the first time (its id to {@code ids}).
   */
  private static int splitWord(
      Map<String, Integer> indexes, List<Integer> ids, String word, PhraseMatcher.Builder b,
      List<Byte> kinds, List<Long> verbOf, List<Long> objectOf) {
    Integer index = indexes.get(word);
    if (index == null) {
      index = indexes.size();
      indexes.put(word, index);
      ids.add(kinds.size());
      b.add(word);
      kinds.add(FRAME_WORD);
      verbOf.add(0L);
      objectOf.add(0L);
    }
    return index;
  }

  // a surface form belongs to the first class that lists it, so the classes never double count;
  // cueOf gets each added form's cue, folded, at the form's id
  private static void addCues(
      PhraseMatcher.Builder b, List<ToneLexicon.Cue> cues, byte k, List<Byte> kinds,
      Set<String> seen, List<String> cueOf, List<String> formOf, List<Boolean> headlineOf) {
    for (ToneLexicon.Cue c : cues) {
      String cue = TextFold.fold(c.text().strip());
      List<String> forms = new ArrayList<>(c.forms());
      int own = forms.size();
      if (c.inflect()) {
        for (String form : c.forms()) {
          forms.addAll(headlineForms(form));
        }
      }
      for (int f = 0; f < forms.size(); f++) {
        String form = forms.get(f);
        String folded = TextFold.fold(form.strip());
        if (seen.add(folded)) {
          cueOf.add(cue);
          formOf.add(folded);
          headlineOf.add(f >= own);
          b.add(form);
          kinds.add(k);
        }
      }
    }
  }

  /** Words after a verb that make its present tense a noun's plural as often. */
  private static final Set<String> HEADLINE_PARTICLES =
      Set.of("by", "over", "into", "on", "in", "to", "from", "with", "at", "for", "against", "off",
          "up", "out", "down", "back", "of", "as");

  /**
   * The present tense of a cue of two words or more that opens with a verb in the past tense,
   * as headlines and news feeds write it: "recalled its ambassador" gives "recalls its
   * ambassador" and, without the determiner a headline drops ({@link #DETERMINERS}), "recalls
   * ambassador"; "closed the border" gives "closes the border" and "closes border", "denied
   * entry" "denies entry". Only
   * the regular past in -ed is read; every stem it may come from is tried (recall-ed, close-d,
   * ban-ned, den-ied), since a form English never writes never matches. None for a cue of one
   * word, whose own inflection gives its present ({@link Inflections#variants}), and none for a
   * verb with a particle ("sanctioned by", "handed over"), whose present is as often a noun.
   */
  static List<String> headlineForms(String cue) {
    int space = cue.indexOf(' ');
    if (space < 0) {
      return List.of();
    }
    String verb = cue.substring(0, space);
    String rest = cue.substring(space);
    if (verb.length() < 5 || !verb.endsWith("ed") || !isLowerAscii(verb)) {
      return List.of();
    }
    Set<String> presents = new LinkedHashSet<>();
    String stem = verb.substring(0, verb.length() - 2);
    if (verb.endsWith("ied")) {
      presents.add(verb.substring(0, verb.length() - 3) + "ies");
    } else {
      presents.add(thirdPerson(stem));
      presents.add(thirdPerson(verb.substring(0, verb.length() - 1)));
      int n = stem.length();
      if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
        presents.add(thirdPerson(stem.substring(0, n - 1)));
      }
    }
    String[] words = rest.strip().split(" ", 2);
    if (HEADLINE_PARTICLES.contains(words[0])) {
      // "sanctioned by", "handed over": the present would read as a noun's plural ("sanctions
      // by the United States", "changed hands over three years")
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String present : presents) {
      out.add(present + rest);
      if (words.length == 2 && DETERMINERS.contains(words[0])) {
        out.add(present + " " + words[1]);
      }
    }
    return out;
  }

  private static String thirdPerson(String stem) {
    return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
        || stem.endsWith("sh") ? stem + "es" : stem + "s";
  }

  private static boolean isLowerAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> folded(List<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String p : phrases) {
      out.add(TextFold.fold(p.strip()));
    }
    return out;
  }

  /** A scorer for a lexicon. */
  public static ToneScorer compile(ToneLexicon lexicon) {
    return new ToneScorer(lexicon);
  }

  /**
   * The bundled tone model's resource path: the three leanings, trained by {@code entente
   * train-topics --tone} on {@code datasets/tone-training}.
   */
  public static final String BUNDLED_MODEL = "tone/tone-model.tsv.gz";

  /**
   * The scorer for the bundled lexicon with the bundled tone model's veto, built once per JVM:
   * what the job uses unless configured otherwise.
   */
  public static ToneScorer defaultScorer() {
    return Holder.DEFAULT;
  }

  /** The scorer for the bundled lexicon alone, without a model; built once per JVM. */
  public static ToneScorer defaultLexicon() {
    return Holder.LEXICON;
  }

  /** The bundled tone model, read once per JVM. */
  public static TopicModel bundledModel() {
    return Holder.MODEL;
  }

  /** The compiled phrases, for a joint pass with other matchers ({@link PhraseMatcher.Joint}). */
  public PhraseMatcher phrases() {
    return matcher;
  }

  /** Version of the lexicon. */
  public String version() {
    return version;
  }

  /**
   * This scorer with {@code model} (labels {@code cooperation}, {@code conflict}, {@code
   * neutral}; null for none) reading each sentence that has acts: when the sentence leans one way
   * and the model's veto reads it as neutral ({@link TopicModel#vetoFor}), its acts are dropped.
   * The model never turns a sentence's leaning the other way, and never adds an act.
   */
  public ToneScorer withModel(TopicModel model) {
    if (model != null && !TopicModel.TONE_LABELS.equals(model.topics())) {
      throw new IllegalArgumentException(
          "a tone model's labels are conflict, cooperation and neutral, not " + model.topics());
    }
    try {
      ToneScorer copy = (ToneScorer) clone();
      copy.model = model;
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** The model whose veto may drop a sentence's acts, if any. */
  public Optional<TopicModel> model() {
    return Optional.ofNullable(model);
  }

  /** {@code tones} without the sentences whose acts the model's veto drops ({@link #withModel}). */
  private List<SentenceTone> vetoed(String text, int[] sentenceStarts, List<SentenceTone> tones) {
    List<SentenceTone> out = null;
    for (int i = 0; i < tones.size(); i++) {
      SentenceTone t = tones.get(i);
      String lean =
          t.cooperation() > t.conflict()
              ? COOPERATION
              : t.conflict() > t.cooperation() ? CONFLICT : null;
      int s = t.sentence();
      int end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : text.length();
      boolean drop =
          lean != null
              && NEUTRAL_LEANING.equals(model.vetoFor(text, sentenceStarts[s], end, lean));
      if (drop && out == null) {
        out = new ArrayList<>(tones.subList(0, i));
      } else if (!drop && out != null) {
        out.add(t);
      }
    }
    return out == null ? tones : out;
  }

  /**
   * The cooperation index of a text from its sentences' tone: {@link #cooperationIndex(int, int)}
   * of the summed cues, or null when no sentence has a cue (no evidence is no balance).
   */
  public static Double cooperationIndex(List<SentenceTone> tones) {
    int cooperation = 0;
    int conflict = 0;
    for (SentenceTone t : tones) {
      cooperation += t.cooperation();
      conflict += t.conflict();
    }
    return cooperation + conflict == 0 ? null : cooperationIndex(cooperation, conflict);
  }

  /**
   * (cooperation - conflict) / (cooperation + conflict), in [-1, 1]. Never NaN: with no cue at
   * all it returns 0.0, and callers that must tell "balanced" from "no cue" (the articles table's
   * {@code cooperation_index}) write null when {@code cooperation + conflict == 0}.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public static double cooperationIndex(int cooperation, int conflict) {
    if (cooperation < 0 || conflict < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got " + cooperation + " and " + conflict);
    }
    int total = cooperation + conflict;
    return total == 0 ? 0.0 : (cooperation - conflict) / (double) total;
  }

  /**
   * Cue counts per sentence, only for sentences with at least one cue after negation, in sentence
   * order. A match belongs to the sentence of its start.
   */
  public List<SentenceTone> score(String text, int[] sentenceStarts) {
    return score(text, sentenceStarts, matcher.over(text));
  }

  /**
   * As {@link #score(String, int[])}, reading the matches of {@link #phrases()} over {@code text}
   * from {@code matches} (a joint pass) instead of making a pass of its own.
   */
  public List<SentenceTone> score(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches) {
    return score(text, sentenceStarts, matches, null);
  }

  /**
   * As {@link #score(String, int[], PhraseMatcher.MatchSource)} for a text written in {@code
   * year} (null when unknown): a cue near a date of history, two or more years before {@code
   * year}, tells history, not an act of the text's own time, and counts nothing ({@link
   * #historyDates}, {@link #nearADate}). An undated text has no history.
   */
  public List<SentenceTone> score(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches, Integer year) {
    if (sentenceStarts.length == 0) {
      return List.of();
    }
    int[] triples = new int[96];
    int[] size = {0};
    int[][] buf = {triples};
    matches.forEachMatch(
        (id, start, end) -> {
          if (size[0] + 3 > buf[0].length) {
            buf[0] = Arrays.copyOf(buf[0], buf[0].length * 2);
          }
          buf[0][size[0]++] = id;
          buf[0][size[0]++] = start;
          buf[0][size[0]++] = end;
        });
    if (pairsWords) {
      // addFrames may grow buf[0]: the array is read after it
      size[0] = addFrames(text, buf, size[0]);
      size[0] = dropFrameWords(buf[0], size[0]);
    }
    int[] m = buf[0];
    int count = size[0] / 3;
    if (count == 0) {
      return List.of();
    }
    if (count >= 1 << 24 || sentenceStarts.length >= 1 << 23 || text.length() >= 1 << 29) {
      // the sort key packs sentence and match index into one long, an act's key its offsets
      throw new IllegalArgumentException("text too large for one call: " + text.length());
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      int sentence = SentenceSplitter.sentenceOf(sentenceStarts, m[k * 3 + 1]);
      keys[k] = ((long) sentence << 40) | k;
    }
    Arrays.sort(keys);
    List<SentenceTone> out = new ArrayList<>();
    long[] act = new long[16];
    int g = 0;
    while (g < count) {
      long sentence = keys[g] >>> 40;
      int h = g;
      while (h < count && (keys[h] >>> 40) == sentence) {
        h++;
      }
      int[] counts = new int[4];
      int acts = 0;
      int from = sentence < 0 ? 0 : sentenceStarts[(int) sentence];
      int to = sentence + 1 < sentenceStarts.length
          ? sentenceStarts[(int) sentence + 1] : text.length();
      int[] history = year == null ? NO_DATES : historyDates(text, from, to, year);
      // a relative clause that a year of history dates is background, whatever the rest says
      int[] background = year == null ? NO_DATES : datedRelativeClauses(text, from, to, year);
      // one pass over the sentence's matches for what applies to all its cues: a hazard, a
      // question's word, a game's word or a play, a "years ago"
      boolean hazard = false;
      boolean hypothetical = false;
      boolean game = false;
      boolean hasPlay = false;
      for (int a = g; a < h; a++) {
        int ma = (int) (keys[a] & 0xFFFFFF);
        byte k = kind[m[ma * 3]];
        hazard |= k == HAZARD;
        hypothetical |= k == HYPOTHETICAL;
        game |= k == GAME;
        hasPlay |= play[m[ma * 3]];
        if (k == AGO) {
          history = yearsAgo(text, from, m[ma * 3 + 1], m[ma * 3 + 2], history);
        } else if (k == AFTER && tellsABackground(text, m[ma * 3 + 1], m[ma * 3 + 2], from)) {
          background = Arrays.copyOf(background, background.length + 2);
          background[background.length - 2] = m[ma * 3 + 2];
          background[background.length - 1] = clauseEnd(text, m[ma * 3 + 2], to);
        }
      }
      // a question that asks whether ("Will Washington sanction Ankara?") tells no act
      boolean asks = isYesNoQuestion(text, from, to);
      // who says it, after the last comma, is no act: "RSF fighters stormed a hospital, aid
      // groups said"
      int source = attributionStart(text, from, to);
      // a game's score is looked for only in a sentence with a play and no game's word
      game = game || (hasPlay && TextFold.hasScore(text, from, to));
      // a cue of each leaning right after "neither" and "nor": the negators' ends, the act
      int neitherConflict = -1;
      int neitherCooperationBy = -1;
      int neitherCooperation = -1;
      for (int a = g; a < h; a++) {
        int ma = (int) (keys[a] & 0xFFFFFF);
        int ka = kind[m[ma * 3]];
        if (ka >= NEUTRAL || asks || overlappedByLongerCue(m, keys, g, h, ma)
            || (hazard && harm[m[ma * 3]])
            || (game && play[m[ma * 3]])
            || (ka == MATERIAL_CONFLICT && namesAnEvent(text, m[ma * 3 + 1], m[ma * 3 + 2], from))
            || toldAsAFigure(text, m[ma * 3 + 2], to)
            || insideAName(text, m[ma * 3 + 1], m[ma * 3 + 2], from, to)
            || nearADate(text, history, m[ma * 3 + 1], m[ma * 3 + 2])
            || (year != null && namedByItsYear(text, m[ma * 3 + 1], from, year))
            || within(background, m[ma * 3 + 1])
            || m[ma * 3 + 1] >= source
            || (hypothetical
                && reachedBy(text, m, keys, g, h, ma, HYPOTHETICAL, HYPOTHETICAL_REACH) >= 0)) {
          continue;
        }
        int negator = reachedBy(text, m, keys, g, h, ma, NEGATOR, window);
        // a negator that is a reverser and its article ("scrapped the", "revoked its") ends an
        // act of conflict as the reverser would: "revoked the sanctions" lifts them
        int reversing = negator >= 0 && (ka == MATERIAL_CONFLICT || ka == VERBAL_CONFLICT)
            ? reverserInside(m, keys, g, h, negator) : -1;
        if (reversing >= 0) {
          negator = -1;
        }
        // an act of cooperation called off in the passive after it, or told failed, is negated:
        // "The talks were called off", "The aid convoy was blocked", "The talks collapsed";
        // "were not called off" leaves the act; an act of conflict stays ("the bombing must be
        // halted" still tells the bombing)
        boolean negated = negator >= 0
            || (ka < VERBAL_CONFLICT && (undoneAfter(text, m, keys, g, h, ma, CANCELLER) > 0
                || undoneAfter(text, m, keys, g, h, ma, BREAKDOWN) > 0));
        if (negated
            && (endsWithWord(text, negator, "neither") || endsWithWord(text, negator, "nor"))
            && wordsBetweenWithin(text, negator, m[ma * 3 + 1], 1)) {
          // "neither praised nor criticised": a refusal to lean either way is no act; the cues
          // must follow their negators ("neither accept nor recognize the veto" refuses)
          if (ka == VERBAL_CONFLICT || ka == MATERIAL_CONFLICT) {
            neitherConflict = negator;
          } else {
            neitherCooperation = acts;
            neitherCooperationBy = negator;
          }
        }
        int reverser = negated || (ka != MATERIAL_CONFLICT && ka != VERBAL_CONFLICT) ? -1
            : reversing >= 0 ? reversing
            : reachedBy(text, m, keys, g, h, ma, REVERSER, window);
        // an act of conflict undone in the passive after it: "The blockade of the port was
        // lifted", "Sanctions on the airline were eased", "The dispute was settled"; "should not
        // be lifted" is no act, as a negated "lift" before the cue
        int undone = reverser >= 0 || negated || ka < VERBAL_CONFLICT
            ? 0 : undoneAfter(text, m, keys, g, h, ma, REVERSER);
        if (undone < 0) {
          continue;
        }
        int counted = -1;
        if (undone > 0 || (reverser >= 0
            && !separated(text, reverser, m[ma * 3 + 1], ka == MATERIAL_CONFLICT))) {
          // ending an act of conflict is cooperation of the act's kind: "lifted the sanctions",
          // "ending a dispute that had dragged on", "ending 18 months of walkouts"; a verbal
          // one only as the reverser's own object, not across "and" ("eased and warned")
          counted = ka == MATERIAL_CONFLICT ? MATERIAL_COOPERATION : VERBAL_COOPERATION;
        } else if (!negated) {
          counted = ka;
        } else if (ka == VERBAL_COOPERATION || ka == MATERIAL_COOPERATION) {
          counted = VERBAL_CONFLICT;
        }
        if (counted >= 0) {
          if (acts == act.length) {
            act = Arrays.copyOf(act, acts * 2);
          }
          act[acts++] = ((long) m[ma * 3 + 1] << 34) | ((long) m[ma * 3 + 2] << 3) | counted
              | (negated ? NEGATED_ACT : 0)
              | (counted == ka && commitment[m[ma * 3]] ? COMMITMENT_ACT : 0)
              | (headlineVerb[m[ma * 3]] ? HEADLINE_VERB_ACT : 0);
        }
      }
      if (neitherCooperation >= 0 && neitherConflict >= 0
          && neitherConflict != neitherCooperationBy) {
        System.arraycopy(act, neitherCooperation + 1, act, neitherCooperation,
            acts - neitherCooperation - 1);
        acts--;
      }
      countActs(text, act, acts, counts);
      if (counts[0] + counts[1] + counts[2] + counts[3] > 0) {
        out.add(new SentenceTone((int) sentence, counts[0], counts[1], counts[2], counts[3]));
      }
      g = h;
    }
    return model == null ? out : vetoed(text, sentenceStarts, out);
  }

  /** At most this many words stand between a frame's verb and its object. */
  static final int FRAME_GAP = 3;

  /** How far back from an object a verb's end is looked for: more than three long words. */
  private static final int FRAME_REACH_CHARS = 120;

  /**
   * The words that end a frame's verb phrase before its object: a preposition or a conjunction
   * between them makes the object another phrase's ("closed talks on the border", "shut the
   * factory and the embassy's gate").
   */
  private static final Set<String> FRAME_BREAKS = Set.of("on", "at", "to", "of", "in", "for",
      "with", "from", "by", "about", "over", "near", "into", "after", "before", "towards",
      "toward", "and", "or", "but", "that", "which", "who", "while", "as", "than", "if", "when");

  /**
   * The words of measure or number that an object's "of" may follow without breaking its frame:
   * "sent 30 tonnes of medicines", "freed hundreds of prisoners".
   */
  private static final Set<String> MEASURES = Set.of("tonnes", "tons", "kilograms", "kilos",
      "boxes", "crates", "cartons", "pallets", "bags", "packages", "consignments", "shipments",
      "truckloads", "planeloads", "shiploads", "loads", "batches", "doses", "dozens", "hundreds",
      "thousands", "millions", "scores");

  /**
   * True when a word of {@link #FRAME_BREAKS} stands between a frame's verb ending at {@code ve}
   * and its object starting at {@code os}, other than an "of" right before the object after a
   * word of {@link #MEASURES}.
   */
  private static boolean breaksAFrame(String text, int ve, int os) {
    int end = os;
    int of = startOfWordBefore(text, os, ve);
    if (of > ve && text.regionMatches(true, of, "of", 0, 2)
        && !TextFold.isWordChar(text.charAt(of + 2))) {
      int measure = startOfWordBefore(text, of, ve);
      if (measure > ve && MEASURES.contains(wordBefore(text, of, ve))) {
        end = measure;
      }
    }
    return TextFold.hasLowerCaseWord(text, ve, end, FRAME_BREAKS);
  }

  /**
   * Adds to the matches {@code buf[0][0, size)} a match for each frame object with a verb of its
   * frame before it ({@link #FRAME_GAP} words at most, no clause mark and none of {@link
   * #FRAME_BREAKS} between, {@link #breaksAFrame}): the span from the verb's start to the
   * object's end, with the phrase id of the frame's class. A cue, a neutral phrase or a frame
   * added before that already spans as much, or more, tells the act itself ("closed the
   * consulate" is a cue of its own; "bank accounts" and "accounts" end together) and no frame is
   * added. An object that a neutral phrase qualifies makes no frame ("raise data tariffs"), nor
   * does a verb inside a neutral word that starts before it ("ground-breaking commitments",
   * "never-ending embargo").
   *
   * @return the new size of {@code buf[0]}
   */
  private int addFrames(String text, int[][] buf, int size) {
    int n = size / 3;
    for (int o = 0; o < n; o++) {
      int[] m = buf[0];
      long objectFrames = frameObject[m[o * 3]];
      if (objectFrames == 0) {
        continue;
      }
      int os = m[o * 3 + 1];
      int bestStart = -1;
      int bestEnd = -1;
      long both = 0;
      // the matches come ordered by their ends: a verb a few words before the object is among
      // the last ones before it
      for (int v = o - 1; v >= 0 && m[v * 3 + 2] >= os - FRAME_REACH_CHARS; v--) {
        long shared = frameVerb[m[v * 3]] & objectFrames;
        int ve = m[v * 3 + 2];
        if (shared != 0 && ve <= os && ve > bestEnd
            && wordsWithin(text, ve, os, FRAME_GAP, true)
            && !breaksAFrame(text, ve, os)
            && !qualifiedByANeutralPhrase(m, n, m[v * 3 + 1], ve)) {
          bestStart = m[v * 3 + 1];
          bestEnd = ve;
          both = shared;
        }
      }
      int oe = m[o * 3 + 2];
      if (bestStart < 0) {
        // the object before its verb in the passive: "Diplomatic ties were severed on Monday"
        int v = passiveFrameVerb(text, m, n, o, objectFrames & passiveFrames);
        if (v >= 0) {
          bestStart = os;
          oe = m[v * 3 + 2];
          both = frameVerb[m[v * 3]] & objectFrames & passiveFrames;
        }
      }
      // "raise data tariffs": a neutral phrase hides the object as it hides a cue
      if (bestStart < 0 || spannedByAPhrase(m, size / 3, bestStart, oe)
          || qualifiedByANeutralPhrase(m, size / 3, os, m[o * 3 + 2])) {
        continue;
      }
      if (size + 3 > m.length) {
        buf[0] = Arrays.copyOf(m, m.length * 2);
        m = buf[0];
      }
      m[size++] = firstFrameId + frameClass[Long.numberOfTrailingZeros(both)];
      m[size++] = bestStart;
      m[size++] = oe;
    }
    return addSplits(text, buf, size, n);
  }

  /**
   * The index of the nearest verb of a frame of the object at match {@code o} after it, in the
   * passive in the object's clause (a participle after an auxiliary, {@link #PASSIVE_REACH} words
   * at most and nothing else, none of them one of {@link #PASSIVE_BREAKS}): "The embassy in Tehran
   * was reopened", "Diplomatic ties between the two neighbours were severed"; -1 when none.
   */
  private int passiveFrameVerb(String text, int[] m, int n, int o, long objectFrames) {
    int oe = m[o * 3 + 2];
    int best = -1;
    if (objectFrames == 0) {
      return best;
    }
    for (int v = o + 1; v < n && m[v * 3 + 2] <= oe + FRAME_REACH_CHARS; v++) {
      int vs = m[v * 3 + 1];
      if ((frameVerb[m[v * 3]] & objectFrames) != 0 && vs >= oe
          && (best < 0 || vs < m[best * 3 + 1])) {
        best = v;
      }
    }
    if (best < 0) {
      return -1;
    }
    int vs = m[best * 3 + 1];
    return isParticiple(text, vs, wordEnd(text, vs, m[best * 3 + 2]))
        && wordsWithin(text, oe, vs, PASSIVE_REACH, true) && passiveBefore(text, vs, oe)
        && !breaksAPassive(text, oe, vs)
        && !negatedWithin(m, o + 1, best, oe, vs) ? best : -1;
  }

  /**
   * True when a negator among the matches {@code [lo, hi)} (ordered by their ends) lies in {@code
   * [from, to)} with no negator exception among them over it: a passive frame's act denied
   * between its object and its verb ("Kuwaiti prisoners are not returned", "have yet to be
   * returned"; "were not only returned" returns them), as the negators before a frame's verb in
   * the active deny it as they do a cue.
   */
  private boolean negatedWithin(int[] m, int lo, int hi, int from, int to) {
    for (int i = lo; i < hi; i++) {
      int ns = m[i * 3 + 1];
      int ne = m[i * 3 + 2];
      if (kind[m[i * 3]] == NEGATOR && ns >= from && ne <= to) {
        boolean excepted = false;
        for (int j = lo; j < hi && !excepted; j++) {
          excepted = kind[m[j * 3]] == EXCEPTION && m[j * 3 + 1] < ne && ns < m[j * 3 + 2];
        }
        if (!excepted) {
          return true;
        }
      }
    }
    return false;
  }

  /** The endings of the past participles of the frames' verbs: "closed", "frozen", "shut". */
  private static final String[] PARTICIPLE_ENDINGS = {"ed", "en", "wn", "t", "id", "nk", "uck"};

  /** True when the word {@code text[start, end)} ends as a past participle does. */
  private static boolean isParticiple(String text, int start, int end) {
    for (String ending : PARTICIPLE_ENDINGS) {
      if (end - start > ending.length()
          && text.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
        return true;
      }
    }
    return false;
  }

  /** At most this many words, its object, stand between a separable verb and its particle. */
  static final int SPLIT_GAP = 4;

  /**
   * Words that make a verb and a particle no separable verb: a reflexive object ("cut ourselves
   * off from Europe" is a choice, no act on another) or "upside" ("turned the world upside down").
   */
  private static final Set<String> SPLIT_BREAKS = Set.of("myself", "yourself", "himself",
      "herself", "itself", "ourselves", "yourselves", "themselves", "oneself", "upside");

  /**
   * Adds to the matches a match for each separable verb ({@code separable}) split by its object
   * ("handed the detainees back", "turned the IMF's offer down"): a verb before the particle
   * among the first {@code n} matches, with one to {@link #SPLIT_GAP} words and nothing else
   * between, none of them one of {@link #FRAME_BREAKS}. Each phrase the two spell when joined
   * is added: a cue from the verb's start to the particle's end, so that it holds its object as
   * the joined form holds what follows it; a negator or a reverser over the verb alone, before
   * the object it acts on ("rolled the steel tariffs back").
   *
   * @return the new size of {@code buf[0]}
   */
  private int addSplits(String text, int[][] buf, int size, int n) {
    for (int p = 0; p < n; p++) {
      int[] m = buf[0];
      int particle = splitParticle[m[p * 3]];
      if (particle < 0) {
        continue;
      }
      int ps = m[p * 3 + 1];
      int best = -1;
      for (int v = p - 1; v >= 0 && m[v * 3 + 2] >= ps - FRAME_REACH_CHARS; v--) {
        int verb = splitVerb[m[v * 3]];
        if (verb >= 0 && splitTargets[verb][particle].length > 0 && m[v * 3 + 2] < ps
            && (best < 0 || m[v * 3 + 2] > m[best * 3 + 2])) {
          best = v;
        }
      }
      if (best < 0) {
        continue;
      }
      int vs = m[best * 3 + 1];
      int ve = m[best * 3 + 2];
      if (!hasWordChar(text, ve, ps) || !wordsWithin(text, ve, ps, SPLIT_GAP, true)
          || TextFold.hasLowerCaseWord(text, ve, ps, FRAME_BREAKS)
          || TextFold.hasLowerCaseWord(text, ve, ps, SPLIT_BREAKS)) {
        continue;
      }
      for (int target : splitTargets[splitVerb[m[best * 3]]][particle]) {
        if (size + 3 > m.length) {
          buf[0] = Arrays.copyOf(m, m.length * 2);
          m = buf[0];
        }
        m[size++] = target;
        m[size++] = vs;
        m[size++] = kind[target] < NEUTRAL ? m[p * 3 + 2] : ve;
      }
    }
    return size;
  }

  /** True when {@code text[from, to)} holds a word's char. */
  private static boolean hasWordChar(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (TextFold.isWordChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the frames' words from the matches {@code m[0, size)}, keeping the others in order:
   * they have made their frames, and the sentence's rules need not step over them.
   *
   * @return the new size
   */
  private int dropFrameWords(int[] m, int size) {
    int kept = 0;
    for (int i = 0; i < size; i += 3) {
      if (kind[m[i]] != FRAME_WORD) {
        m[kept++] = m[i];
        m[kept++] = m[i + 1];
        m[kept++] = m[i + 2];
      }
    }
    return kept;
  }

  /**
   * True when a cue, a neutral phrase or a frame among the first {@code n} matches spans [start,
   * end).
   */
  private boolean spannedByAPhrase(int[] m, int n, int start, int end) {
    for (int c = 0; c < n; c++) {
      if (kind[m[c * 3]] <= NEUTRAL && m[c * 3 + 1] <= start && m[c * 3 + 2] >= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a neutral phrase among the first {@code n} matches spans [start, end) and starts
   * before it, with words of its own that qualify the object ("data tariffs"; "prisoners of war"
   * as a whole is no qualified object).
   */
  private boolean qualifiedByANeutralPhrase(int[] m, int n, int start, int end) {
    for (int c = 0; c < n; c++) {
      if (kind[m[c * 3]] == NEUTRAL && m[c * 3 + 1] < start && m[c * 3 + 2] >= end) {
        return true;
      }
    }
    return false;
  }

  /** True when the word that ends at {@code end} is {@code word}, in any case. */
  private static boolean endsWithWord(String text, int end, String word) {
    int start = end - word.length();
    return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
        && (start == 0 || !TextFold.isWordChar(text.charAt(start - 1)));
  }

  private static final int[] NO_DATES = new int[0];

  /** The dates of a sentence that a date at its start dates whole. */
  private static final int[] WHOLE_SENTENCE = {-1, -1};

  /** At most this many words before a year of history, from the sentence's start, date it all. */
  static final int SENTENCE_DATE_WORDS = 4;

  /**
   * How many words at most stand between a date of history and an act it dates after it ("In
   * 1975, thirty-five states signed ...") or before it ("Yugoslavia broke apart in a series of
   * wars in the 1990s"); a verb of the speaker's further before a date is an act of now
   * ("Chile reaffirms that the Constitution of Bolivia, adopted in 2009, ...").
   */
  static final int HISTORY_REACH_AFTER = 12;

  static final int HISTORY_REACH_BEFORE = 8;

  /**
   * The offsets (start, end pairs) of the years in the sentence {@code [from, to)} of a text
   * written in {@code year} that date history told there: a year (or a decade's last year) at
   * least two years before {@code year}, after "in" ("in 1975", "in April 1980", "in the early
   * 1990s", "on this day in 1975"), "from" or "between" ("from 1814 to 1815"), or before a clause
   * ("since 1953, when the armistice was signed"); {@link #WHOLE_SENTENCE} when such a date opens
   * the sentence ("In 1975, ...", "On this day in 1975", "In the early 1990s"), at most {@link
   * #SENTENCE_DATE_WORDS} words from its start. None in a sentence that dates itself to the
   * text's own days ("on Tuesday", "today", "this week"). "Since 1992" alone, "the 1944 treaty"
   * and "on 1 August 1990" date no act told as history: what goes on since then, or a thing or a
   * day an act of now names.
   */
  static int[] historyDates(String text, int from, int to, int year) {
    // most sentences name no number: one pass over their chars, no words made
    if (!hasDigit(text, from, to)) {
      return NO_DATES;
    }
    int[] dates = NO_DATES;
    int i = from;
    while (i < to) {
      char ch = text.charAt(i);
      if (!Character.isLetterOrDigit(ch)) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && (Character.isLetterOrDigit(text.charAt(end))
          || (text.charAt(end) == '-' && end + 1 < to
              && Character.isLetterOrDigit(text.charAt(end + 1))))) {
        end++;
      }
      String word = TextFold.fold(text.substring(i, end));
      if (NOW_WORDS.contains(word)
          || (word.equals("week") && "this".equals(wordBefore(text, i, from)))) {
        return NO_DATES;
      }
      int last = yearOf(word);
      // "the 2015 earthquake", "the 1994 genocide": a year before a noun names a thing
      boolean namesAThing = word.length() == 4 && yearNamesAThing(text, i, from);
      if (last > 0 && last <= year - 2 && !namesAThing) {
        String opener = dateOpener(text, i, from);
        boolean openerBefore = opener != null && HISTORY_BEFORE.contains(opener);
        if (openerBefore && wordsIn(text, from, i) <= SENTENCE_DATE_WORDS) {
          // a date that opens the sentence dates all of it: "In 1975, at the close of the
          // Conference on Security and Co-operation in Europe, 35 states ... signed"
          return WHOLE_SENTENCE;
        }
        if (openerBefore || text.startsWith(", when ", end)) {
          dates = Arrays.copyOf(dates, dates.length + 2);
          dates[dates.length - 2] = i;
          dates[dates.length - 1] = end;
        }
      }
      i = end;
    }
    return dates;
  }

  /** The units of time before "ago" that tell history, two years or more back. */
  static final List<String> AGO_PHRASES =
      List.of("years ago", "decades ago", "centuries ago", "century ago");

  /**
   * The units of time before "after" or "since" that make what follows history, two years or more
   * back: in "Three decades after their border war, Ecuador and Peru opened a joint trade centre"
   * the war is the background of the opening, no act of the text's time; "80 years since the
   * siege" marks an anniversary. Hours, days, weeks and months after an event make it the
   * background of what is told: "A week after the deadly border clash, the defence ministers met
   * and agreed to disengage" tells the meeting. What "after" governs runs to
   * the clause's end ({@link #clauseEnd}).
   */
  static final List<String> AFTER_PHRASES =
      List.of("years after", "decades after", "decade after", "centuries after", "century after",
          "years since", "decades since", "decade since", "centuries since", "century since",
          "hours after", "days after", "day after", "weeks after", "week after", "months after",
          "month after", "years of", "decades of", "decade of", "months of", "weeks of");

  /**
   * True when the "after" phrase at {@code [start, end)} tells a background: a span of time after
   * a thing ("years after the war"), or a span of a thing that "after" or "following" opens
   * within two words before it ("after years of war", "after a decade of talks"; "five years of
   * war" alone is no background), and not a unit repeated ("day after day").
   */
  private static boolean tellsABackground(String text, int start, int end, int from) {
    if (repeatsItsUnit(text, start, end)) {
      return false;
    }
    if (!text.regionMatches(true, end - 2, "of", 0, 2)
        || !Character.isWhitespace(text.charAt(end - 3))) {
      return true;
    }
    int at = start;
    for (int words = 0; words < 3; words++) {
      String before = wordBefore(text, at, from);
      if (before == null) {
        return false;
      }
      if (before.equals("after") || before.equals("following")) {
        return true;
      }
      at = startOfWordBefore(text, at, from);
    }
    return false;
  }

  /**
   * True when the unit of time of the "after" phrase at {@code [start, end)} comes again right
   * after it: "day after day", "month after month" tell a repetition, not a background.
   */
  private static boolean repeatsItsUnit(String text, int start, int end) {
    int unit = start;
    while (unit < end && TextFold.isWordChar(text.charAt(unit))) {
      unit++;
    }
    String word = text.substring(start, unit);
    return text.regionMatches(true, end, " " + word, 0, word.length() + 1)
        && (end + word.length() + 1 == text.length()
            || !TextFold.isWordChar(text.charAt(end + word.length() + 1)));
  }

  /**
   * Where the clause that goes on at {@code from} ends: at a comma, a semicolon, a colon, a dash
   * or a bracket, after {@link #HISTORY_REACH_AFTER} words, or at {@code to}.
   */
  private static int clauseEnd(String text, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014'
          || c == '\u2013') {
        return i;
      }
      boolean wordStart = Character.isLetterOrDigit(c)
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (wordStart && ++words > HISTORY_REACH_AFTER) {
        return i;
      }
    }
    return to;
  }

  /** True when {@code at} lies in one of the spans {@code [start, end)} of {@code spans}. */
  private static boolean within(int[] spans, int at) {
    for (int d = 0; d < spans.length; d += 2) {
      if (at >= spans[d] && at < spans[d + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code dates} with the span {@code [start, end)} of a unit and "ago" ({@link #AGO_PHRASES})
   * in the sentence from {@code from} added: history by the text's own clock, dated or not
   * ("Thirty years ago, some 800,000 people were killed"); {@link #WHOLE_SENTENCE} when the
   * number before it opens the sentence ("Forty years ago this week, a Soviet interceptor shot
   * down ..."), where a year's rule gives way to "this week"; {@code dates} as they are after
   * "since", which tells what goes on since ("since AMISOM's deployment 11 years ago").
   */
  static int[] yearsAgo(String text, int from, int start, int end, int[] dates) {
    if (dates == WHOLE_SENTENCE || sinceBefore(text, start, from)) {
      return dates;
    }
    if (opensTheSentence(text, from, startOfWordBefore(text, start, from))) {
      return WHOLE_SENTENCE;
    }
    int[] out = Arrays.copyOf(dates, dates.length + 2);
    out[out.length - 2] = start;
    out[out.length - 1] = end;
    return out;
  }

  /** True when "since" stands in the 40 chars before {@code at}, in the sentence. */
  private static boolean sinceBefore(String text, int at, int from) {
    int lo = Math.max(from, at - 40);
    for (int i = lo; i + 5 <= at; i++) {
      if (text.regionMatches(true, i, "since", 0, 5)
          && (i == 0 || !TextFold.isWordChar(text.charAt(i - 1)))
          && !TextFold.isWordChar(text.charAt(i + 5))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verbs that close a source's attribution at a sentence's end: no cue among them ("warned"
   * is one), none a noun's plural ("reports").
   */
  private static final Set<String> SAYING = Set.of("said", "says", "say", "reported", "added",
      "told", "stated", "noted", "wrote", "announced", "estimated");

  /** The verbs that open a source's attribution at a sentence's end ("..., said the envoy"). */
  private static final Set<String> SAID = Set.of("said", "says");

  /** The most words of an attribution: a source of a few words and its verb. */
  private static final int SOURCE_WORDS = 6;

  /**
   * Where the sentence's closing attribution starts, or {@code to} when it has none: the words
   * after its last comma, at most {@link #SOURCE_WORDS}, when the last of them is a verb of
   * saying after a source, not after an auxiliary ("..., aid groups said.", not "..., progress
   * can be noted."), or the first is "said" or "says" ("..., said the ceasefire monitors.").
   */
  static int attributionStart(String text, int from, int to) {
    int end = to;
    while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int comma = -1;
    int words = 0;
    for (int i = end - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == ',') {
        comma = i;
        break;
      }
      if (c == ';' || c == ':' || c == '"' || c == '\u201D' || c == '\u201C') {
        return to;
      }
      if (Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(text.charAt(i - 1))
          && ++words > SOURCE_WORDS) {
        return to;
      }
    }
    if (comma < 0) {
      return to;
    }
    int lastStart = end;
    while (lastStart > comma && TextFold.isWordChar(text.charAt(lastStart - 1))) {
      lastStart--;
    }
    int firstEnd = wordEndAfter(text, comma + 1);
    boolean saying = (TextFold.hasLowerCaseWord(text, lastStart, end, SAYING)
            && !TextFold.hasLowerCaseWord(text, comma + 1, lastStart, AUXILIARIES))
        || TextFold.hasLowerCaseWord(text, comma + 1, firstEnd, SAID);
    return saying ? comma : to;
  }

  /**
   * Whether {@code text[from, to)} is a question that asks whether an act will or may be: it ends
   * with a question mark (a closing quote may follow) and opens with a modal verb ("Will
   * Washington sanction Ankara over the missile purchase?", "Can Cairo and Addis Ababa finally
   * sign a deal?"). A negative one asserts what it asks ("Can it not be said that they attacked
   * ...?", "Won't they sign?") and is no such question; nor is one that opens with a question's
   * word ("Why did Russia invade?": the act is taken as done).
   */
  static boolean isYesNoQuestion(String text, int from, int to) {
    int e = to;
    while (e > from && (Character.isWhitespace(text.charAt(e - 1))
        || text.charAt(e - 1) == '"' || text.charAt(e - 1) == '\u201d'
        || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '\u2019')) {
      e--;
    }
    if (e == from || text.charAt(e - 1) != '?') {
      return false;
    }
    int b = from;
    while (b < e && !Character.isLetter(text.charAt(b))) {
      b++;
    }
    int w = b;
    while (w < e && Character.isLetter(text.charAt(w))) {
      w++;
    }
    if (w < e && (text.charAt(w) == '\'' || text.charAt(w) == '\u2019')) {
      return false; // "Isn't it ...?", "Don't they ...?"
    }
    String opener = text.substring(b, w).toLowerCase(Locale.ROOT);
    if (!QUESTION_OPENERS.contains(opener)) {
      return false;
    }
    if (opener.startsWith("m") && (text.startsWith(" I ", w) || text.startsWith(" we ", w))) {
      return false; // "May I congratulate you ...?" does what it asks leave to do
    }
    // "Can it not ...", "Will the United Nations not ...": a negation among the next five words
    // asserts
    int words = 0;
    int i = w;
    while (i < e && words < 5) {
      while (i < e && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < e && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j > i && text.substring(i, j).equalsIgnoreCase("not")) {
        return false;
      }
      i = j;
      words++;
    }
    return true;
  }

  /**
   * The modal verbs that open a question asking whether an act will or may be: "Is", "Does" or
   * "Has" open as many questions that accuse ("Does South Africa seek to engulf the world in
   * propaganda?") and are left to the cues.
   */
  private static final Set<String> QUESTION_OPENERS = Set.of("will", "would", "can", "could",
      "should", "shall", "may", "might");

  /**
   * True when only words of an amount ("some", "a little over", "nearly") stand in the sentence
   * before {@code at}, the start of the number before "years ago": "Forty years ago this week,
   * ...", "Nearly four years ago, ...", not "The truce brokered two years ago".
   */
  private static boolean opensTheSentence(String text, int from, int at) {
    if (at < 0 || wordsIn(text, from, at) > SENTENCE_DATE_WORDS) {
      return false;
    }
    int i = at;
    while (i > from) {
      String w = wordBefore(text, i, from);
      if (w == null) {
        // no word before: only spaces may stand there (a quote or a bracket opens no date)
        return text.substring(from, i).isBlank();
      }
      if (!AMOUNT_WORDS.contains(w)) {
        return false;
      }
      i = startOfWordBefore(text, i, from);
    }
    return true;
  }

  private static final Set<String> AMOUNT_WORDS = Set.of("a", "little", "over", "more", "than",
      "some", "about", "almost", "nearly", "just", "exactly", "barely", "only", "around",
      "roughly", "well", "fully", "precisely");

  /**
   * True when the cue {@code [start, end)} stands within {@link #HISTORY_REACH_AFTER} words after
   * or {@link #HISTORY_REACH_BEFORE} words before one of {@code dates}: the act is the history
   * the date tells ("In 1975 thirty-five states signed the Helsinki Final Act"), not an act of
   * now further on in the sentence ("..., which became effective in April 1966, and I take this
   * opportunity to commend Australia").
   */
  static boolean nearADate(String text, int[] dates, int start, int end) {
    if (dates == WHOLE_SENTENCE) {
      return true;
    }
    for (int d = 0; d < dates.length; d += 2) {
      boolean after = start >= dates[d + 1];
      int words = after ? wordsIn(text, dates[d + 1], start) : wordsIn(text, end, dates[d]);
      if (words <= (after ? HISTORY_REACH_AFTER : HISTORY_REACH_BEFORE)) {
        return true;
      }
    }
    return false;
  }

  /** The number of words that start in {@code [from, to)}. */
  private static int wordsIn(String text, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        words++;
      }
    }
    return words;
  }

  /** A year's last year: 1975 for "1975", 1999 for "1990s"; 0 for any other word. */
  private static int yearOf(String word) {
    if (word.startsWith("mid-")) {
      word = word.substring(4);
    }
    int n = word.length();
    boolean decade = n == 5 && word.charAt(4) == 's' && word.charAt(3) == '0';
    if (n != 4 && !decade || !allDigits(word, 4)) {
      return 0;
    }
    int y = Integer.parseInt(word.substring(0, 4));
    if (y < 1000) {
      return 0;
    }
    return decade ? y + 9 : y;
  }

  /**
   * The word that opens the date a year at {@code at} ends, folded: the first word before it
   * that is no month, day, "the", "early", "late", "mid", "autumn" and the like ("in" for "in
   * the early 1990s", "in April 1980", "in 30 April 1975"); null at the sentence's start.
   */
  private static String dateOpener(String text, int at, int from) {
    int i = at;
    for (int hop = 0; hop < 4; hop++) {
      String w = wordBefore(text, i, from);
      if (w == null || !DATE_PARTS.contains(w) && !isDayNumber(w)) {
        return w;
      }
      i = startOfWordBefore(text, i, from);
    }
    return null;
  }

  private static boolean isDayNumber(String w) {
    return !w.isEmpty() && w.length() <= 2 && allDigits(w, w.length());
  }

  /** True when the first {@code n} chars of {@code w} are ASCII digits. */
  private static boolean allDigits(String w, int n) {
    for (int k = 0; k < n; k++) {
      if (w.charAt(k) < '0' || w.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The relative pronouns that open a clause after a comma. */
  private static final List<String> RELATIVE_OPENERS = List.of(" who ", " which ", " whose ");

  /**
   * The spans of the relative clauses of the sentence {@code [from, to)}, opened by a comma and
   * "who", "which" or "whose" and closed by the next comma or the sentence's end, that a year of
   * history dates by {@link #historyDates}: "The retired general, who commanded the invasion
   * force in 1991, died on Sunday" tells an obituary, not an invasion (the sentence's "on Sunday"
   * keeps its other dates from telling history, not this clause's). Not "since 1956" (what goes
   * on since), "resolution 435 (1978)" (a reference) or "the 1954 Geneva Agreements" (a thing of
   * its year, which the clause's verb may trample now).
   */
  static int[] datedRelativeClauses(String text, int from, int to, int year) {
    // most sentences name no number: one pass over their chars first
    if (!hasDigit(text, from, to)) {
      return NO_DATES;
    }
    int[] spans = NO_DATES;
    for (int at = from; at < to; at++) {
      if (text.charAt(at) != ',' || !opensARelativeClause(text, at + 1, to)) {
        continue;
      }
      int start = at + 1;
      int end = start;
      while (end < to && text.charAt(end) != ',') {
        end++;
      }
      // the clause read as a sentence of its own: a year of history in it, after "in", "from",
      // "between" or "during", dates it, and a "today" in it dates it to the text's days
      int[] dates = historyDates(text, start, end, year);
      if (dates == WHOLE_SENTENCE || dates.length > 0) {
        spans = Arrays.copyOf(spans, spans.length + 2);
        spans[spans.length - 2] = start;
        spans[spans.length - 1] = end;
      }
    }
    return spans;
  }

  /** True when " who ", " which " or " whose " starts at {@code at}, ending before {@code to}. */
  private static boolean opensARelativeClause(String text, int at, int to) {
    for (String opener : RELATIVE_OPENERS) {
      if (at + opener.length() <= to && text.startsWith(opener, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The articles, possessives and demonstratives that open a noun phrase: before a year they make
   * it a thing's ("the 1973 invasion"), before a breakdown's word an adjective ("the stalled peace
   * process").
   */
  private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "its", "their",
      "his", "her", "this", "that", "these", "those", "our", "my", "your");

  /**
   * True when the cue at {@code start} is a thing of history named by its year, two years or more
   * before the text's {@code year}: the year right before it, or one word before it, after a
   * determiner or a possessive ("the 1973 invasion force", "the 2019 border shooting", "Iraq's
   * 1990 invasion"). The act that names the thing stays an act of now ("Russia violated the 1994
   * memorandum": the violation).
   */
  static boolean namedByItsYear(String text, int start, int from, int year) {
    int at = start;
    for (int k = 0; k < 2; k++) {
      int w = startOfWordBefore(text, at, from);
      if (w < 0 || hasComma(text, w, at)) {
        return false;
      }
      // most words before a cue are no number: look at the first char before making a word
      if (Character.isDigit(text.charAt(w))) {
        int y = yearOf(wordBefore(text, at, from));
        if (y == 0 || y > year - 2) {
          return false;
        }
        return yearNamesAThing(text, w, from);
      }
      at = w;
    }
    return false;
  }

  /**
   * True when the year that starts at {@code w} stands after a determiner or a possessive and so
   * names a thing ("the 1994 genocide", "Iraq's 1990 invasion"), in the sentence from {@code
   * from}: a thing of its year, which dates no act around it ({@link #historyDates}) and is
   * history itself ({@link #namedByItsYear}).
   */
  private static boolean yearNamesAThing(String text, int w, int from) {
    String det = wordBefore(text, w, from);
    return (det != null && NOUN_DETERMINERS.contains(det))
        || text.startsWith("'s ", w - 3) || text.startsWith("\u2019s ", w - 3);
  }

  /** True when an ASCII digit stands in {@code text[from, to)}. */
  private static boolean hasDigit(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** True when a comma stands in {@code text[from, to)}. */
  private static boolean hasComma(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ',') {
        return true;
      }
    }
    return false;
  }

  /** The folded word that ends before {@code at} in the sentence from {@code from}, or null. */
  private static String wordBefore(String text, int at, int from) {
    int start = startOfWordBefore(text, at, from);
    if (start < 0) {
      return null;
    }
    int end = start;
    while (end < at && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return TextFold.fold(text.substring(start, end));
  }

  /** Where the word before {@code at} starts, across white space and commas; -1 if none. */
  private static int startOfWordBefore(String text, int at, int from) {
    int i = at - 1;
    while (i >= from && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i--;
    }
    if (i < from || !Character.isLetterOrDigit(text.charAt(i))) {
      return -1;
    }
    while (i > from
        && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
      i--;
    }
    return i;
  }

  private static final Set<String> HISTORY_BEFORE = Set.of("in", "from", "between", "during");

  private static final Set<String> DATE_PARTS =
      Set.of(
          "the", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  /** Words that date a sentence to its text's own days: news, even beside a year of history. */
  private static final Set<String> NOW_WORDS =
      Set.of(
          "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday");

  /** The verbs of a figure's level or change: "investment rose 12%", "aid reached $5 billion". */
  private static final Set<String> FIGURE_VERBS = Set.of("rose", "rises", "fell", "falls",
      "reached", "reaches", "grew", "grows", "climbed", "climbs", "dropped", "drops", "declined",
      "declines", "totalled", "totaled", "totals", "jumped", "jumps", "surged", "surges",
      "slumped", "doubled", "tripled", "increased", "increases", "decreased", "decreases",
      "plunged", "plummeted", "soared", "topped", "exceeded", "amounted", "stood", "shrank",
      "contracted", "expanded");

  /** The words that may stand between a figure's verb and its amount: "rose to a record $9bn". */
  private static final Set<String> FIGURE_FILLERS = Set.of("to", "by", "from", "record", "some",
      "about", "around", "nearly", "almost", "over", "more", "than", "estimated", "just",
      "roughly", "under", "less", "only", "an");

  /** The signs of money before an amount's digits: dollar, euro, pound, yen. */
  private static final String CURRENCY_SIGNS = "$\u20ac\u00a3\u00a5";

  private static boolean isCurrencySign(char c) {
    return CURRENCY_SIGNS.indexOf(c) >= 0;
  }

  /** The words after a number that make it an amount: "10 per cent", "18 billion". */
  private static final Set<String> AMOUNT_UNITS = Set.of("per", "percent", "million", "billion",
      "trillion", "bn", "mn", "m");

  /** At most this many words stand between a cue and the verb of the figure it is subject of. */
  static final int FIGURE_REACH = 5;

  /**
   * How far after a cue a figure's amount is looked for: more than {@link #FIGURE_REACH} long
   * words, a verb and its fillers.
   */
  private static final int FIGURE_REACH_CHARS = 200;

  /**
   * True when the cue ending at {@code cueEnd} is the subject of a figure, which labelling.md
   * calls no act: a verb of {@link #FIGURE_VERBS} after it ({@link #FIGURE_REACH} words at most,
   * no clause mark between, no auxiliary of the passive right before it), then an amount right
   * away or after words of {@link #FIGURE_FILLERS} ("a" only before "record"): a currency sign
   * before a digit, or a number with a per cent sign or a word of {@link #AMOUNT_UNITS}.
   * "Foreign direct investment into Vietnam reached $18 billion", "Aid to Africa fell 10% last
   * year"; "talks reached a deal" has no amount, and "reached a $5 billion deal" none right
   * after its verb.
   */
  static boolean toldAsAFigure(String text, int cueEnd, int to) {
    // a figure needs a digit: most cues have none after them, and are done with at once
    boolean anyDigit = false;
    int reach = Math.min(to, cueEnd + FIGURE_REACH_CHARS);
    for (int c = cueEnd; c < reach && !anyDigit; c++) {
      anyDigit = Character.isDigit(text.charAt(c));
    }
    if (!anyDigit) {
      return false;
    }
    int i = cueEnd;
    int verbEnd = -1;
    for (int w = 0; w <= FIGURE_REACH && verbEnd < 0; w++) {
      int s = skipSpaces(text, i, to);
      int e = tokenEnd(text, s, to);
      if (s == e) {
        return false;
      }
      if (FIGURE_VERBS.contains(text.substring(s, e))) {
        String before = wordBefore(text, s, cueEnd);
        if (before != null && PASSIVE_AUXILIARIES.contains(before)) {
          // "aid will be increased by 35 per cent" tells an act in the passive
          return false;
        }
        verbEnd = e;
      } else if (!TextFold.isWordChar(text.charAt(e - 1))) {
        return false;
      }
      i = e;
    }
    if (verbEnd < 0) {
      return false;
    }
    for (i = verbEnd; i < to; ) {
      int s = skipSpaces(text, i, to);
      int e = tokenEnd(text, s, to);
      if (s == e) {
        return false;
      }
      int digit = s;
      while (digit < e && !Character.isDigit(text.charAt(digit))) {
        digit++;
      }
      if (digit < e) {
        // "$18", "US$18", "€5": a currency sign right before the digit
        char sign = digit > s ? text.charAt(digit - 1) : ' ';
        if (isCurrencySign(sign)) {
          return true;
        }
        int d = digit;
        while (d < e && (Character.isDigit(text.charAt(d)) || text.charAt(d) == '.'
            || text.charAt(d) == ',')) {
          d++;
        }
        if (d < e && text.charAt(d) == '%') {
          return true;
        }
        // the unit in the number's token ("18bn") or in the next one ("18 billion.")
        int u = d < e ? d : skipSpaces(text, e, to);
        return digit == s && AMOUNT_UNITS.contains(text.substring(u, wordEnd(text, u, to)));
      }
      String word = text.substring(s, e);
      boolean filler = FIGURE_FILLERS.contains(word)
          || word.equals("a") && text.startsWith("record", skipSpaces(text, e, to));
      if (!filler) {
        return false;
      }
      i = e;
    }
    return false;
  }

  /** The first index at or after {@code i}, before {@code to}, that is no space. */
  private static int skipSpaces(String text, int i, int to) {
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The end of the run of characters other than spaces that starts at {@code s}. */
  private static int tokenEnd(String text, int s, int to) {
    int e = s;
    while (e < to && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * True when a material conflict cue written with a capital inside a sentence is the last word
   * of an event's name, "the Falklands War", "the Six-Day War", or opens one with "of", "the
   * Battle of Kursk" ({@link #EVENT_NOUNS}): a documentary, an exhibition or an anniversary of a
   * war is no act of conflict. The word after the name must not be capitalised too, as every
   * word is in a title-case headline ("Russia Declares War On ...").
   *
   * @param from where the cue's sentence starts
   */
  static boolean namesAnEvent(String text, int start, int end, int from) {
    if (!Character.isUpperCase(text.charAt(start))
        || !EVENT_NOUNS.contains(TextFold.fold(text.substring(start, end)))) {
      return false;
    }
    int after = end;
    if (text.startsWith(" of ", end) && end + 4 < text.length()
        && Character.isUpperCase(text.charAt(end + 4))) {
      // "Battle of Kursk": the name goes on to the place's word
      after = end + 4;
      while (after < text.length() && TextFold.isWordChar(text.charAt(after))) {
        after++;
      }
    } else if (!capitalisedWordBefore(text, start, from, true)) {
      // "the Falklands War", "the Six-Day War"
      return false;
    }
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return after >= text.length() || !Character.isUpperCase(text.charAt(after));
  }

  /**
   * True when a cue written with a capital is inside a name in a sentence in prose: before a
   * capitalised word, anywhere but at the sentence's start ("the National Unity Platform", "the
   * Paris Peace Forum", "the so-called Friendship Bridge", "The Friendship Bridge handled ...");
   * at the end of a name after a capitalised word, unless the cue names a document, whose name is
   * the agreement it tells of ("the Ministry of International Cooperation", but "the Paris
   * Agreement"); or in a short title in quotes written in capitals ("the play 'Ceasefire'", "the
   * album 'Peace Treaty'"). A sentence with no lower-case word of five letters or more is a
   * title-case headline ("Russia, Ukraine Agree Ceasefire Deal"), whose capitals say nothing.
   *
   * @param from where the cue's sentence starts
   * @param to where it ends (exclusive)
   */
  static boolean insideAName(String text, int start, int end, int from, int to) {
    if (!Character.isUpperCase(text.charAt(start))
        || !TextFold.hasLowerCaseWord(text, from, to, 5)) {
      return false;
    }
    boolean capitalAfter = end + 1 < text.length() && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1));
    if (capitalAfter && (notFirstWord(text, start, from) || articleBefore(text, start, from)
        || FIRM_WORDS.contains(text.substring(end + 1, wordEnd(text, end + 1, to))))) {
      return true;
    }
    if (capitalisedWordBefore(text, start, from, false)
        && !DOCUMENTS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return inAQuotedTitle(text, start, end, from, to);
  }

  /**
   * The capitalised words that end a firm's or a body's name: before one, a cue opening a
   * sentence names it too ("Siege Capital's assets grew", "Truce Brewing opens a taproom",
   * "Unity Party quits the coalition", "War Child reopened 40 schools").
   */
  private static final Set<String> FIRM_WORDS = Set.of("Capital", "Group", "Holdings",
      "Partners", "Ventures", "Brewing", "Brewery", "Records", "Media", "Films", "Pictures",
      "Studios", "Games", "Labs", "Technologies", "Airlines", "Airways", "Motors", "Foods",
      "Energy", "Bank", "Insurance", "Investments", "Inc", "Ltd", "Corp", "Resources", "Party",
      "Front", "Movement", "Brigade", "Brigades", "League", "Bloc", "Child");

  /**
   * The cues that name a document or talks: at a name's end they tell of the agreement or the
   * talks they name ("the Paris Agreement", "the Six-Party Talks").
   */
  private static final Set<String> DOCUMENTS = Set.of("agreement", "agreements", "accord",
      "accords", "treaty", "treaties", "pact", "convention", "protocol", "charter", "declaration",
      "deal", "memorandum", "compact", "settlement", "resolution", "truce", "ceasefire",
      "armistice", "understanding", "partnership", "alliance", "entente", "talks",
      "negotiations", "dialogue");

  /**
   * True when a word stands before {@code start} in the sentence starting at {@code from}, and
   * {@code start} does not open a quotation or follow a colon (where a capital opens speech).
   */
  private static boolean notFirstWord(String text, int start, int from) {
    if (start - 1 <= from || text.charAt(start - 1) != ' ') {
      return false;
    }
    char before = text.charAt(start - 2);
    if (before == ':' || before == '"' || before == '\u201C') {
      return false;
    }
    for (int i = from; i < start - 1; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The most words a quoted title holds. */
  private static final int TITLE_WORDS = 4;

  /**
   * True when the cue lies in quotes that open and close within {@link #TITLE_WORDS} words, every
   * word of which is written with a capital, and which do not hold the whole sentence: a title.
   */
  private static boolean inAQuotedTitle(String text, int start, int end, int from, int to) {
    int open = start - 1;
    int words = 0;
    while (open >= from && !isQuote(text.charAt(open))) {
      char c = text.charAt(open);
      if (c == ' ' && ++words >= TITLE_WORDS) {
        return false;
      }
      if (c == '.' || c == ',' || c == ';' || c == ':') {
        return false;
      }
      open--;
    }
    int close = end;
    while (close < to && !isQuote(text.charAt(close))) {
      char c = text.charAt(close);
      if (c == ' ' && ++words >= TITLE_WORDS) {
        return false;
      }
      close++;
    }
    if (open < from || close >= to || !hasLetterOutside(text, from, open, close, to)) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (Character.isLetter(text.charAt(i)) && (i == open + 1 || text.charAt(i - 1) == ' ')
          && !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  /** True when a letter stands in {@code [from, open)} or in {@code (close, to)}. */
  private static boolean hasLetterOutside(String text, int from, int open, int close, int to) {
    for (int i = from; i < open; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    for (int i = close + 1; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when "the", in any case, ends one space before {@code start}, after {@code from}. */
  private static boolean articleBefore(String text, int start, int from) {
    return start - 4 >= from && text.charAt(start - 1) == ' '
        && endsWithWord(text, start - 1, "the");
  }

  /**
   * True when a capitalised word ends one space (or, with {@code hyphen}, one hyphen: "Six-Day")
   * before {@code start}, perhaps with a plural's possessive apostrophe ("the Hundred Years'
   * War"), and is not the first word of the sentence starting at {@code from}, whose capital
   * says nothing.
   */
  private static boolean capitalisedWordBefore(
      String text, int start, int from, boolean hyphen) {
    char before = start > 0 ? text.charAt(start - 1) : '.';
    if (before != ' ' && !(hyphen && before == '-')) {
      return false;
    }
    int w = start - 1;
    if (w - 2 > from && (text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '\u2019')
        && text.charAt(w - 2) == 's') {
      w--;
    }
    while (w > from && (TextFold.isWordChar(text.charAt(w - 1))
        || (hyphen && text.charAt(w - 1) == '-'))) {
      w--;
    }
    int first = from;
    while (first < start && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    return w < start - 1 && w > first && Character.isUpperCase(text.charAt(w));
  }

  // the conflict cues that are nouns for an event, the words a war's or a battle's name ends in
  // or opens with: a verb or an adjective ("Strikes", "Attacks") in a headline is no name
  private static final Set<String> EVENT_NOUNS =
      Set.of("war", "wars", "battle", "siege", "massacre", "uprising", "rebellion", "insurgency");

  /**
   * True when another cue or neutral phrase of the sentence overlaps this cue and wins: it is
   * longer, or as long and starts earlier. So one stretch of text counts once: "lift sanctions"
   * hides "sanctions" inside it, and "fired missiles at" is one act, not "fired missiles" and
   * "missiles at".
   */
  private boolean overlappedByLongerCue(int[] m, long[] keys, int from, int to, int ma) {
    int s = m[ma * 3 + 1];
    int e = m[ma * 3 + 2];
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (mb == ma || kind[m[mb * 3]] > NEUTRAL) {
        continue;
      }
      int sb = m[mb * 3 + 1];
      int eb = m[mb * 3 + 2];
      boolean overlaps = sb < e && eb > s;
      if (overlaps && (eb - sb > e - s || (eb - sb == e - s && sb < s))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the nearest phrase of kind {@code by} (a negator, a reverser or a hypothetical) ends
   * that ends before the cue with at most {@code reach} words and no clause mark between, or -1;
   * a phrase an exception overlaps does not count.
   */
  private int reachedBy(
      String text, int[] m, long[] keys, int from, int to, int ma, byte by, int reach) {
    int cueStart = m[ma * 3 + 1];
    int nearest = -1;
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (kind[m[mb * 3]] != by) {
        continue;
      }
      int ns = m[mb * 3 + 1];
      int ne = m[mb * 3 + 2];
      if (ne > cueStart || ne <= nearest || overlapsException(m, keys, from, to, ns, ne)) {
        continue;
      }
      // an amount of money between a negator and its cue is read only when the words alone
      // are too many: "blocked 6.6 billion euros of EU military aid"
      if ((wordsBetweenWithin(text, ne, cueStart, reach)
              || reachesBesides(text, ne, cueStart, reach, by == NEGATOR, by != HYPOTHETICAL))
          && (by != NEGATOR || (!doneBeforeAConjunction(text, m, keys, from, to, ne, cueStart)
              && !correctedAfter(text, ns, ne, cueStart)))) {
        nearest = ne;
      }
    }
    return nearest;
  }

  /**
   * Where a reverser ends that starts a negator ending at {@code negatorEnd} ("scrapped" in
   * "scrapped the"), or -1 when the negator holds none.
   */
  private int reverserInside(int[] m, long[] keys, int from, int to, int negatorEnd) {
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (kind[m[mb * 3]] != NEGATOR || m[mb * 3 + 2] != negatorEnd) {
        continue;
      }
      int ns = m[mb * 3 + 1];
      for (int c = from; c < to; c++) {
        int mc = (int) (keys[c] & 0xFFFFFF);
        if (kind[m[mc * 3]] == REVERSER && m[mc * 3 + 1] == ns && m[mc * 3 + 2] < negatorEnd) {
          return m[mc * 3 + 2];
        }
      }
    }
    return -1;
  }

  /**
   * True when the negator {@code text[ns, ne)} is "not" and "but" after a word of its own stands
   * between it and the cue at {@code cueStart}: "not rivals but partners" and "not confrontation
   * but dialogue" deny the first and affirm the second. "No peace but a just peace" stays negated
   * ("no ... but" is "none other than"), and so does "not sign but" with nothing between.
   */
  private static boolean correctedAfter(String text, int ns, int ne, int cueStart) {
    if (ne - ns != 3 || !text.regionMatches(true, ns, "not", 0, 3)) {
      return false;
    }
    boolean word = false;
    int i = ne;
    while (i < cueStart) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < cueStart && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (word && end - i == 3 && text.regionMatches(true, i, "but", 0, 3)) {
        return true;
      }
      word = true;
      i = end;
    }
    return false;
  }

  /** How far after a negator the words of an amount are counted: a few words and a figure. */
  private static final int AMOUNT_REACH_CHARS = 80;

  /** The words of money that an amount's number may carry: "6.6 billion euros of aid". */
  private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "euro", "euros",
      "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees", "franc",
      "francs", "rouble", "roubles", "ruble", "rubles", "peso", "pesos");

  /**
   * How many words of {@code text[from, to)}, read as {@link #wordsWithin} reads them ({@link
   * #isWordPart}), tell an amount of money: a number (a word that starts with a digit) after a
   * currency sign, and a number with the words of {@link #AMOUNT_UNITS} or {@link #CURRENCIES}
   * after it ("6.6 billion euros"); a unit alone is no amount ("lost hope m the talks", a scan's
   * stray letter). They do not count against a negator's window, so "blocked 6.6 billion euros
   * of EU military aid" blocks the aid as "blocked EU military aid" does, while "65 local wars"
   * and "16 years of" count in full; 0 when the span is longer than {@link #AMOUNT_REACH_CHARS}.
   */
  static int amountWords(String text, int from, int to) {
    if (to - from > AMOUNT_REACH_CHARS) {
      return 0;
    }
    int amounts = 0;
    // the word before was a number not yet counted ("6.6" before "billion"), or a counted word
    // of an amount ("billion" before "euros")
    boolean number = false;
    boolean inAmount = false;
    int i = from;
    while (i < to) {
      if (!isWordPart(text, i, from, to)) {
        i++;
        continue;
      }
      int e = wordPartEnd(text, i, from, to);
      String w = text.substring(i, e);
      boolean digit = Character.isDigit(text.charAt(i));
      boolean signed = digit && i > 0 && isCurrencySign(text.charAt(i - 1));
      boolean unit = AMOUNT_UNITS.contains(w) || CURRENCIES.contains(w);
      if (signed) {
        amounts++;
      } else if (unit && number) {
        amounts += 2;
      } else if (unit && inAmount) {
        amounts++;
      }
      inAmount = signed || (unit && (number || inAmount));
      number = digit && !signed;
      i = e;
    }
    return amounts;
  }

  /**
   * True when {@code text[from, to)} holds no clause mark and at most {@code reach} words besides
   * those of an amount of money ({@link #amountWords}, with {@code amounts}: "blocked 6.6 billion
   * euros of EU military aid") and those that go on a name of several capitalised words ({@link
   * #nameWords}, with {@code names}: "pulled out of the Black Sea grain deal" reaches the deal as
   * "pulled out of the grain deal" does). Spans longer than {@link #AMOUNT_REACH_CHARS} are not
   * read.
   */
  private static boolean reachesBesides(
      String text, int from, int to, int reach, boolean amounts, boolean names) {
    if (to - from > AMOUNT_REACH_CHARS) {
      return false;
    }
    // most spans hold no digit, and no amount: done without reading their words
    int extra = (amounts && hasDigit(text, from, to) ? amountWords(text, from, to) : 0)
        + (names ? nameWords(text, from, to) : 0);
    return extra > 0 && wordsBetweenWithin(text, from, to, reach + extra);
  }

  /**
   * How many words of {@code text[from, to)}, read as {@link #wordsWithin} reads them, go on a
   * name begun by the word before: a capitalised word right after a capitalised word with one
   * space between ("Black Sea", "New START", "European Union" each add one).
   */
  static int nameWords(String text, int from, int to) {
    int names = 0;
    boolean capitalised = false;
    int i = from;
    while (i < to) {
      if (!isWordPart(text, i, from, to)) {
        i++;
        continue;
      }
      int e = wordPartEnd(text, i, from, to);
      boolean upper = Character.isUpperCase(text.charAt(i));
      if (upper && capitalised && text.charAt(i - 1) == ' ') {
        names++;
      }
      capitalised = upper && e < to && text.charAt(e) == ' ';
      i = e;
    }
    return names;
  }

  /**
   * True when a negator told in the past ("denied", "refused") has had its own object before
   * "and" or "but", right after which the cue is a second verb in the past: "denied any
   * wrongdoing and accused Manila" accuses. Coordinated words under one negator stay negated
   * ("did not sign and ratify", "failed to meet and support", "without peace and
   * understanding"), and so does a cue that is no past verb ("no peace but an agreed peace").
   */
  private boolean doneBeforeAConjunction(
      String text, int[] m, long[] keys, int from, int to, int ne, int cueStart) {
    int cueWordEnd = wordEnd(text, cueStart, text.length());
    if (ne < 2 || !text.regionMatches(true, ne - 2, "ed", 0, 2) || cueWordEnd - cueStart < 4
        || !text.regionMatches(true, cueWordEnd - 2, "ed", 0, 2)) {
      return false;
    }
    String word = wordBefore(text, cueStart, ne);
    if (!"and".equals(word) && !"but".equals(word)) {
      return false;
    }
    int conjunction = startOfWordBefore(text, cueStart, ne);
    if (!hasWordChar(text, ne, conjunction)) {
      return false;
    }
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      int sb = m[mb * 3 + 1];
      if (kind[m[mb * 3]] < NEUTRAL && sb >= ne && sb < conjunction) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the breakdown's word {@code text[at, end)} is a verb: no determiner ({@link
   * #NOUN_DETERMINERS}) after {@code from} before it ("to revive the stalled peace process" tells
   * no failure of the efforts before it) and no "into" after it ("commitments broken down into
   * tangible steps" are divided).
   */
  private static boolean aVerbOfBreakdown(String text, int at, int end, int from) {
    String before = wordBefore(text, at, from);
    if (before != null && NOUN_DETERMINERS.contains(before)) {
      return false;
    }
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return !text.regionMatches(true, next, "into", 0, 4)
        || (next + 4 < text.length() && TextFold.isWordChar(text.charAt(next + 4)));
  }

  /** At most this many words stand between an act and the reverser in the passive after it. */
  private static final int PASSIVE_REACH = 8;

  /** The last word before a reverser in the passive: "was lifted", "have been eased". */
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got");

  /**
   * Words that start another clause between an act and a reverser after it ("regret that
   * thousands are being removed from their homes" undoes no regret).
   */
  private static final Set<String> PASSIVE_BREAKS = Set.of("and", "or", "but", "while", "as",
      "than", "if", "when", "after", "before", "because", "since", "until", "unless", "whereas",
      "that", "who", "whom");

  /**
   * True when a word of {@link #PASSIVE_BREAKS} stands in {@code text[from, to)}, other than the
   * "and" of a pair after "between": "Trade talks between Washington and New Delhi were
   * suspended" calls the talks off.
   */
  private static boolean breaksAPassive(String text, int from, int to) {
    int between = lowerCaseWordIn(text, from, to, "between");
    int and = between < 0 ? -1 : lowerCaseWordIn(text, between, to, "and");
    if (and < 0) {
      return TextFold.hasLowerCaseWord(text, from, to, PASSIVE_BREAKS);
    }
    return TextFold.hasLowerCaseWord(text, from, between, PASSIVE_BREAKS)
        || TextFold.hasLowerCaseWord(text, and + "and".length(), to, PASSIVE_BREAKS);
  }

  /**
   * The start of the first whole word {@code word} in {@code text[from, to)}, or -1; the search
   * stays inside the range (the text may be a whole article).
   */
  private static int lowerCaseWordIn(String text, int from, int to, String word) {
    int n = word.length();
    for (int i = from; i + n <= to; i++) {
      if (text.charAt(i) == word.charAt(0) && text.regionMatches(i, word, 0, n)
          && (i == 0 || !TextFold.isWordChar(text.charAt(i - 1)))
          && (i + n == text.length() || !TextFold.isWordChar(text.charAt(i + n)))) {
        return i;
      }
    }
    return -1;
  }

  /** Words that may stand between a passive's auxiliary and its participle ("was now lifted"). */
  private static final Set<String> PASSIVE_ADVERBS =
      Set.of("not", "never", "only", "also", "now", "already", "just", "yet");

  /**
   * True when a passive's auxiliary ({@link #PASSIVE_AUXILIARIES}) ends before {@code at}, the
   * participle's start, after {@code from}, with at most two adverbs between (a word in "-ly" or
   * one of {@link #PASSIVE_ADVERBS}): "were lifted", "was finally lifted", "were not only eased".
   */
  private static boolean passiveBefore(String text, int at, int from) {
    int end = at;
    for (int words = 0; words < 3; words++) {
      int start = startOfWordBefore(text, end, from);
      if (start < 0) {
        return false;
      }
      String word = TextFold.fold(text.substring(start, wordEnd(text, start, end)));
      if (PASSIVE_AUXILIARIES.contains(word)) {
        return true;
      }
      if (!word.endsWith("ly") && !PASSIVE_ADVERBS.contains(word)) {
        return false;
      }
      end = start;
    }
    return false;
  }

  /**
   * Whether the cue at match {@code ma} is undone by a reverser ({@code by} {@link #REVERSER})
   * or called off by a canceller ({@link #CANCELLER}) in the passive after it, or told failed
   * by a breakdown ({@link #BREAKDOWN}) after it, in the same clause ({@link #PASSIVE_REACH}
   * words at most, no clause mark, none of {@link #PASSIVE_BREAKS} and no other cue between, but
   * for cooperation cues before a canceller or a breakdown, which it calls off too: "The talks
   * on a trade agreement collapsed"): 1 when it is ("The blockade of the port was lifted on
   * Wednesday", "The talks were called off"), -1 when a negator between refuses the undoing
   * ("Sanctions should not be lifted", "were not called off"), 0 when no such word follows. A
   * reverser's first word is a participle in -ed ("were ends in themselves" is a noun); the
   * cancellers are all participles.
   */
  private int undoneAfter(String text, int[] m, long[] keys, int from, int to, int ma, byte by) {
    int cueEnd = m[ma * 3 + 2];
    int reverserStart = -1;
    int reverserEnd = -1;
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (kind[m[mb * 3]] == by && m[mb * 3 + 1] >= cueEnd
          && (reverserStart < 0 || m[mb * 3 + 1] < reverserStart
              || (m[mb * 3 + 1] == reverserStart && m[mb * 3 + 2] > reverserEnd))
          && (by != REVERSER
              || text.startsWith("ed", wordEnd(text, m[mb * 3 + 1], m[mb * 3 + 2]) - 2))) {
        reverserStart = m[mb * 3 + 1];
        reverserEnd = m[mb * 3 + 2];
      }
    }
    if (reverserStart < 0 || !wordsBetweenWithin(text, cueEnd, reverserStart, PASSIVE_REACH)
        || (by != BREAKDOWN && !passiveBefore(text, reverserStart, cueEnd))
        || (by == BREAKDOWN && !aVerbOfBreakdown(text, reverserStart, reverserEnd, cueEnd))
        || breaksAPassive(text, cueEnd, reverserStart)) {
      return 0;
    }
    boolean refused = false;
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      int k = kind[m[mb * 3]];
      if (m[mb * 3 + 1] >= cueEnd && m[mb * 3 + 2] <= reverserStart) {
        if (k < NEUTRAL && (by == REVERSER || k >= VERBAL_CONFLICT)) {
          return 0;
        }
        refused |= k == NEGATOR
            && !overlapsException(m, keys, from, to, m[mb * 3 + 1], m[mb * 3 + 2]);
      }
    }
    return refused ? -1 : 1;
  }

  /**
   * Counts a sentence's cues as acts: a cue of the same leaning (cooperation or conflict) as the
   * cue right before it, with at most {@code negation_window} words and no clause mark between
   * them and none of "and", "or", "but", "while", "then", "whereas", is the same act told in more
   * words ("signed a gas supply deal" is one act of cooperation, not three; "a separate dispute
   * Madrid protested" one of conflict). An act takes the class of its first cue: a verbal cue
   * after a material one is the act's object ("signed a fisheries accord": the signing), and a
   * material cue after a verbal one is what the words are about ("condemned the missile launch":
   * one act of verbal conflict, as the labelled sets read it). Two acts joined by "and" stay two
   * ("signed and ratified"). A commitment ("promised", "pledged") takes the side of a conflict
   * cue it is about: "promised a proportionate response", "promised to hunt down those
   * responsible" are threats, one act of verbal conflict.
   *
   * @param act the counted cues, each {@code start << 34 | end << 3 | class} with the bits of
   *     {@link #NEGATED_ACT}, {@link #HEADLINE_VERB_ACT} and {@link #COMMITMENT_ACT}, in any
   *     order
   */
  private void countActs(String text, long[] act, int acts, int[] counts) {
    Arrays.sort(act, 0, acts);
    int open = -1;
    int lastEnd = -1;
    boolean verbBefore = false;
    boolean linkBefore = false;
    boolean conflictVerbBefore = false;
    boolean openCommitment = false;
    for (int i = 0; i < acts; i++) {
      int start = (int) (act[i] >>> 34);
      int end = (int) ((act[i] >>> 3) & END_MASK);
      int cls = (int) (act[i] & 3);
      // a cue a few words after a verbal verb in the past tense, of conflict or of cooperation,
      // or after a refusal, is what the verb is about, not an act of its own: "accused Rwanda
      // of backing the rebellion", "accused Ankara of fresh airspace violations", "denounced
      // the defence agreements", "rejected Kigali's call for direct talks", "did not agree to
      // open the next negotiating cluster", "welcomed the relaxation of tension", "agreed that
      // peace is better than war"; a noun ("the settlement of disputes by peaceful means") or a
      // participle ("protesting communities reached an agreement") is no such verb
      // further on, a reason's link ("over", "for", "about") reaches as far again: "summoned
      // the Czech ambassador over the Senate speaker's visit" is one act of verbal conflict
      // a grievance of any form, verb or noun, is over or about its object as well: "lodged a
      // protest with Seoul over a visit by South Korean lawmakers"; a cooperative cue is what a
      // material conflict's verb in the past is over: "expelled Ethiopia's ambassador over Addis
      // Ababa's port deal" is one act of material conflict
      boolean object = start >= lastEnd
          && ((open == VERBAL_CONFLICT || open == VERBAL_COOPERATION) && verbBefore
              && (wordsBetweenWithin(text, lastEnd, start, OBJECT_REACH)
                  || reasonWithin(text, lastEnd, start, REASON_LINKS, LINK_BREAKS))
              && !(linkBefore && TextFold.hasLowerCaseWord(text, lastEnd, start, LINK_BREAKS))
              || open == VERBAL_CONFLICT
                  && reasonWithin(text, lastEnd, start, GRIEVANCE_LINKS, AUXILIARIES)
              || open == MATERIAL_CONFLICT && conflictVerbBefore && cooperative(cls)
                  && reasonWithin(text, lastEnd, start, CAUSE_LINKS, AUXILIARIES))
          && !TextFold.hasLowerCaseWord(text, lastEnd, start, ACT_SEPARATORS);
      boolean threat = openCommitment && !cooperative(cls) && start >= lastEnd
          && wordsBetweenWithin(text, lastEnd, start, THREAT_REACH)
          && !TextFold.hasLowerCaseWord(text, lastEnd, start, ACT_SEPARATORS);
      // a conflict's past participle a few words after a cooperative act describes the act's
      // object, as it was before the act: "releases British-flagged tanker seized in the Gulf",
      // "handed back 26 looted royal treasures", "thanked them for releasing the detained
      // priests" are one act of cooperation each; after an auxiliary or before an object it is
      // a verb of its own ("signed the deal that was violated", "the Unity Front ambushed a
      // convoy")
      boolean described = open >= 0 && cooperative(open) && !cooperative(cls)
          && start >= lastEnd && text.startsWith("ed", end - 2)
          && !TextFold.hasLowerCaseWord(text, end, wordEndAfter(text, end), DETERMINERS)
          && wordsBetweenWithin(text, lastEnd, start, OBJECT_REACH)
          && !TextFold.hasLowerCaseWord(text, lastEnd, start, ACT_SEPARATORS)
          && !TextFold.hasLowerCaseWord(text, lastEnd, start, LINK_BREAKS)
          && !TextFold.hasLowerCaseWord(text, lastEnd, start, RELATIVES);
      boolean same = object || threat || described
          || (open >= 0 && cooperative(cls) == cooperative(open)
              && start >= lastEnd
              && wordsBetweenWithinWindow(text, lastEnd, start)
              && !TextFold.hasLowerCaseWord(text, lastEnd, start, ACT_SEPARATORS));
      if (threat) {
        open = VERBAL_CONFLICT;
      }
      if (!same) {
        if (open >= 0) {
          counts[open]++;
        }
        open = cls;
      }
      // only a commitment the act has just opened with reaches on ("pledged to return looted
      // artefacts": the return, not the pledge, is what the looting is said of)
      openCommitment = !same && (act[i] & COMMITMENT_ACT) != 0;
      lastEnd = Math.max(lastEnd, end);
      // a verbal verb in the past tense, a negated conflict, or a conflict noun before "at",
      // "against" or "over" ("in protest at Spain's backing of the plan") takes an object; the
      // noun's ends at a verb's auxiliary ("the aggression against Kuwait should be commended")
      // or at a means ("the dispute over Kashmir through peaceful means")
      int nextEnd = wordEndAfter(text, end);
      linkBefore = cls == VERBAL_CONFLICT
          && TextFold.hasLowerCaseWord(text, end, nextEnd, OBJECT_LINKS);
      // a participle before a determiner or a pronoun is a verb with its object too
      // ("threatening its partners with prosecution", "accusing it of backing the M23"), not an
      // adjective ("protesting communities reached an agreement")
      boolean participle = text.startsWith("ing", end - 3)
          && TextFold.hasLowerCaseWord(text, end, nextEnd, DETERMINERS);
      // a verb in the past opens or ends the cue ("recalled its ambassador"); a headline's
      // present tense is the past's verb ("Algeria recalls ambassador to Paris for
      // consultations": one act of verbal conflict)
      boolean past = text.startsWith("ed", end - 2)
          || text.startsWith("ed", wordEnd(text, start, end) - 2)
          || (act[i] & HEADLINE_VERB_ACT) != 0;
      // a material conflict's present in -s tells an act as a headline does ("Somalia expels
      // Ethiopian envoy over port deal"), and a plural noun in -s ("clashes over the deal") is
      // the act too
      conflictVerbBefore = cls == MATERIAL_CONFLICT
          && (past || text.startsWith("s", wordEnd(text, start, end) - 1));
      verbBefore = (cls == VERBAL_CONFLICT
          && ((act[i] & NEGATED_ACT) != 0 || past || linkBefore || participle))
          || (cls == VERBAL_COOPERATION && (past || participle));
    }
    if (open >= 0) {
      counts[open]++;
    }
  }

  /** The words that give a verbal act its reason: the act is over, for or about its object. */
  private static final Set<String> REASON_LINKS = Set.of("over", "for", "about");

  /** The word that gives a material conflict its cause ("expelled the envoy over the deal"). */
  private static final Set<String> CAUSE_LINKS = Set.of("over");

  /** The words that give a grievance, a verb's or a noun's, its object. */
  private static final Set<String> GRIEVANCE_LINKS = Set.of("over", "about");

  /**
   * True when {@code text[from, to)} holds at most {@link #OBJECT_REACH} words, then one of
   * {@code links}, then at most {@link #OBJECT_REACH} words, with no clause mark and none of
   * {@code breaks} (auxiliaries and modals, which open a verb of its own, or the prepositions of
   * a means too): the verb's object and the reason it gives.
   */
  private static boolean reasonWithin(
      String text, int from, int to, Set<String> links, Set<String> breaks) {
    int i = from;
    int words = 0;
    while (i < to) {
      char c = text.charAt(i);
      if (!TextFold.isWordChar(c)) {
        i++;
        continue;
      }
      int e = i;
      while (e < to && (TextFold.isWordChar(text.charAt(e)) || text.charAt(e) == '\''
          || text.charAt(e) == '\u2019' || text.charAt(e) == '-')) {
        e++;
      }
      if (++words > OBJECT_REACH + 1) {
        return false;
      }
      if (links.contains(text.substring(i, e))) {
        return wordsBetweenWithin(text, from, i, OBJECT_REACH)
            && wordsBetweenWithin(text, e, to, OBJECT_REACH)
            && !TextFold.hasLowerCaseWord(text, from, to, breaks);
      }
      i = e;
    }
    return false;
  }

  /** The bit of an act that says a negator made it ("did not agree"). */
  private static final long NEGATED_ACT = 4;
  /** The bit of an act that says a commitment made it ("promised"). */
  private static final long COMMITMENT_ACT = 1L << 33;
  /** The bit of an act that says a headline's present tense made it ("recalls"). */
  private static final long HEADLINE_VERB_ACT = 1L << 32;
  /** An act's end, below its headline and commitment bits (a text is shorter than 1 << 29). */
  private static final int END_MASK = 0x1FFFFFFF;

  /** The words that open a clause or a predicate of its own inside an act's object. */
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "when",
      "after", "before", "being", "been", "got", "get", "gets", "became", "become", "becomes",
      "remain", "remains", "remained", "seemed", "seem", "seems", "left", "stayed");

  /** The words that open an object after a participle. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their",
      "his", "her", "our", "this", "these", "those", "it", "them", "him");

  /** The prepositions after a conflict noun that lead to what it is about. */
  private static final Set<String> OBJECT_LINKS = Set.of("at", "against", "over");

  /**
   * The auxiliaries and modals that open a verb of its own after a noun's object, and the
   * prepositions of a means, which tell how, not what about.
   */
  private static final Set<String> LINK_BREAKS;

  /** The auxiliaries and modals alone: a grievance is "with" someone over something. */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be",
      "been", "has", "have", "had", "will", "would", "should", "shall", "must", "can", "could",
      "may", "might");

  static {
    Set<String> breaks = new HashSet<>(AUXILIARIES);
    breaks.addAll(List.of("through", "by", "via", "with"));
    LINK_BREAKS = Set.copyOf(breaks);
  }

  /** Where the word that starts at {@code start} ends, at {@code end} at the latest. */
  private static int wordEnd(String text, int start, int end) {
    int i = start;
    while (i < end && TextFold.isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word after offset {@code from} (spaces skipped) ends. */
  private static int wordEndAfter(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    while (i < text.length() && TextFold.isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean cooperative(int cls) {
    return cls == VERBAL_COOPERATION || cls == MATERIAL_COOPERATION;
  }

  /**
   * How many words at most stand between a hypothetical ("whether") and a cue it makes a
   * question of: "Asked whether the Secretary-General condemned the President's remarks".
   */
  static final int HYPOTHETICAL_REACH = 10;

  /**
   * How many words at most stand between a commitment and the conflict cue it makes a threat:
   * "to" or an article ("promised to hunt down", "promised a proportionate response"), not a verb
   * of its own ("pledged to return 26 looted artefacts").
   */
  static final int THREAT_REACH = 2;

  /** How many words at most stand between a verbal verb and the cue it is about. */
  static final int OBJECT_REACH = 5;

  private static final Set<String> ACT_SEPARATORS =
      Set.of("and", "or", "but", "while", "then", "whereas");

  /**
   * True when a word of {@code text[from, to)}, between a reverser and a conflict cue, says the
   * cue is no object the reverser undoes: "with" or "in" make it an outcome ("The meeting ended
   * with threats", "The protest ended in clashes"); before a verbal cue "and", "or" and "but" make
   * it a second act too ("They eased and warned"), while a material cue after "and" is most often
   * a second object ("lift the sanctions and embargo", "lift travel and other restrictions").
   */
  private static boolean separated(String text, int from, int to, boolean material) {
    return TextFold.hasLowerCaseWord(text, from, to, material ? OUTCOMES : SEPARATORS);
  }

  private static final Set<String> OUTCOMES = Set.of("with", "in");
  private static final Set<String> SEPARATORS = Set.of("with", "in", "and", "or", "but");

  private boolean overlapsException(int[] m, long[] keys, int from, int to, int ns, int ne) {
    for (int b = from; b < to; b++) {
      int mb = (int) (keys[b] & 0xFFFFFF);
      if (kind[m[mb * 3]] == EXCEPTION && m[mb * 3 + 1] < ne && ns < m[mb * 3 + 2]) {
        return true;
      }
    }
    return false;
  }

  private boolean wordsBetweenWithinWindow(String text, int from, int to) {
    return wordsBetweenWithin(text, from, to, window);
  }

  private static boolean wordsBetweenWithin(String text, int from, int to, int window) {
    return wordsWithin(text, from, to, window, false);
  }

  /**
   * True when {@code text[from, to)} holds at most {@code window} words and no clause mark
   * ({@code , ; : ( )}); when {@code onlyWords}, nothing at all but words and spaces. A word may
   * hold an apostrophe, a hyphen, a comma or a point between digits ("a 1,200-km border" is
   * two words and no clause mark) and a per cent sign after a digit ("slaps 100% surtax").
   */
  private static boolean wordsWithin(
      String text, int from, int to, int window, boolean onlyWords) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean w = isWordPart(text, i, from, to);
      if (!w && (onlyWords ? !Character.isWhitespace(c)
          : c == ',' || c == ';' || c == ':' || c == '(' || c == ')')) {
        return false;
      }
      if (w && !inWord && ++words > window) {
        return false;
      }
      inWord = w;
    }
    return true;
  }

  /**
   * True when {@code text.charAt(i)} is part of a word of {@code text[from, to)}: a word
   * character, an apostrophe or a hyphen, a comma or a point between digits ("1,200", "6.6") and
   * a per cent sign after a digit ("100%").
   */
  private static boolean isWordPart(String text, int i, int from, int to) {
    char c = text.charAt(i);
    return TextFold.isWordChar(c) || c == '\'' || c == '\u2019' || c == '-'
        || ((c == ',' || c == '.') && i > from && i + 1 < to
            && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
        || (c == '%' && i > from && Character.isDigit(text.charAt(i - 1)));
  }

  /** Where the word of {@link #isWordPart} chars starting at {@code i} ends, {@code to} at most. */
  private static int wordPartEnd(String text, int i, int from, int to) {
    int e = i + 1;
    while (e < to && isWordPart(text, e, from, to)) {
      e++;
    }
    return e;
  }

  private static final class Holder {
    static final ToneScorer LEXICON = compile(ToneLexicon.loadDefault());
    static final TopicModel MODEL = TopicModel.resource(BUNDLED_MODEL);
    static final ToneScorer DEFAULT = LEXICON.withModel(MODEL);
  }
}
