package io.entente.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import io.entente.extract.topic.TopicModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tone model's veto beside the lexicon ({@link ToneScorer#withModel}). */
class ToneModelVetoTest {
  /** Ten words; the lexicon reads one act of cooperation (signing an agreement) in it. */
  private static final String SIGNED = "The two ministers signed a trade agreement at the parade.";

  /**
   * A model whose one term is "parade" (idf 1), with intercepts 0: a sentence whose only known
   * term it is has the unit vector (1), so each leaning's logit is its weight on "parade".
   */
  private static TopicModel parade(float conflict, float cooperation, float neutral) {
    return TopicModel.of(
            "tone-t",
            0.6,
            9,
            "",
            List.of("conflict", "cooperation", "neutral"),
            new double[] {0.0, 0.0, 0.0},
            List.of("parade"),
            new double[] {1.0},
            new float[] {conflict, cooperation, neutral})
        .withVeto(0.2, 30);
  }

  private static List<SentenceTone> score(ToneScorer scorer, String text) {
    return scorer.score(text, SentenceSplitter.starts(text));
  }

  @Test
  void theModelDropsTheActsOfASentenceItReadsAsNeutral() {
    ToneScorer lexicon = ToneScorer.defaultLexicon();
    List<SentenceTone> alone = score(lexicon, SIGNED);
    assertEquals(1, alone.size());
    assertEquals(1, alone.get(0).cooperation());
    assertEquals(0, alone.get(0).conflict());
    // cooperation p = 1 / (1 + e^3) = 0.047426 < 0.2; neutral p = 0.952574 >= 0.6, above
    // conflict's 0.5: the sentence is neutral, its act dropped
    assertEquals(List.of(), score(lexicon.withModel(parade(0, -3, 3)), SIGNED));
    // neutral p = 0.731059 >= 0.6 but cooperation p = 0.268941 is not below the veto of 0.2
    assertEquals(alone, score(lexicon.withModel(parade(0, -1, 1)), SIGNED));
    // cooperation p = 0.047426, but the surest other reading is conflict (p = 0.982014 against
    // neutral's 0.952574): the model never turns a leaning the other way, so the act stays
    assertEquals(alone, score(lexicon.withModel(parade(4, -3, 3)), SIGNED));
    // a sentence of fewer than the model's nine words is not asked about
    String shortSigned = "Ministers signed a trade agreement at the parade.";
    assertEquals(8, shortSigned.split(" ").length);
    assertEquals(
        score(lexicon, shortSigned), score(lexicon.withModel(parade(0, -3, 3)), shortSigned));
    assertFalse(score(lexicon, shortSigned).isEmpty());
  }

  @Test
  void aToneModelNeedsTheThreeLeaningsAndTheDefaultScorerHasTheBundledOne() {
    TopicModel topics = TopicModel.bundled();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ToneScorer.defaultLexicon().withModel(topics));
    assertTrue(e.getMessage().startsWith("a tone model's labels are conflict, cooperation and"));
    assertEquals(ToneScorer.bundledModel(), ToneScorer.defaultScorer().model().orElseThrow());
    assertEquals(List.of("conflict", "cooperation", "neutral"), ToneScorer.bundledModel().topics());
    assertTrue(ToneScorer.defaultLexicon().model().isEmpty());
    assertEquals(ToneScorer.defaultLexicon().version(), ToneScorer.defaultScorer().version());
  }
}
