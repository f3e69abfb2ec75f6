package io.entente.ml;

/**
 * Parameters of country blocs ({@link CountrySets}). Omitted fields take the value of {@link
 * #defaults()}.
 *
 * @param enabled run FPGrowth (default true: country baskets are small, median 2-4 countries, and
 *     the minimum count below bounds the number of itemsets even in thin periods)
 * @param minSupport minimum share of a period's articles that must name every country of a set,
 *     in (0, 1] (default 0.01)
 * @param minConfidence minimum confidence of a rule antecedent -> consequent, in [0, 1] (default
 *     0.5)
 * @param minCount floor on the number of articles a set must appear in, whatever the period's
 *     size (default 5): stops a thin period from turning every co-mention into a "bloc"
 * @param maxBasket an article's basket holds at most its this many most salient countries
 *     (default 8): a speech that lists forty countries would otherwise make FPGrowth enumerate
 *     every subset of them
 */
public record CountrySetsConfig(
    Boolean enabled,
    Double minSupport,
    Double minConfidence,
    Integer minCount,
    Integer maxBasket) {

  /** Fills omitted fields with the defaults and validates. */
  public CountrySetsConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    minSupport = minSupport == null ? 0.01 : minSupport;
    minConfidence = minConfidence == null ? 0.5 : minConfidence;
    minCount = minCount == null ? 5 : minCount;
    maxBasket = maxBasket == null ? 8 : maxBasket;
    if (maxBasket < 2) {
      throw new IllegalArgumentException("country_sets.max_basket must be >= 2, got " + maxBasket);
    }
    if (!(minSupport > 0.0 && minSupport <= 1.0)) {
      throw new IllegalArgumentException(
          "country_sets.min_support must be in (0, 1], got " + minSupport);
    }
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException(
          "country_sets.min_confidence must be in [0, 1], got " + minConfidence);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("country_sets.min_count must be >= 1, got " + minCount);
    }
  }

  /** The defaults: enabled, support 0.01, confidence 0.5, at least 5 articles. */
  public static CountrySetsConfig defaults() {
    return new CountrySetsConfig(null, null, null, null, null);
  }
}
