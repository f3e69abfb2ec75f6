package io.entente.ml;

/**
 * Parameters of emerging themes ({@link Themes}). Omitted fields take the value of {@link
 * #defaults()}.
 *
 * @param enabled run LDA (default false: it is the most expensive optional stage, a full pass over
 *     the corpus per iteration)
 * @param k number of topics to discover (default 20)
 * @param maxIterations LDA iterations (default 50)
 * @param vocabSize largest vocabulary kept by CountVectorizer, most frequent terms first (default
 *     5000)
 * @param minDf minimum number of articles a term must appear in (>= 1), or share of articles (<
 *     1) (default 5)
 * @param seed LDA seed; same seed, input and partition count give the same topics (default 42)
 * @param topTerms terms listed per discovered topic (default 10)
 * @param subsamplingRate share of the corpus in each online-LDA mini-batch, in (0, 1] (default
 *     1.0: full batches, best for corpora up to a few hundred thousand articles)
 */
public record ThemesConfig(
    Boolean enabled,
    Integer k,
    Integer maxIterations,
    Integer vocabSize,
    Double minDf,
    Long seed,
    Integer topTerms,
    Double subsamplingRate) {

  /** Fills omitted fields with the defaults and validates. */
  public ThemesConfig {
    enabled = enabled == null ? Boolean.FALSE : enabled;
    k = k == null ? 20 : k;
    maxIterations = maxIterations == null ? 50 : maxIterations;
    vocabSize = vocabSize == null ? 5000 : vocabSize;
    minDf = minDf == null ? 5.0 : minDf;
    seed = seed == null ? 42L : seed;
    topTerms = topTerms == null ? 10 : topTerms;
    subsamplingRate = subsamplingRate == null ? 1.0 : subsamplingRate;
    if (k < 2) {
      throw new IllegalArgumentException("themes.k must be >= 2, got " + k);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("themes.max_iterations must be >= 1, got " + maxIterations);
    }
    if (vocabSize < 2) {
      throw new IllegalArgumentException("themes.vocab_size must be >= 2, got " + vocabSize);
    }
    if (!(minDf > 0.0)) {
      throw new IllegalArgumentException("themes.min_df must be > 0, got " + minDf);
    }
    if (topTerms < 1 || topTerms > vocabSize) {
      throw new IllegalArgumentException(
          "themes.top_terms must be in [1, vocabSize], got " + topTerms);
    }
    if (!(subsamplingRate > 0.0 && subsamplingRate <= 1.0)) {
      throw new IllegalArgumentException(
          "themes.subsampling_rate must be in (0, 1], got " + subsamplingRate);
    }
  }

  /** The defaults: disabled, 20 topics, 50 iterations, 5000 terms, minDf 5, seed 42, 10 terms. */
  public static ThemesConfig defaults() {
    return new ThemesConfig(null, null, null, null, null, null, null, null);
  }
}
