package io.entente.extract.topic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topic taxonomy: versioned data read with Jackson (unknown keys rejected) and validated when
 * constructed. The format, the extend/replace rules and the validation errors are documented in
 * {@code docs/topics.md}.
 *
 * @param version version of the data, e.g. {@code 2026.11.1}
 * @param mode for a user file: {@code replace} (use it instead of the default) or {@code extend}
 *     (default topics plus these; a topic with an existing id replaces the default one); null or
 *     absent means {@code replace}
 * @param remove ids of default topics to drop, only in {@code extend} mode
 * @param topics the topics, ids unique
 */
public record Taxonomy(
    String version, String mode, List<String> remove, List<Topic> topics)
    implements Serializable {

  public static final String DEFAULT_RESOURCE = "/taxonomy/default-taxonomy.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public Taxonomy {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("taxonomy: field 'version' must not be blank");
    }
    if (mode == null) {
      mode = "replace";
    }
    if (!mode.equals("replace") && !mode.equals("extend")) {
      throw new IllegalArgumentException(
          "taxonomy: field 'mode' must be 'replace' or 'extend', got '" + mode + "'");
    }
    remove = remove == null ? List.of() : List.copyOf(remove);
    if (!remove.isEmpty() && mode.equals("replace")) {
      throw new IllegalArgumentException("taxonomy: field 'remove' needs mode 'extend'");
    }
    if (topics == null || (topics.isEmpty() && mode.equals("replace"))) {
      throw new IllegalArgumentException("taxonomy: field 'topics' must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (Topic t : topics) {
      if (t == null) {
        throw new IllegalArgumentException("taxonomy: field 'topics' must not hold null");
      }
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException("topic '" + t.id() + "': field 'id' is duplicated");
      }
    }
    topics = List.copyOf(topics);
  }

  /**
   * One topic.
   *
   * @param id snake_case id, e.g. {@code climate_change}
   * @param label human label
   * @param group parent group, e.g. {@code environment}
   * @param minScore a sentence has the topic when its phrase weights sum to at least this
   * @param phrases weighted lemma phrases (inflected at compile time unless told not to)
   * @param negative phrases that veto any phrase of this topic they overlap (idioms, other senses)
   * @param coTerms words of which one must appear in the sentence for a phrase marked {@code
   *     needs_co_term} to count
   * @param unlessTerms words of which none may appear in the sentence for a phrase marked {@code
   *     unless_term} to count (the sense another topic takes: food carried by an aid convoy)
   * @param unlessTopics ids of topics of which none may be found in the sentence for a phrase
   *     marked {@code unless_term} to count (the troops of a border clash belong to the
   *     conflict); an id not in the taxonomy a job runs with (removed by a user's file) is ignored
   * @param otherSenses phrases that use the topic's word in another sense ("political climate",
   *     "a climate of trust"): like a negative they veto any phrase of this topic they overlap,
   *     and the topic model adds the topic to no sentence that holds one, since it reads the
   *     word too
   */
  public record Topic(
      String id,
      String label,
      String group,
      @JsonProperty("min_score") Double minScore,
      List<Phrase> phrases,
      List<String> negative,
      @JsonProperty("co_terms") List<String> coTerms,
      @JsonProperty("unless_terms") List<String> unlessTerms,
      @JsonProperty("unless_topics") List<String> unlessTopics,
      @JsonProperty("other_senses") List<String> otherSenses)
      implements Serializable {

    /** A topic without unless-terms (the shape of every topic before they existed). */
    public Topic(
        String id,
        String label,
        String group,
        Double minScore,
        List<Phrase> phrases,
        List<String> negative,
        List<String> coTerms) {
      this(id, label, group, minScore, phrases, negative, coTerms, null, null, null);
    }

    public Topic {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("topic '?': field 'id' must not be blank");
      }
      if (!id.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException(
            "topic '" + id + "': field 'id' must be snake_case ([a-z][a-z0-9_]*)");
      }
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("topic '" + id + "': field 'label' must not be blank");
      }
      if (group == null || group.isBlank()) {
        throw new IllegalArgumentException("topic '" + id + "': field 'group' must not be blank");
      }
      if (minScore == null) {
        minScore = 1.0;
      }
      if (!(minScore > 0) || minScore.isInfinite()) {
        throw new IllegalArgumentException(
            "topic '" + id + "': field 'min_score' must be a positive number");
      }
      if (phrases == null || phrases.isEmpty()) {
        throw new IllegalArgumentException("topic '" + id + "': field 'phrases' must not be empty");
      }
      negative = cleanList(id, "negative", negative);
      coTerms = cleanList(id, "co_terms", coTerms);
      unlessTerms = cleanList(id, "unless_terms", unlessTerms);
      unlessTopics = cleanList(id, "unless_topics", unlessTopics);
      otherSenses = cleanList(id, "other_senses", otherSenses);
      boolean needsCoTerm = false;
      boolean unlessTerm = false;
      // a phrase (or negative) listed twice in a topic adds nothing: the second is a slip
      Set<String> seen = new HashSet<>();
      for (Phrase p : phrases) {
        if (p == null || p.text() == null || p.text().isBlank()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': field 'phrases' must not hold a blank phrase");
        }
        String text = p.text().strip();
        listedOnce(seen, p.caseSensitive() ? "=" + text : TextFold.fold(text), id, "phrase", text);
        if (!(p.weight() > 0) || p.weight().isInfinite()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': field 'weight' of phrase '" + p.text()
                  + "' must be a positive number");
        }
        needsCoTerm |= p.needsCoTerm();
        unlessTerm |= p.unlessTerm();
        if (p.unlessNearby() && !p.unlessTerm()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': phrase '" + p.text() + "' is marked unless_nearby but not"
                  + " unless_term");
        }
        if (p.unlessNearby() && unlessTopics.isEmpty()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': field 'unless_topics' must not be empty when a phrase is"
                  + " marked unless_nearby");
        }
      }
      Set<String> negatives = new HashSet<>();
      for (String n : negative) {
        listedOnce(negatives, TextFold.fold(n.strip()), id, "negative", n.strip());
      }
      for (String n : otherSenses) {
        listedOnce(negatives, TextFold.fold(n.strip()), id, "other sense", n.strip());
      }
      if (needsCoTerm && coTerms.isEmpty()) {
        throw new IllegalArgumentException(
            "topic '" + id + "': field 'co_terms' must not be empty when a phrase needs a co-term");
      }
      if (unlessTerm && unlessTerms.isEmpty() && unlessTopics.isEmpty()) {
        throw new IllegalArgumentException(
            "topic '" + id + "': fields 'unless_terms' and 'unless_topics' must not both be empty"
                + " when a phrase is marked unless_term");
      }
      if (unlessTopics.contains(id)) {
        throw new IllegalArgumentException(
            "topic '" + id + "': field 'unless_topics' must not name the topic itself");
      }
      phrases = List.copyOf(phrases);
    }

    /** Adds {@code key} to {@code seen}; a key already there is a phrase listed twice. */
    private static void listedOnce(
        Set<String> seen, String key, String id, String what, String text) {
      if (!seen.add(key)) {
        throw new IllegalArgumentException(
            "topic '" + id + "': " + what + " '" + text + "' is listed twice");
      }
    }

    private static List<String> cleanList(String id, String field, List<String> in) {
      if (in == null) {
        return List.of();
      }
      for (String s : in) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException(
              "topic '" + id + "': field '" + field + "' must not hold a blank phrase");
        }
      }
      return List.copyOf(in);
    }
  }

  /**
   * A weighted lemma phrase. In JSON either a plain string (weight 1, inflected, no co-term) or an
   * object.
   *
   * @param text the lemma phrase; its last word is inflected unless {@code inflect} is false
   * @param weight added to the sentence score per occurrence (default 1.0)
   * @param inflect generate plural/past/gerund forms of the last word (default true)
   * @param needsCoTerm counts only when one of the topic's co-terms is in the same sentence
   * @param caseSensitive match only with this case or in all caps (default false), for acronyms
   * @param unlessTerm counts only when none of the topic's unless-terms is in the same sentence
   *     and none of its unless-topics is found there
   * @param needsScore counts only when a game's score ({@link
   *     io.entente.extract.TextFold#hasScore}) stands within 30 chars of it in its sentence ("a
   *     3-1 win", "edged Argentina 24-22")
   * @param weak counts only when another phrase of the topic, not a form of this one, counts in
   *     the same sentence: a word too loose alone that tells the topic beside a second one ("a
   *     mayor" and "a bribe")
   * @param sure the topic model's veto and doubt never drop the topic where this phrase counts: a
   *     name or acronym with no other sense (a treaty, a conference, a goal, a peace mission, an
   *     armed group, a disease: "JCPOA", "COP28", "MINUSMA")
   * @param unlessNearby an {@code unless_term} phrase that also gives way to one of the topic's
   *     unless-topics found in the sentence before or after its own: the soldiers of a war the
   *     next sentence tells of are that war's
   */
  public record Phrase(
      String text,
      Double weight,
      Boolean inflect,
      @JsonProperty("needs_co_term") Boolean needsCoTerm,
      @JsonProperty("case_sensitive") Boolean caseSensitive,
      @JsonProperty("unless_term") Boolean unlessTerm,
      @JsonProperty("needs_score") Boolean needsScore,
      Boolean weak,
      Boolean sure,
      @JsonProperty("unless_nearby") Boolean unlessNearby)
      implements Serializable {

    @JsonCreator
    public Phrase {
      weight = weight == null ? 1.0 : weight;
      inflect = inflect == null ? Boolean.TRUE : inflect;
      needsCoTerm = needsCoTerm == null ? Boolean.FALSE : needsCoTerm;
      caseSensitive = caseSensitive == null ? Boolean.FALSE : caseSensitive;
      unlessTerm = unlessTerm == null ? Boolean.FALSE : unlessTerm;
      needsScore = needsScore == null ? Boolean.FALSE : needsScore;
      weak = weak == null ? Boolean.FALSE : weak;
      sure = sure == null ? Boolean.FALSE : sure;
      unlessNearby = unlessNearby == null ? Boolean.FALSE : unlessNearby;
    }

    /** A phrase without the unless-term, score, weak, sure and nearby marks. */
    public Phrase(
        String text, Double weight, Boolean inflect, Boolean needsCoTerm, Boolean caseSensitive) {
      this(text, weight, inflect, needsCoTerm, caseSensitive, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Phrase of(String text) {
      return new Phrase(text, 1.0, true, false, false, false, false, false, false, false);
    }
  }

  /** The bundled taxonomy, parsed once per JVM. */
  public static Taxonomy loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  /** Reads a taxonomy file (UTF-8 JSON). */
  public static Taxonomy load(Path path) {
    try {
      return fromJson(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + path, e);
    }
  }

  /** Parses a taxonomy from JSON text. */
  public static Taxonomy fromJson(String json) {
    return fromJson(json, "taxonomy");
  }

  /**
   * The taxonomy a job runs with: the default when {@code userFile} is null, else the default
   * merged with the user file ({@link #merged}).
   */
  public static Taxonomy resolve(Path userFile) {
    return userFile == null ? loadDefault() : loadDefault().merged(load(userFile));
  }

  /**
   * This taxonomy combined with a user one: a {@code replace} user taxonomy is returned as is; an
   * {@code extend} one keeps this taxonomy's topics minus {@code remove}, replaces topics whose id
   * the user redefines (in place) and appends new ones. The version becomes {@code
   * base+user}.
   */
  public Taxonomy merged(Taxonomy user) {
    if (user.mode().equals("replace")) {
      return user;
    }
    Map<String, Topic> byId = new LinkedHashMap<>();
    for (Topic t : topics) {
      byId.put(t.id(), t);
    }
    for (String id : user.remove()) {
      if (byId.remove(id) == null) {
        throw new IllegalArgumentException(
            "topic '" + id + "': field 'remove' names a topic that does not exist");
      }
    }
    for (Topic t : user.topics()) {
      byId.put(t.id(), t);
    }
    return new Taxonomy(
        version + "+" + user.version(), "replace", List.of(), new ArrayList<>(byId.values()));
  }

  private static Taxonomy fromJson(String json, String source) {
    try {
      return MAPPER.readValue(json, Taxonomy.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(
          "invalid taxonomy " + source + ": " + e.getOriginalMessage(), e);
    }
  }

  private static final class DefaultHolder {
    static final Taxonomy DEFAULT = readDefault();

    private static Taxonomy readDefault() {
      try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
