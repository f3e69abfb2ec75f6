package io.entente.extract.topic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.entente.extract.tone.ToneLexicon;
import io.entente.extract.tone.ToneScorer;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * The topic and tone part of the job configuration, for the lead's config record to compose
 * (Jackson, unknown keys rejected by the enclosing mapper). Both paths are optional: absent means
 * the bundled data.
 *
 * @param taxonomy path of a user taxonomy file ({@code "mode": "extend"} or {@code "replace"}, see
 *     docs/topics.md), or null for the default taxonomy
 * @param toneLexicon path of a lexicon file that replaces the bundled one, or null
 * @param topicModel path of a topic model file ({@code entente train-topics}) that replaces the
 *     bundled one, {@code "none"} for the phrases alone, or null for the bundled model
 * @param toneModel path of a tone model file ({@code entente train-topics --tone}) that replaces
 *     the bundled one, {@code "none"} for the lexicon alone, or null for the bundled model
 * @param modelVeto false to keep every phrase topic (the model then only adds topics to sentences
 *     no phrase tags), or null for the model's own veto ({@link TopicModel#veto()})
 */
public record TopicsConfig(
    @JsonProperty("taxonomy") String taxonomy,
    @JsonProperty("tone_lexicon") String toneLexicon,
    @JsonProperty("topic_model") String topicModel,
    @JsonProperty("model_veto") Boolean modelVeto,
    @JsonProperty("tone_model") String toneModel)
    implements Serializable {

  /** The {@code topic_model} value that turns the model off. */
  public static final String NO_MODEL = "none";

  public TopicsConfig {
    if (taxonomy != null && taxonomy.isBlank()) {
      throw new IllegalArgumentException("topics: field 'taxonomy' must not be blank");
    }
    if (toneLexicon != null && toneLexicon.isBlank()) {
      throw new IllegalArgumentException("topics: field 'tone_lexicon' must not be blank");
    }
    if (topicModel != null && topicModel.isBlank()) {
      throw new IllegalArgumentException(
          "topics: field 'topic_model' must not be blank (a path, or \"none\")");
    }
    if (toneModel != null && toneModel.isBlank()) {
      throw new IllegalArgumentException(
          "topics: field 'tone_model' must not be blank (a path, or \"none\")");
    }
    if (modelVeto != null && NO_MODEL.equals(topicModel)) {
      throw new IllegalArgumentException(
          "topics: field 'model_veto' needs a topic model, and 'topic_model' is \"none\"");
    }
  }

  /** As the canonical constructor, with the model's own veto. */
  public TopicsConfig(String taxonomy, String toneLexicon, String topicModel) {
    this(taxonomy, toneLexicon, topicModel, null, null);
  }

  /** The bundled taxonomy, topic model (with its veto), lexicon and tone model. */
  public static TopicsConfig defaults() {
    return new TopicsConfig(null, null, null);
  }

  /** Compiles the matcher on the driver (read the files once, then broadcast the result). */
  public TopicMatcher compileMatcher() {
    if (taxonomy == null && topicModel == null && modelVeto == null) {
      return TopicMatcher.defaultMatcher();
    }
    TopicMatcher phrases =
        taxonomy == null
            ? TopicMatcher.defaultPhrases()
            : TopicMatcher.compile(Taxonomy.resolve(Path.of(taxonomy)));
    if (NO_MODEL.equals(topicModel)) {
      return phrases;
    }
    TopicModel model =
        topicModel == null ? TopicModel.bundled() : TopicModel.load(Path.of(topicModel));
    return phrases.withModel(Boolean.FALSE.equals(modelVeto) ? model.withVeto(0, 0) : model);
  }

  /** Compiles the tone scorer on the driver: the lexicon with the tone model's veto, if any. */
  public ToneScorer compileToneScorer() {
    if (toneLexicon == null && toneModel == null) {
      return ToneScorer.defaultScorer();
    }
    ToneScorer lexicon =
        toneLexicon == null
            ? ToneScorer.defaultLexicon()
            : ToneScorer.compile(ToneLexicon.load(Path.of(toneLexicon)));
    if (NO_MODEL.equals(toneModel)) {
      return lexicon;
    }
    return lexicon.withModel(
        toneModel == null ? ToneScorer.bundledModel() : TopicModel.load(Path.of(toneModel)));
  }
}
