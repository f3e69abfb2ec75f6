package io.entente.ml;

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
 */
public record DedupConfig(
    Boolean enabled,
    Integer shingleSize,
    Integer numHashTables,
    Integer rowsPerBand,
    Double jaccardThreshold,
    Long seed,
    Integer maxShingleDf) {

  /** Fills omitted fields with the defaults and validates. */
  public DedupConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    shingleSize = shingleSize == null ? 5 : shingleSize;
    numHashTables = numHashTables == null ? 20 : numHashTables;
    rowsPerBand = rowsPerBand == null ? 2 : rowsPerBand;
    jaccardThreshold = jaccardThreshold == null ? 0.4 : jaccardThreshold;
    seed = seed == null ? 42L : seed;
    maxShingleDf = maxShingleDf == null ? 1000 : maxShingleDf;
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
  }

  /**
   * The defaults: enabled, 5-word shingles, 20 bands of 2 MinHash values, Jaccard 0.4, seed 42,
   * shingles in more than 1000 articles ignored.
   */
  public static DedupConfig defaults() {
    return new DedupConfig(null, null, null, null, null, null, null);
  }
}
