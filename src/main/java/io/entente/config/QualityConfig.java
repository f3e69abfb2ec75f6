package io.entente.config;

/**
 * Data-quality gates of a run.
 *
 * @param maxRejectRate the largest share of read records that may be rejected before the run
 *     fails with exit code 2 (after the rejects table is written), in [0, 1]; default 0.05
 */
public record QualityConfig(double maxRejectRate) {
  public QualityConfig {
    if (!(maxRejectRate >= 0.0 && maxRejectRate <= 1.0)) {
      throw new IllegalArgumentException(
          "quality.max_reject_rate must lie in [0, 1]; got " + maxRejectRate);
    }
  }

  public static QualityConfig defaults() {
    return new QualityConfig(0.05);
  }
}
