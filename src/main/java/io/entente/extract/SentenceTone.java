package io.entente.extract;

import java.io.Serializable;

/**
 * Cooperation and conflict acts in one sentence, in PLOVER's quad classes, after negation: the
 * cues of one act count once, side by side or a verb of conflict with what it is about, and acts
 * told as history count not at all ({@code ToneScorer}).
 *
 * @param sentence zero-based sentence index
 * @param verbalCooperation e.g. welcomed, agreed, praised
 * @param materialCooperation e.g. signed, invested, delivered aid
 * @param verbalConflict e.g. condemned, accused, warned
 * @param materialConflict e.g. sanctions, clashes, expelled
 */
public record SentenceTone(
    int sentence,
    int verbalCooperation,
    int materialCooperation,
    int verbalConflict,
    int materialConflict)
    implements Serializable {

  public int cooperation() {
    return verbalCooperation + materialCooperation;
  }

  public int conflict() {
    return verbalConflict + materialConflict;
  }

  /** (cooperation - conflict) / (cooperation + conflict), 0 when neither is present. */
  public double score() {
    int total = cooperation() + conflict();
    return total == 0 ? 0.0 : (cooperation() - conflict()) / (double) total;
  }
}
