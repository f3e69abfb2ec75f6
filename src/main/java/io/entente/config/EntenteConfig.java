package io.entente.config;

import io.entente.analytics.AnalyticsConfig;
import io.entente.extract.topic.TopicsConfig;
import io.entente.ml.CountrySetsConfig;
import io.entente.ml.DedupConfig;
import io.entente.ml.ThemesConfig;

/**
 * The job configuration, read from {@code --config FILE} over these defaults (see {@link
 * ConfigLoader}); every key is documented in docs/configuration.md.
 *
 * @param targetPartitionMb text per partition for extraction, in MB
 * @param topics taxonomy and tone lexicon files (null: the bundled ones)
 * @param analytics trend windows, spike threshold, minimum pair support, pair roles
 * @param dedup near-duplicate detection (on by default)
 * @param themes emerging themes with LDA (off by default)
 * @param countrySets frequent country sets and rules with FPGrowth
 * @param quality data-quality gates
 */
public record EntenteConfig(
    int targetPartitionMb,
    TopicsConfig topics,
    AnalyticsConfig analytics,
    DedupConfig dedup,
    ThemesConfig themes,
    CountrySetsConfig countrySets,
    QualityConfig quality) {
  public EntenteConfig {
    if (targetPartitionMb < 1) {
      throw new IllegalArgumentException(
          "target_partition_mb must be at least 1; got " + targetPartitionMb);
    }
    if (topics == null
        || analytics == null
        || dedup == null
        || themes == null
        || countrySets == null
        || quality == null) {
      throw new IllegalArgumentException("configuration sections must not be null");
    }
  }

  public static EntenteConfig defaults() {
    return new EntenteConfig(
        32,
        TopicsConfig.defaults(),
        AnalyticsConfig.defaults(),
        DedupConfig.defaults(),
        ThemesConfig.defaults(),
        CountrySetsConfig.defaults(),
        QualityConfig.defaults());
  }

  /** This configuration with the topic and lexicon paths resolved against {@code base}. */
  EntenteConfig resolvedAgainst(java.nio.file.Path base) {
    String taxonomy = resolve(base, topics.taxonomy());
    String lexicon = resolve(base, topics.toneLexicon());
    String model =
        TopicsConfig.NO_MODEL.equals(topics.topicModel())
            ? topics.topicModel()
            : resolve(base, topics.topicModel());
    return new EntenteConfig(
        targetPartitionMb,
        new TopicsConfig(
            taxonomy,
            lexicon,
            model,
            topics.modelVeto(),
            TopicsConfig.NO_MODEL.equals(topics.toneModel())
                ? topics.toneModel()
                : resolve(base, topics.toneModel())),
        analytics,
        dedup,
        themes,
        countrySets,
        quality);
  }

  private static String resolve(java.nio.file.Path base, String path) {
    if (path == null || java.nio.file.Path.of(path).isAbsolute()) {
      return path;
    }
    return base.resolve(path).normalize().toString();
  }
}
