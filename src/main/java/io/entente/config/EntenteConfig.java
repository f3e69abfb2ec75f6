package io.entente.config;

/**
 * The job configuration, read from {@code --config FILE} over these defaults (see {@link
 * ConfigLoader}); documented in docs/configuration.md.
 *
 * @param taxonomy path of a taxonomy JSON that extends or replaces the default one, or null
 * @param targetPartitionMb text per partition for extraction, in MB
 * @param quality data-quality gates
 */
public record EntenteConfig(String taxonomy, int targetPartitionMb, QualityConfig quality) {
  public EntenteConfig {
    if (targetPartitionMb < 1) {
      throw new IllegalArgumentException(
          "target_partition_mb must be at least 1; got " + targetPartitionMb);
    }
    if (quality == null) {
      throw new IllegalArgumentException("quality must not be null");
    }
  }

  public static EntenteConfig defaults() {
    return new EntenteConfig(null, 32, QualityConfig.defaults());
  }

  public EntenteConfig withTaxonomy(String path) {
    return new EntenteConfig(path, targetPartitionMb, quality);
  }
}
