package io.entente.extract.tone;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.Inflections;
import io.entente.extract.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cooperation/conflict cue lexicon (PLOVER quad classes), versioned data read with Jackson
 * and validated when constructed. See {@code docs/topics.md}.
 *
 * @param version version of the data
 * @param negationWindow at most this many words may stand between a negator and the cue it negates
 * @param negators words and phrases that negate a following cue in the same clause
 * @param negatorExceptions phrases that cancel a negator or a hypothetical they overlap ("not
 *     only", "no doubt"; "whether through", which lists ways, not a question)
 * @param reversers verbs that undo a material conflict cue after them within the negation window
 *     ("lifted long-standing trade sanctions", "removed export restrictions"): the cue counts as
 *     material cooperation; optional, empty when absent
 * @param cancellers participles, matched as written, that call off an act of cooperation told
 *     before them in the passive, in its clause ("The talks were called off", "The visit was
 *     postponed"): the act is negated; unlike a negator, one negates nothing after it ("postponed
 *     owing to the attacks"); optional, empty when absent
 * @param breakdowns words, matched as written, that tell an act of cooperation told before them,
 *     in its clause, failed ("The talks collapsed", "Negotiations broke down", "the deal fell
 *     through"): the act is negated, as a canceller's; optional, empty when absent
 * @param separable phrasal verbs as written ("handed back", "turned down", "rolled back"), each a
 *     form of a cue or a negator or reverser as written, whose particle may also stand after the
 *     verb's object ("handed the detainees back", "turned the IMF's offer down", "rolled the
 *     steel tariffs back"): the split verb is the phrase; optional, empty when absent
 * @param neutral phrases that are no cue but hide the cues inside them ("signs of", "fight
 *     against", "crimes committed", "Second World War")
 * @param verbalCooperation cues such as welcome, agree, praise, partnership
 * @param materialCooperation cues such as sign, invest, deliver aid
 * @param verbalConflict cues such as condemn, accuse, warn
 * @param materialConflict cues such as sanction, clash, expel, seize
 * @param hazards natural hazards, diseases and accidents ("earthquake", "cyclone", "malaria",
 *     "plane crash"), matched as written (no inflection): in a sentence that names one, the harm
 *     cues count for nothing, since the harm is no one's act ("A cyclone struck the coast,
 *     killing 400 people"); optional, empty when absent
 * @param harms the cues that tell harm, its threat or the flight from it rather than an act
 *     between actors ("kill", "destroy", "wound", "warn", "evacuate"), which a hazard in the
 *     sentence makes no cue; each must be listed in {@code material_conflict}, {@code
 *     verbal_conflict} or {@code material_cooperation}; optional, empty when absent
 * @param hypotheticals words that open a question, a concession or an anniversary ("whether",
 *     "asked about", "despite", "anniversary of"): a cue after one in the same clause, within
 *     {@code ToneScorer.HYPOTHETICAL_REACH} words, is asked about or told as background, not
 *     done ("Asked whether Brasilia would join sanctions, the minister said ..."; "Despite
 *     decades of border disputes, Peru and Ecuador signed"), and counts nothing; optional,
 *     empty when absent
 * @param commitments the verbal cooperation cues that commit to an act ("promise", "pledge"):
 *     before a conflict cue they are about, within a few words, they make one act of verbal
 *     conflict, a threat ("promised a proportionate response"); each must be listed in {@code
 *     verbal_cooperation}; optional, empty when absent
 * @param games words of a game or a match ("striker", "stoppage time", "semi-final",
 *     "kingside"), matched as written: in a sentence that names one, or that gives a game's score
 *     ("drew 1-1", {@link TextFold#hasScore}), the plays count for nothing, since a game's attack
 *     is no act between actors ("Liverpool's relentless attack finally broke through");
 *     optional, empty when absent
 * @param plays the forms of conflict cues a game uses in its own sense, as written ("attack",
 *     "battled", "clash"; not "attacked", which players do to a referee), which a game's word or
 *     score in the sentence makes no cue; each must be a form of a {@code material_conflict} or
 *     {@code verbal_conflict} cue; optional, empty when absent
 * @param frames acts told by a verb and its object with words between them ("closed the Russian
 *     consulate", "scrambled its own fighters", "restored full diplomatic relations"), which a
 *     cue as written would need a line for each of: a verb of a frame, then at most {@code
 *     ToneScorer.FRAME_GAP} words with no clause mark, preposition or conjunction, then an
 *     object of the same frame, counts as one cue of the frame's class (or, for a {@code
 *     neutral} frame, hides the cues inside it); optional, empty when absent
 */
public record ToneLexicon(
    String version,
    @JsonProperty("negation_window") Integer negationWindow,
    List<String> negators,
    @JsonProperty("negator_exceptions") List<String> negatorExceptions,
    List<String> reversers,
    List<String> cancellers,
    List<String> breakdowns,
    List<String> separable,
    List<String> neutral,
    @JsonProperty("verbal_cooperation") List<Cue> verbalCooperation,
    @JsonProperty("material_cooperation") List<Cue> materialCooperation,
    @JsonProperty("verbal_conflict") List<Cue> verbalConflict,
    @JsonProperty("material_conflict") List<Cue> materialConflict,
    List<String> hazards,
    List<String> harms,
    List<String> hypotheticals,
    List<String> commitments,
    List<String> games,
    List<String> plays,
    List<Frame> frames)
    implements Serializable {

  public static final String DEFAULT_RESOURCE = "/tone/lexicon.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ToneLexicon {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("lexicon: field 'version' must not be blank");
    }
    if (negationWindow == null) {
      negationWindow = 3;
    }
    if (negationWindow < 0) {
      throw new IllegalArgumentException("lexicon: field 'negation_window' must be >= 0");
    }
    negators = List.copyOf(negators == null ? List.of() : negators);
    negatorExceptions = List.copyOf(negatorExceptions == null ? List.of() : negatorExceptions);
    reversers = List.copyOf(reversers == null ? List.of() : reversers);
    cancellers = List.copyOf(cancellers == null ? List.of() : cancellers);
    breakdowns = List.copyOf(breakdowns == null ? List.of() : breakdowns);
    separable = List.copyOf(separable == null ? List.of() : separable);
    neutral = List.copyOf(neutral == null ? List.of() : neutral);
    verbalCooperation = required("verbal_cooperation", verbalCooperation);
    materialCooperation = required("material_cooperation", materialCooperation);
    verbalConflict = required("verbal_conflict", verbalConflict);
    materialConflict = required("material_conflict", materialConflict);
    // the scorer gives a surface form to the first class that lists it (the cue classes before
    // the neutral phrases), so a second listing would be dead, and a reader of the file could
    // not tell which class holds the phrase: rejected
    Map<String, String> classOf = new HashMap<>();
    listedOnce(classOf, "verbal_cooperation", verbalCooperation.stream().map(Cue::text).toList());
    listedOnce(classOf, "material_cooperation",
        materialCooperation.stream().map(Cue::text).toList());
    listedOnce(classOf, "verbal_conflict", verbalConflict.stream().map(Cue::text).toList());
    listedOnce(classOf, "material_conflict", materialConflict.stream().map(Cue::text).toList());
    listedOnce(classOf, "neutral", neutral);
    hazards = List.copyOf(hazards == null ? List.of() : hazards);
    listedOnce(classOf, "hazards", hazards);
    harms = List.copyOf(harms == null ? List.of() : harms);
    hypotheticals = List.copyOf(hypotheticals == null ? List.of() : hypotheticals);
    commitments = List.copyOf(commitments == null ? List.of() : commitments);
    games = List.copyOf(games == null ? List.of() : games);
    listedOnce(classOf, "games", games);
    plays = List.copyOf(plays == null ? List.of() : plays);
    if (!plays.isEmpty()) {
      // a play is one form of a conflict cue as the text writes it ("battled", not "attacked")
      Set<String> conflictForms = new HashSet<>();
      for (List<Cue> conflict : List.of(verbalConflict, materialConflict)) {
        for (Cue c : conflict) {
          for (String form : c.forms()) {
            conflictForms.add(TextFold.fold(form.strip()));
          }
        }
      }
      for (String p : plays) {
        if (!conflictForms.contains(TextFold.fold(p.strip()))) {
          throw new IllegalArgumentException("lexicon: play '" + p.strip()
              + "' is no form of a material_conflict or verbal_conflict cue");
        }
      }
    }
    frames = List.copyOf(frames == null ? List.of() : frames);
    if (frames.size() > MAX_FRAMES) {
      throw new IllegalArgumentException(
          "lexicon: at most " + MAX_FRAMES + " frames, got " + frames.size());
    }
    for (String c : commitments) {
      if (!"verbal_cooperation".equals(classOf.get(TextFold.fold(c.strip())))) {
        throw new IllegalArgumentException(
            "lexicon: commitment '" + c.strip() + "' is no verbal_cooperation cue");
      }
    }
    for (String h : harms) {
      String listedIn = classOf.get(TextFold.fold(h.strip()));
      if (!"material_conflict".equals(listedIn) && !"verbal_conflict".equals(listedIn)
          && !"material_cooperation".equals(listedIn)) {
        throw new IllegalArgumentException("lexicon: harm '" + h.strip()
            + "' is no material_conflict, verbal_conflict or material_cooperation cue");
      }
    }
    if (!separable.isEmpty()) {
      // a separable verb splits a phrase the scorer already matches whole
      Set<String> phrases = new HashSet<>();
      for (List<Cue> cues : List.of(verbalCooperation, materialCooperation, verbalConflict,
          materialConflict)) {
        for (Cue c : cues) {
          for (String form : c.forms()) {
            phrases.add(TextFold.fold(form.strip()));
          }
        }
      }
      for (List<String> words : List.of(negators, reversers)) {
        for (String w : words) {
          phrases.add(TextFold.fold(w.strip()));
        }
      }
      for (String v : separable) {
        String folded = TextFold.fold(v.strip());
        if (folded.split(" ").length != 2 || !phrases.contains(folded)) {
          throw new IllegalArgumentException("lexicon: separable '" + v.strip()
              + "' is no verb and particle that a cue, negator or reverser lists");
        }
      }
    }
  }

  /** The most frames a lexicon holds (the scorer keeps a phrase's frames in one long's bits). */
  public static final int MAX_FRAMES = 64;

  /**
   * The classes of a frame, in the order of {@code ToneScorer}'s class numbers: the four cue
   * classes, then {@code neutral}, a frame that is no act but hides the cues inside it ("share a
   * 1,200-km border").
   */
  public static final List<String> FRAME_CLASSES = List.of("verbal_cooperation",
      "material_cooperation", "verbal_conflict", "material_conflict", "neutral");

  /**
   * One frame: an act of class {@code kind} (one of {@link #FRAME_CLASSES}) told by one of {@code
   * verbs} and, a few words after it, one of {@code objects} ("close" ... "consulate"), or in the
   * passive, the object before its verb ("Diplomatic ties were severed"), unless {@code passive}
   * is false (default true: "The embassy will be closed for the holiday" names no one who closes
   * it). Verbs and objects are cues in form: inflected unless {@code inflect} is false.
   */
  public record Frame(
      @JsonProperty("class") String kind, List<Cue> verbs, List<Cue> objects, Boolean passive)
      implements Serializable {
    public Frame {
      passive = passive == null ? Boolean.TRUE : passive;
      if (kind == null || !FRAME_CLASSES.contains(kind)) {
        throw new IllegalArgumentException("lexicon: frame class '" + kind + "' is none of "
            + String.join(", ", FRAME_CLASSES));
      }
      if (verbs == null || verbs.isEmpty() || objects == null || objects.isEmpty()) {
        throw new IllegalArgumentException(
            "lexicon: frame of class " + kind + " needs verbs and objects");
      }
      verbs = noBlank(kind, "verb", verbs);
      objects = noBlank(kind, "object", objects);
    }

    private static List<Cue> noBlank(String kind, String what, List<Cue> cues) {
      for (Cue c : cues) {
        if (c == null || c.text() == null || c.text().isBlank()) {
          throw new IllegalArgumentException(
              "lexicon: frame of class " + kind + " holds a blank " + what);
        }
      }
      return List.copyOf(cues);
    }
  }

  /** Records each phrase's class in {@code classOf}; a phrase already there is an error. */
  private static void listedOnce(Map<String, String> classOf, String field, List<String> texts) {
    for (String t : texts) {
      String earlier = classOf.putIfAbsent(TextFold.fold(t.strip()), field);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "lexicon: '" + t.strip() + "' is listed twice (" + earlier + ", " + field
                + "); a phrase belongs to one class");
      }
    }
  }

  private static List<Cue> required(String field, List<Cue> cues) {
    if (cues == null || cues.isEmpty()) {
      throw new IllegalArgumentException("lexicon: field '" + field + "' must not be empty");
    }
    for (Cue c : cues) {
      if (c == null || c.text() == null || c.text().isBlank()) {
        throw new IllegalArgumentException(
            "lexicon: field '" + field + "' must not hold a blank cue");
      }
    }
    return List.copyOf(cues);
  }

  /**
   * One cue: a lemma phrase whose last word is inflected unless {@code inflect} is false. In JSON a
   * plain string or an object.
   */
  public record Cue(String text, Boolean inflect) implements Serializable {
    @JsonCreator
    public Cue {
      inflect = inflect == null ? Boolean.TRUE : inflect;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Cue of(String text) {
      return new Cue(text, true);
    }

    /** The surface forms the cue matches: its inflections, or the text alone. */
    public List<String> forms() {
      return inflect ? Inflections.variants(text) : List.of(text);
    }
  }

  /** Parses a lexicon from JSON text. */
  public static ToneLexicon fromJson(String json) {
    try {
      return MAPPER.readValue(json, ToneLexicon.class);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("invalid lexicon: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a lexicon file (UTF-8 JSON). */
  public static ToneLexicon load(Path path) {
    try {
      return fromJson(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  /** The bundled lexicon, parsed once per JVM. */
  public static ToneLexicon loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final ToneLexicon DEFAULT = read();

    private static ToneLexicon read() {
      try (InputStream in = ToneLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
