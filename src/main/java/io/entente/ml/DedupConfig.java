package io.entente.ml;

import java.io.Serializable;

/**
 * Parameters of near-duplicate detection ({@link Dedup}). Every field may be omitted in the job
 * config and then takes the value of {@link #defaults()}; the defaults are justified in
 * docs/mllib.md.
 *
 * @param enabled run dedup (default true); when false every article is its own group
 * @param shingleSize words per shingle (default 5)
 * @param numHashTables LSH bands (default 20): two articles are compared when all MinHash values
 *     of at least one band agree
 * @param rowsPerBand MinHash values per band (default 2); the LSH uses numHashTables x rowsPerBand
 *     MinHash functions
 * @param jaccardThreshold minimum Jaccard similarity of two articles' shingle sets for them to be
 *     near duplicates, in (0, 1] (default 0.4); the LSH join uses distance {@code 1 - threshold}
 * @param seed seed of the MinHash functions (default 42)
 * @param maxShingleDf shingles found in more than this many articles are boilerplate (a feed's
 *     footer, a formula every speech opens with) and ignored (default 1000); must stay above the
 *     number of times one story is syndicated
 * @param containmentThreshold a compared pair below the Jaccard threshold is still a copy when at
 *     least this share of the shorter article's shingles are in the longer one (Broder's
 *     containment: a copy cut to its first paragraphs), in (0, 1] (default 0.8)
 * @param minContainedShingles the shorter article needs at least this many shingles (after
 *     boilerplate) for containment to count (default 20, about 24 words), so that a line or two
 *     quoted from a story does not make a copy of it
 * @param maxLengthRatio containment counts only when the longer article has at most this many
 *     times the shorter one's shingles (default 4.0): a copy cut to a quarter of its story joins
 *     it, a digest that reprints several briefs whole does not absorb them
 * @param rewriteJaccard with {@code rewriteFactSimilarity}: a compared pair whose Jaccard is at
 *     least this (below the threshold) is a copy when its names and numbers agree, an outlet's
 *     rewrite of a wire story in its own words (default 0.3; set it above jaccardThreshold to
 *     turn the rule off)
 * @param rewriteFactSimilarity the Jaccard of the two articles' sets of capitalised words and
 *     numbers a rewrite needs, in (0, 1] (default 0.5)
 */
public record DedupConfig(
    Boolean enabled,
    Integer shingleSize,
    Integer numHashTables,
    Integer rowsPerBand,
    Double jaccardThreshold,
    Long seed,
    Integer maxShingleDf,
    Double containmentThreshold,
    Integer minContainedShingles,
    Double maxLengthRatio,
    Double rewriteJaccard,
    Double rewriteFactSimilarity)
    implements Serializable {

  /** Fills omitted fields with the defaults and validates. */
  public DedupConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    shingleSize = shingleSize == null ? 5 : shingleSize;
    numHashTables = numHashTables == null ? 20 : numHashTables;
    rowsPerBand = rowsPerBand == null ? 2 : rowsPerBand;
    jaccardThreshold = jaccardThreshold == null ? 0.4 : jaccardThreshold;
    seed = seed == null ? 42L : seed;
    maxShingleDf = maxShingleDf == null ? 1000 : maxShingleDf;
    containmentThreshold = containmentThreshold == null ? 0.8 : containmentThreshold;
    minContainedShingles = minContainedShingles == null ? 20 : minContainedShingles;
    maxLengthRatio = maxLengthRatio == null ? 4.0 : maxLengthRatio;
    rewriteJaccard = rewriteJaccard == null ? 0.3 : rewriteJaccard;
    rewriteFactSimilarity = rewriteFactSimilarity == null ? 0.5 : rewriteFactSimilarity;
    if (shingleSize < 1 || shingleSize > 20) {
      throw new IllegalArgumentException(
          "dedup.shingle_size must be in [1, 20], got " + shingleSize);
    }
    if (numHashTables < 1 || numHashTables > 100) {
      throw new IllegalArgumentException(
          "dedup.num_hash_tables must be in [1, 100], got " + numHashTables);
    }
    if (rowsPerBand < 1 || rowsPerBand > 10) {
      throw new IllegalArgumentException(
          "dedup.rows_per_band must be in [1, 10], got " + rowsPerBand);
    }
    if (maxShingleDf < 2) {
      throw new IllegalArgumentException(
          "dedup.max_shingle_df must be >= 2, got " + maxShingleDf);
    }
    if (!(jaccardThreshold > 0.0 && jaccardThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "dedup.jaccard_threshold must be in (0, 1], got " + jaccardThreshold);
    }
    if (!(containmentThreshold > 0.0 && containmentThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "dedup.containment_threshold must be in (0, 1], got " + containmentThreshold);
    }
    if (minContainedShingles < 1) {
      throw new IllegalArgumentException(
          "dedup.min_contained_shingles must be >= 1, got " + minContainedShingles);
    }
    if (!(maxLengthRatio >= 1.0)) {
      throw new IllegalArgumentException(
          "dedup.max_length_ratio must be >= 1, got " + maxLengthRatio);
    }
    if (!(rewriteJaccard > 0.0 && rewriteJaccard <= 1.0)) {
      throw new IllegalArgumentException(
          "dedup.rewrite_jaccard must be in (0, 1], got " + rewriteJaccard);
    }
    if (!(rewriteFactSimilarity > 0.0 && rewriteFactSimilarity <= 1.0)) {
      throw new IllegalArgumentException(
          "dedup.rewrite_fact_similarity must be in (0, 1], got " + rewriteFactSimilarity);
    }
  }

  /**
   * The defaults: enabled, 5-word shingles, 20 bands of 2 MinHash values, Jaccard 0.4, seed 42,
   * shingles in more than 1000 articles ignored, containment 0.8 of at least 20 shingles in a
   * text at most 4 times as long, rewrites at Jaccard 0.3 with facts at 0.5.
   */
  public static DedupConfig defaults() {
    return new DedupConfig(null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
