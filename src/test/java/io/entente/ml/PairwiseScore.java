package io.entente.ml;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision and recall of a grouping against the truth: a pair of articles counts when
 * both are in the same group. Counted per group and per (predicted, true) cell, so no pair list
 * is built.
 */
record PairwiseScore(long predictedPairs, long truePairs, long correctPairs) {

  static PairwiseScore of(Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Long> pred = new HashMap<>();
    Map<String, Long> tru = new HashMap<>();
    Map<String, Long> cell = new HashMap<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("no prediction for " + e.getKey());
      }
      pred.merge(p, 1L, Long::sum);
      tru.merge(e.getValue(), 1L, Long::sum);
      cell.merge(p + "\u0000" + e.getValue(), 1L, Long::sum);
    }
    return new PairwiseScore(pairs(pred), pairs(tru), pairs(cell));
  }

  private static long pairs(Map<String, Long> sizes) {
    long sum = 0;
    for (long n : sizes.values()) {
      sum += n * (n - 1) / 2;
    }
    return sum;
  }

  double precision() {
    return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
  }

  double recall() {
    return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
  }
}
