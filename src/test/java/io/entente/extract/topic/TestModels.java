package io.entente.extract.topic;

import java.util.List;

/** Small topic models worked out by hand, shared by tests of several packages. */
public final class TestModels {
  private TestModels() {}

  /**
   * A model that reads "player" as sport: topics culture_tourism and trade, intercepts 0, one
   * term "player" with idf 1 and weights {@code sport} and {@code -sport}, threshold 0.8, three
   * words at least. A sentence whose only known term is "player" has the unit vector (1), so
   * culture_tourism's logit is {@code sport} and trade's is {@code -sport}.
   */
  public static TopicModel playerAsSport(float sport, double veto, int vetoMaxWords) {
    return TopicModel.of(
            "t4",
            0.8,
            3,
            "",
            List.of("culture_tourism", "trade"),
            new double[] {0.0, 0.0},
            List.of("player"),
            new double[] {1.0},
            new float[] {sport, -sport})
        .withVeto(veto, vetoMaxWords);
  }
}
