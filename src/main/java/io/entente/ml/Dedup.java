package io.entente.ml;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.entente.extract.TextFold;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Near-duplicate stories: the same wire story re-published with a new headline, a trimmed or an
 * added paragraph, light edits. MinHash LSH over word shingles finds candidate pairs in
 * near-linear time, pairs are kept when their exact Jaccard similarity reaches the threshold, and
 * kept pairs are closed transitively into story groups by a union-find in one task ({@link
 * StoryGroups}). Method, defaults and measured precision/recall are in docs/mllib.md.
 */
public final class Dedup {
  private Dedup() {}

  /** Size of the hashed shingle space; far below the MinHash prime (2038074743). */
  public static final int NUM_FEATURES = 1 << 24;

  /** Lowest per-partition document frequency the boilerplate count keeps as a candidate. */
  static final int MIN_LOCAL_DF = 50;

  /** Jaccard similarity of two near duplicates (the {@code duplicates} table). */
  public static final String SIMILARITY = "similarity";

  /** Candidate pair columns (see {@link #similarPairs}). */
  public static final String ID_A = "id_a";

  public static final String ID_B = "id_b";

  /**
   * The {@code duplicates} table. Grain: one row per article that belongs to a group of two or
   * more near duplicates. Key: {@code article_id}.
   */
  public static final StructType DUPLICATES =
      new StructType()
          .add(Columns.DUP_GROUP, StringType, false)
          .add(Columns.ARTICLE_ID, StringType, false)
          .add(Columns.SOURCE, StringType, true)
          .add(Columns.DATE, DateType, false)
          .add(SIMILARITY, DoubleType, false)
          .add(Columns.IS_REPRESENTATIVE, BooleanType, false);

  private static final String FEATURES = "_dedup_features";
  private static final String BUCKET_ID = "_dedup_bucket_id";
  private static final String BUCKET_VALUES = "_dedup_bucket_values";
  private static final String BUCKET_BAND = "_dedup_bucket_band";
  private static final String BUCKET_KEY = "_dedup_bucket_key";
  private static final String PAIR_X = "_dedup_x";
  private static final String PAIR_Y = "_dedup_y";

  /** A proposed pair as {@link BucketPairs} emits it: the two ids, in no particular order. */
  private static final StructType PAIRS =
      new StructType().add(PAIR_X, StringType, false).add(PAIR_Y, StringType, false);
  private static final String HASHES = "_dedup_hashes";
  private static final String PARTIAL = "_dedup_partial";
  private static final String VERTEX = "_dedup_vertex";
  private static final String REP = "_dedup_rep";
  private static final String DAY = "_dedup_day";
  private static final String DAY_A = "_dedup_day_a";
  private static final String DAY_B = "_dedup_day_b";
  private static final String IS_COPY = "_dedup_is_copy";
  private static final String SETS = "_dedup_sets";

  /** Shingles of an article's lead (its first sentences: 30 five-word windows, 34 words). */
  static final int LEAD_SHINGLES = 30;

  /**
   * Lead shingles two articles must share to begin alike: a run of 14 words in common (10
   * windows), which a header line or a new dateline before the lead does not break.
   */
  static final int LEAD_AGREEMENT = 10;

  /**
   * Largest lead-band bucket whose pairs are proposed: a bucket this large holds articles that
   * open with the same stock words (a feed's standard first line), not one story's copies.
   */
  static final int LEAD_BUCKET_MAX = 100;

  /**
   * MinHash values a lead-band pair must agree on: at J = 0.1 a pair has at least 2 of 40 with
   * probability 0.92, two texts that only open alike (J = 0.02) with 0.19.
   */
  static final int LEAD_MIN_AGREEMENT = 2;

  /** What {@link #candidateSetsUdf} returns for an article, each set encoded (null when empty). */
  private static final StructType CANDIDATE_SETS =
      new StructType()
          .add(FEATURES, DataTypes.BinaryType, true)
          .add("facts", DataTypes.BinaryType, true)
          .add("lead", DataTypes.BinaryType, true);

  /** What {@link #overlapUdf} returns for a compared pair. */
  private static final StructType OVERLAP =
      new StructType().add(SIMILARITY, DoubleType, false).add(IS_COPY, BooleanType, false);

  /** What {@link StoryGroups.Task} emits: an article in a kept pair and its representative. */
  private static final StructType GROUPED =
      new StructType().add(VERTEX, StringType, false).add(REP, StringType, false);

  /**
   * Assigns every article to a story group.
   *
   * <p>Requires {@code id} (string, unique), {@code date} (date) and {@code text} (string). Returns
   * the same rows and columns plus {@code dup_group} (string: id of the group's representative) and
   * {@code is_representative} (boolean). The representative is the earliest article of the group,
   * smallest id on a tie; an article without near duplicate is its own group. Articles whose text
   * has fewer words than one shingle get no candidates. When {@code cfg.enabled()} is false every
   * article is its own group.
   *
   * <p>Runs Spark jobs when called: one for the shingles that may be boilerplate (document
   * frequency above {@code maxShingleDf}), one for the MinHash values and one counting the
   * boilerplate among them (hashes are the only thing collected), one for the candidate pairs by
   * band bucket, one for the candidates' shingle sets. The kept pairs are then brought to one
   * task, which closes them into groups and picks each group's representative ({@link
   * StoryGroups}); that happens lazily, in the first job that reads the output. MinHash values,
   * candidates and shingle sets are checkpoints (see {@link Checkpoints}); nothing per article
   * reaches the driver. The input is read several times: cache it. Output is deterministic
   * whatever the partitioning.
   */
  public static Dataset<Row> assignGroups(Dataset<Row> articles, DedupConfig cfg) {
    if (!cfg.enabled()) {
      return articles
          .withColumn(Columns.DUP_GROUP, col(Columns.ID))
          .withColumn(Columns.IS_REPRESENTATIVE, lit(true));
    }
    Dataset<Row> kept = scoredPairs(articles, cfg).where(col(IS_COPY));
    // the kept pairs are few (only articles with a near duplicate): one task closes them
    Dataset<Row> vertexRep =
        kept.select(col(ID_A), col(DAY_A), col(ID_B), col(DAY_B))
            .repartition(1)
            .mapPartitions(new StoryGroups.Task(), Encoders.row(GROUPED));
    Dataset<Row> out =
        articles
            .join(vertexRep, articles.col(Columns.ID).equalTo(vertexRep.col(VERTEX)), "left")
            .withColumn(Columns.DUP_GROUP, coalesce(col(REP), col(Columns.ID)))
            .drop(VERTEX, REP);
    return out.withColumn(
        Columns.IS_REPRESENTATIVE, col(Columns.DUP_GROUP).equalTo(col(Columns.ID)));
  }

  /**
   * The near-duplicate pairs: {@code id_a < id_b} and {@code similarity}, the exact Jaccard of the
   * two shingle sets without boilerplate shingles. A pair is kept when that is at least {@code
   * cfg.jaccardThreshold()}, or when the shorter article has at least {@code
   * cfg.minContainedShingles()} shingles, at least {@code cfg.containmentThreshold()} of them are
   * in the longer one and that has at most {@code cfg.maxLengthRatio()} times as many (a copy cut
   * short; its Jaccard is about the ratio of the lengths), or when its Jaccard is at least {@code
   * cfg.rewriteJaccard()} and the two articles' names and numbers ({@link #facts}) have a Jaccard
   * of at least {@code cfg.rewriteFactSimilarity()} (an outlet's rewrite). Grain:
   * one row per unordered pair found by the banded LSH join; a pair that agrees on no band is not
   * found (the recall figures in docs/mllib.md measure how rare that is).
   */
  public static Dataset<Row> similarPairs(Dataset<Row> articles, DedupConfig cfg) {
    return scoredPairs(articles, cfg)
        .where(col(IS_COPY))
        .select(col(ID_A), col(ID_B), col(SIMILARITY));
  }

  /**
   * Whether two articles are copies of one story, from their shingle sets ({@link #shingles}
   * without boilerplate, sorted distinct) and their facts ({@link #facts}) and leads ({@link
   * #lead}), encoded by {@link #encodeSet} (null when empty). They are when their shingles'
   * Jaccard is at least {@code jaccardThreshold}; or when the shorter one has at least {@code
   * minContainedShingles} shingles, at least {@code containmentThreshold} of them in the other,
   * and the other is at most {@code maxLengthRatio} times as long (a digest that reprints several
   * briefs whole is not a copy of each) or begins as it does, {@link #LEAD_AGREEMENT} lead
   * shingles in common (a teaser: the lead and a link to the rest); or when their Jaccard is at
   * least {@code rewriteJaccard} and their facts' Jaccard at least {@code rewriteFactSimilarity}
   * (a rewrite keeps a good part of the wording and most of the facts).
   */
  static boolean isCopy(
      int[] a, int[] b, byte[] factsA, byte[] factsB, byte[] leadA, byte[] leadB, DedupConfig cfg) {
    return isCopy(a.length, b.length, common(a, b), factsA, factsB, leadA, leadB, cfg);
  }

  /**
   * {@link #isCopy} from the two shingle sets' sizes and shared members; the facts and leads,
   * encoded by {@link #encodeSet} (null when empty), are decoded only when a rule reads them: most
   * compared pairs are unrelated, below every bound on the shingles alone.
   */
  private static boolean isCopy(
      int sizeA,
      int sizeB,
      int common,
      byte[] factsA,
      byte[] factsB,
      byte[] leadA,
      byte[] leadB,
      DedupConfig cfg) {
    double jaccard = jaccard(sizeA, sizeB, common);
    if (jaccard >= cfg.jaccardThreshold()) {
      return true;
    }
    int shorter = Math.min(sizeA, sizeB);
    int longer = Math.max(sizeA, sizeB);
    if (shorter >= cfg.minContainedShingles()
        && common >= cfg.containmentThreshold() * shorter
        && (longer <= cfg.maxLengthRatio() * shorter
            || common(decodeOrEmpty(leadA), decodeOrEmpty(leadB)) >= LEAD_AGREEMENT)) {
      return true;
    }
    return jaccard >= cfg.rewriteJaccard()
        && (factsA != null || factsB != null)
        && jaccard(decodeOrEmpty(factsA), decodeOrEmpty(factsB)) >= cfg.rewriteFactSimilarity();
  }

  /**
   * The pairs of {@link #scoredPairs} without the days: {@code id_a}, {@code id_b}, {@code
   * similarity}, every proposed pair that passes the MinHash estimate, before the threshold.
   */
  static Dataset<Row> candidatePairs(Dataset<Row> articles, DedupConfig cfg) {
    return scoredPairs(articles, cfg).select(col(ID_A), col(ID_B), col(SIMILARITY));
  }

  /**
   * Every pair the banded LSH join proposes whose MinHash estimate is at least half the threshold
   * ({@link #minAgreement}), with its exact Jaccard {@code similarity}, before the threshold: the
   * cost of dedup grows with its size (see docs/mllib.md). Columns {@code id_a}, {@code id_b},
   * {@code similarity}, and each article's day ({@link #DAY_A}, {@link #DAY_B}: days since
   * 1970-01-01, null for a null date). Runs Spark jobs when called (boilerplate shingles,
   * candidate pairs by band bucket, their articles' shingle sets); the similarities are lazy.
   */
  private static Dataset<Row> scoredPairs(Dataset<Row> articles, DedupConfig cfg) {
    int bands = cfg.numHashTables();
    int functions = bands * cfg.rowsPerBand();
    MinHashFamily family = new MinHashFamily(minHashModel(articles, cfg));
    Signatures signatures = signatures(articles, cfg, family);
    // each article becomes one row per band (band, key, its MinHash values); the rows are brought
    // together by bucket (band, key) and each bucket is walked once (BucketPairs): a pair is
    // proposed by the first band on which it agrees only, and dropped there unless its MinHash
    // estimate is at least half the threshold (minAgreement). So there is no self-join, no
    // distinct of the proposed pairs and no join of the signatures back to them; the one shuffle
    // carries the MinHash values once per article and band (160 bytes with the defaults)
    int hashBytes = functions * 4;
    Dataset<Row> signed = signatures.signed();
    Dataset<Row> bandRows =
        signed.select(
            col(Columns.ID).as(BUCKET_ID),
            org.apache.spark.sql.functions
                .substring(col(HASHES), bands * 8 + 1, hashBytes)
                .as(BUCKET_VALUES),
            posexplode(bandKeysOfUdf(bands, functions).apply(col(HASHES)))
                .as(new String[] {BUCKET_BAND, BUCKET_KEY}));
    Dataset<Row> candidates =
        bandRows
            .repartition(col(BUCKET_BAND), col(BUCKET_KEY))
            .sortWithinPartitions(BUCKET_BAND, BUCKET_KEY)
            .mapPartitions(
                new BucketPairs(
                    bands, cfg.rowsPerBand(), minAgreement(cfg.jaccardThreshold(), functions)),
                Encoders.row(PAIRS))
            // Spark's order of strings (UTF-8 bytes), as everywhere else an id pair is ordered
            .select(
                least(col(PAIR_X), col(PAIR_Y)).as(ID_A),
                greatest(col(PAIR_X), col(PAIR_Y)).as(ID_B))
            .transform(Checkpoints::cut);
    // exact Jaccard: shingle sets again, only for the articles that are in a candidate pair; their
    // ids (at most one per article, a few MB for a million) are broadcast so the text stays put
    Dataset<Row> candidateIds =
        broadcast(
            candidates
                .select(col(ID_A).as(VERTEX))
                .union(candidates.select(col(ID_B).as(VERTEX)))
                .distinct());
    Dataset<Row> sets =
        articles
            .join(
                candidateIds,
                articles.col(Columns.ID).equalTo(candidateIds.col(VERTEX)),
                "left_semi")
            .select(
                col(Columns.ID),
                unix_date(col(Columns.DATE)).as(DAY),
                candidateSetsUdf(cfg.shingleSize(), signatures.boilerplate())
                    .apply(col(Columns.TEXT))
                    .as(SETS))
            // both sides of the Jaccard join, and both directions of the edges, read them
            .transform(Checkpoints::cut);
    Dataset<Row> vecA =
        sets.select(col(Columns.ID).as("_va"), col(DAY).as(DAY_A), col(SETS).as("_sa"));
    Dataset<Row> vecB =
        sets.select(col(Columns.ID).as("_vb"), col(DAY).as(DAY_B), col(SETS).as("_sb"));
    return candidates
        .join(vecA, col(ID_A).equalTo(col("_va")))
        .join(vecB, col(ID_B).equalTo(col("_vb")))
        .select(
            col(ID_A),
            col(ID_B),
            overlapUdf(cfg).apply(col("_sa"), col("_sb")).as("_overlap"),
            col(DAY_A),
            col(DAY_B))
        .select(
            col(ID_A),
            col(ID_B),
            col("_overlap." + SIMILARITY).as(SIMILARITY),
            col("_overlap." + IS_COPY).as(IS_COPY),
            col(DAY_A),
            col(DAY_B));
  }

  /**
   * The {@code duplicates} table ({@link #DUPLICATES}) from the output of {@link #assignGroups}
   * (which must still carry {@code source} and {@code text}): one row per member of a group of
   * two or more, with its Jaccard similarity to the group's representative (1.0 for the
   * representative itself; a member joined transitively may be below the threshold).
   */
  public static Dataset<Row> duplicatesTable(Dataset<Row> grouped, DedupConfig cfg) {
    // one shuffle by group, each group walked once with its representative first
    return grouped
        .select(
            col(Columns.DUP_GROUP),
            col(Columns.ID),
            col(Columns.SOURCE),
            col(Columns.DATE),
            col(Columns.IS_REPRESENTATIVE),
            col(Columns.TEXT))
        .repartition(col(Columns.DUP_GROUP))
        .sortWithinPartitions(col(Columns.DUP_GROUP), col(Columns.IS_REPRESENTATIVE).desc())
        .mapPartitions(new DuplicateRows(cfg.shingleSize()), Encoders.row(DUPLICATES));
  }

  /**
   * The articles' MinHash signatures ({@code id}, {@link #HASHES}: see {@link #finishUdf}; null
   * when an article has no shingle outside the boilerplate) and the sorted hashes of the
   * boilerplate, the shingles found in more than {@code maxShingleDf} articles, counted exactly.
   *
   * <p>Two passes over the texts, neither shuffling the shingles. Pass 1 ({@link
   * #frequentShingles}) finds the shingles that may be boilerplate. Pass 2 computes each article's
   * MinHash values over its other shingles and lists which of the frequent ones it has (a few
   * indices), checkpointed; the frequent shingles are counted exactly from those lists, and each
   * signature is finished with the frequent shingles that turned out not to be boilerplate (the
   * minimum over a union is the minimum of the two minima, so the values are those of the
   * article's shingles without boilerplate). Collected to the driver: the frequent hashes and the
   * boilerplate ones, not per-article data.
   */
  static Signatures signatures(Dataset<Row> articles, DedupConfig cfg, MinHashFamily family) {
    int[] frequent = frequentShingles(articles, cfg);
    UserDefinedFunction partial = partialUdf(cfg.shingleSize(), frequent, family);
    Dataset<Row> partials =
        articles
            .select(col(Columns.ID), partial.apply(col(Columns.TEXT)).as(PARTIAL))
            .transform(Checkpoints::cut);
    int functions = cfg.numHashTables() * cfg.rowsPerBand();
    boolean[] isBoilerplate = new boolean[frequent.length];
    if (frequent.length > 0) {
      int maxDf = cfg.maxShingleDf();
      List<Integer> counted =
          partials
              .select(col(PARTIAL))
              .javaRDD()
              .mapPartitionsToPair(
                  it -> {
                    int[] df = new int[frequent.length];
                    while (it.hasNext()) {
                      for (int c : frequentMembers(it.next().getAs(0), functions)) {
                        df[c]++;
                      }
                    }
                    List<scala.Tuple2<Integer, Integer>> out = new ArrayList<>();
                    for (int c = 0; c < df.length; c++) {
                      if (df[c] > 0) {
                        out.add(new scala.Tuple2<>(c, df[c]));
                      }
                    }
                    return out.iterator();
                  })
              .reduceByKey(Integer::sum)
              .filter(t -> t._2() > maxDf)
              .keys()
              .collect();
      for (int c : counted) {
        isBoilerplate[c] = true;
      }
    }
    int[] boilerplate =
        java.util.stream.IntStream.range(0, frequent.length)
            .filter(c -> isBoilerplate[c])
            .map(c -> frequent[c])
            .toArray();
    UserDefinedFunction finish =
        finishUdf(frequent, isBoilerplate, family, cfg.numHashTables(), cfg.rowsPerBand());
    return new Signatures(
        partials.select(col(Columns.ID), finish.apply(col(PARTIAL)).as(HASHES)), boilerplate);
  }

  /** What {@link #signatures} returns: signatures (lazy, from a checkpoint) and boilerplate. */
  record Signatures(Dataset<Row> signed, int[] boilerplate) {}

  /**
   * The sorted hashes of shingles that may be boilerplate (pass 1 of {@link #signatures}): each
   * partition counts document frequencies in a dense array over the 2^24 hash space and keeps the
   * shingles whose local count exceeds {@code floor(maxShingleDf / p)} for p partitions. A shingle
   * at or below that bound in every partition has at most maxShingleDf articles in all, so no
   * boilerplate is missed. The partitions are coalesced so the local bound is at least {@link
   * #MIN_LOCAL_DF}, which keeps the list short (at most the shingle occurrences / MIN_LOCAL_DF).
   */
  static int[] frequentShingles(Dataset<Row> articles, DedupConfig cfg) {
    int k = cfg.shingleSize();
    int maxDf = cfg.maxShingleDf();
    JavaRDD<String> texts = articles.select(col(Columns.TEXT)).javaRDD().map(r -> r.getString(0));
    int p = Math.max(1, Math.min(texts.getNumPartitions(), maxDf / MIN_LOCAL_DF));
    JavaRDD<String> pass = texts.coalesce(p);
    int localBound = maxDf / pass.getNumPartitions();
    List<Integer> found =
        pass.mapPartitions(
                it -> {
                  int[] df = new int[NUM_FEATURES];
                  while (it.hasNext()) {
                    for (int h : shingles(it.next(), k)) {
                      df[h]++;
                    }
                  }
                  List<Integer> out = new ArrayList<>();
                  for (int h = 0; h < df.length; h++) {
                    if (df[h] > localBound) {
                      out.add(h);
                    }
                  }
                  return out.iterator();
                })
            .distinct()
            .collect();
    return found.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * Pass 2 of {@link #signatures}: the text's MinHash values over its shingles that are not in
   * {@code frequent} ({@link Integer#MAX_VALUE} each when it has none; a value is below the
   * prime, 2038074743), as {@code functions} big-endian ints, then its lead key ({@link #leadKey},
   * a long), then the indices in {@code frequent} of the frequent shingles it has, coded by {@link
   * #encodeSet}.
   */
  private static UserDefinedFunction partialUdf(int k, int[] frequent, MinHashFamily family) {
    IntIndex index = new IntIndex(frequent);
    UDF1<String, byte[]> f =
        text -> {
          int[] ordered = shinglesInOrder(text, k);
          long lead = leadKey(ordered, index);
          int[] s = sortedSet(ordered);
          int[] rest = new int[s.length];
          int[] members = new int[s.length];
          int r = 0;
          int m = 0;
          for (int x : s) {
            int c = index.indexOf(x);
            if (c >= 0) {
              members[m++] = c; // ascending: s is sorted and so is frequent
            } else {
              rest[r++] = x;
            }
          }
          long[] mins = family.minima(rest, r);
          byte[] tail = encodeSet(Arrays.copyOf(members, m));
          java.nio.ByteBuffer out =
              java.nio.ByteBuffer.allocate(mins.length * 4 + 8 + tail.length);
          for (long v : mins) {
            out.putInt((int) v);
          }
          return out.putLong(lead).put(tail).array();
        };
    return udf(f, DataTypes.BinaryType);
  }

  /** The indices of frequent shingles in a {@link #partialUdf} value. */
  static int[] frequentMembers(byte[] partial, int functions) {
    return decodeSet(Arrays.copyOfRange(partial, functions * 4 + 8, partial.length));
  }

  /**
   * The lead band's key of a text ({@link #shinglesInOrder}): the least of a hash of its first
   * {@link #LEAD_SHINGLES} shingles that are not in {@code frequent}, so two texts that begin
   * alike share it with a probability of their leads' Jaccard (1 for a copy cut short); 0 when the
   * text has no such shingle (no lead band row).
   */
  static long leadKey(int[] ordered, IntIndex frequent) {
    int[] lead = lead(ordered, frequent);
    if (lead.length == 0) {
      return 0L;
    }
    long least = Long.MAX_VALUE;
    for (int x : lead) {
      least = Math.min(least, mix64(0x5DEECE66DL ^ x));
    }
    return least == 0L ? 1L : least;
  }

  /**
   * MinHash functions depend only on the seed and the number of tables, so the model is fitted on
   * one fixed vector instead of taking the head of the (possibly empty) corpus.
   */
  static MinHashLSHModel minHashModel(Dataset<Row> articles, DedupConfig cfg) {
    StructType schema = new StructType().add(FEATURES, SQLDataTypes.VectorType(), false);
    Vector one = Vectors.sparse(NUM_FEATURES, new int[] {0}, new double[] {1});
    Dataset<Row> probe =
        articles.sparkSession().createDataFrame(List.of(RowFactory.create(one)), schema);
    return new MinHashLSH()
        .setNumHashTables(cfg.numHashTables() * cfg.rowsPerBand())
        .setSeed(cfg.seed())
        .setInputCol(FEATURES)
        .setOutputCol(HASHES)
        .fit(probe);
  }

  /**
   * MLlib's MinHash family, {@code ((1 + i) * a + b) mod HASH_PRIME} minimised over the set
   * bits i of a vector, with the seeded coefficients of a fitted {@link MinHashLSHModel}, but
   * evaluated in primitive loops over a sorted int array: {@code model.transform} boxes every
   * element and divides by a prime it does not know at compile time, about ten times slower.
   * The values are MLlib's (a test compares them with {@code model.hashFunction}).
   */
  static final class MinHashFamily implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** MLlib's MinHashLSH.HASH_PRIME, as a constant the JIT reduces modulo without dividing. */
    static final long HASH_PRIME = 2038074743L;

    private final long[] a;
    private final long[] b;

    MinHashFamily(MinHashLSHModel model) {
      long mllibPrime = org.apache.spark.ml.feature.MinHashLSH$.MODULE$.HASH_PRIME();
      if (mllibPrime != HASH_PRIME) {
        throw new IllegalStateException("MLlib's MinHash prime changed to " + mllibPrime);
      }
      scala.Tuple2<Object, Object>[] coefficients = model.randCoefficients();
      a = new long[coefficients.length];
      b = new long[coefficients.length];
      for (int h = 0; h < coefficients.length; h++) {
        a[h] = (Integer) coefficients[h]._1();
        b[h] = (Integer) coefficients[h]._2();
      }
    }

    /**
     * The MinHash values of the first {@code n} feature indices of {@code set}, one per function;
     * {@link Integer#MAX_VALUE} each (above any value) when {@code n} is 0.
     */
    long[] minima(int[] set, int n) {
      long[] out = new long[a.length];
      for (int h = 0; h < a.length; h++) {
        long ah = a[h];
        long bh = b[h];
        long m = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
          long v = ((1L + set[i]) * ah + bh) % HASH_PRIME;
          if (v < m) {
            m = v;
          }
        }
        out[h] = m;
      }
      return out;
    }
  }

  /**
   * The article's signature from its {@link #partialUdf} value (null when it has no shingle
   * outside the boilerplate): one key per band, the band index and its {@code rows} MinHash values
   * mixed into a long, then the {@code bands * rows} MinHash values of its shingles without
   * boilerplate (each below 2^31) as ints, big-endian, then the lead key (a long, 0 for none). Two
   * articles share a key only if all {@code rows} values of that band agree (AND), and are
   * candidates if any band agrees (OR), or if they share the lead key (the lead band).
   */
  private static UserDefinedFunction finishUdf(
      int[] frequent, boolean[] isBoilerplate, MinHashFamily family, int bands, int rows) {
    int functions = bands * rows;
    UDF1<byte[], byte[]> f =
        partial -> {
          long[] hashes = valuesAt(partial, 0, functions);
          int[] members = frequentMembers(partial, functions);
          int[] kept = new int[members.length];
          int n = 0;
          for (int c : members) {
            if (!isBoilerplate[c]) {
              kept[n++] = frequent[c];
            }
          }
          if (n > 0) {
            long[] more = family.minima(kept, n);
            for (int h = 0; h < functions; h++) {
              hashes[h] = Math.min(hashes[h], more[h]);
            }
          }
          if (hashes[0] == Integer.MAX_VALUE) {
            return null; // no shingle at all outside the boilerplate
          }
          java.nio.ByteBuffer out =
              java.nio.ByteBuffer.allocate(bands * 8 + functions * 4 + 8);
          for (long key : bandKeys(hashes, bands, rows)) {
            out.putLong(key);
          }
          for (long h : hashes) {
            out.putInt((int) h);
          }
          return out.putLong(java.nio.ByteBuffer.wrap(partial, functions * 4, 8).getLong()).array();
        };
    return udf(f, DataTypes.BinaryType);
  }

  /**
   * The band keys of a {@link #finishUdf} signature, then its lead band's key ({@link #leadKey})
   * when it has one: the lead band is band number {@code bands}.
   */
  private static UserDefinedFunction bandKeysOfUdf(int bands, int functions) {
    UDF1<byte[], long[]> f =
        signature -> {
          if (signature == null) {
            return null; // no shingle outside the boilerplate: no band rows
          }
          java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(signature);
          long lead = in.getLong(bands * 8 + functions * 4);
          long[] out = new long[lead == 0L ? bands : bands + 1];
          for (int b = 0; b < bands; b++) {
            out[b] = in.getLong();
          }
          if (lead != 0L) {
            out[bands] = lead;
          }
          return out;
        };
    return udf(f, DataTypes.createArrayType(DataTypes.LongType, false));
  }

  /**
   * The fewest agreeing MinHash values (of {@code functions}) a candidate pair needs to have its
   * exact Jaccard computed: half what a pair at the threshold agrees on, on average. It drops the
   * pairs far below the threshold before any shingle set is built: with the defaults a pair at the
   * threshold is compared with probability 0.9685 instead of 0.9694, while 85% of the proposed
   * pairs at J = 0.1 are dropped (docs/mllib.md).
   */
  static int minAgreement(double threshold, int functions) {
    return (int) Math.floor(threshold * functions / 2);
  }

  /** {@code n} MinHash values stored as big-endian ints from byte {@code offset} on. */
  static long[] valuesAt(byte[] bytes, int offset, int n) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, offset, n * 4);
    long[] out = new long[n];
    for (int h = 0; h < n; h++) {
      out[h] = in.getInt();
    }
    return out;
  }

  /** How many of two articles' MinHash values (same functions, same order) agree. */
  static int agreement(long[] a, long[] b) {
    int agree = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        agree++;
      }
    }
    return agree;
  }

  /**
   * Walks one partition of band rows (id, MinHash values as big-endian ints, band, key), sorted
   * by (band, key), bucket by bucket, and emits each pair of a bucket of two or more that this
   * band proposes first: the pair's band keys agree on no earlier band (an earlier bucket already
   * proposed it), and at least {@code minAgreement} of its MinHash values agree (the estimate of
   * {@link #minAgreement}). Every pair the banded join proposes, and that passes the estimate,
   * comes out once, whatever the partitioning. Pairs are produced lazily: a bucket of n articles
   * is n(n-1)/2 comparisons but only its n rows are held.
   */
  static final class BucketPairs
      implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int bands;
    private final int rows;
    private final int minAgreement;

    BucketPairs(int bands, int rows, int minAgreement) {
      this.bands = bands;
      this.rows = rows;
      this.minAgreement = minAgreement;
    }

    @Override
    public java.util.Iterator<Row> call(java.util.Iterator<Row> input) {
      return new Walk(input);
    }

    private final class Walk implements java.util.Iterator<Row> {
      private final java.util.Iterator<Row> input;
      private Row lookahead;
      private final List<String> ids = new ArrayList<>();
      private final List<byte[]> encoded = new ArrayList<>();
      private long[][] values;
      private long[][] keys;
      private int band;
      private int i;
      private int j;
      private Row next;

      Walk(java.util.Iterator<Row> input) {
        this.input = input;
        this.lookahead = input.hasNext() ? input.next() : null;
      }

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Row out = next;
        next = null;
        return out;
      }

      private Row advance() {
        while (true) {
          if (values != null) {
            int n = values.length;
            while (i < n - 1) {
              while (j < n) {
                int b = j++;
                if (proposes(i, b)) {
                  return RowFactory.create(ids.get(i), ids.get(b));
                }
              }
              i++;
              j = i + 1;
            }
            values = null;
          }
          if (!nextBucket()) {
            return null;
          }
        }
      }

      /** Reads the next bucket of two or more rows; false when the partition is done. */
      private boolean nextBucket() {
        while (lookahead != null) {
          ids.clear();
          encoded.clear();
          band = lookahead.getInt(2);
          long key = lookahead.getLong(3);
          while (lookahead != null && lookahead.getInt(2) == band && lookahead.getLong(3) == key) {
            ids.add(lookahead.getString(0));
            encoded.add((byte[]) lookahead.get(1));
            lookahead = input.hasNext() ? input.next() : null;
          }
          if (ids.size() > 1 && (band < bands || ids.size() <= LEAD_BUCKET_MAX)) {
            int n = ids.size();
            values = new long[n][];
            keys = new long[n][];
            for (int m = 0; m < n; m++) {
              values[m] = valuesAt(encoded.get(m), 0, bands * rows);
              keys[m] = bandKeys(values[m], bands, rows);
            }
            i = 0;
            j = 1;
            return true;
          }
        }
        return false;
      }

      private boolean proposes(int a, int b) {
        int agree = agreement(values[a], values[b]);
        boolean estimated = agree >= minAgreement;
        if (band == bands) {
          // the lead band: the pairs no MinHash band proposed that agree on LEAD_MIN_AGREEMENT
          // values (a copy cut to a tenth of the story, J = 0.1, agrees on 4 of 40 on average)
          if (agree < LEAD_MIN_AGREEMENT) {
            return false;
          }
          for (int r = 0; r < bands; r++) {
            if (keys[a][r] == keys[b][r]) {
              return !estimated;
            }
          }
          return true;
        }
        for (int earlier = 0; earlier < band; earlier++) {
          if (keys[a][earlier] == keys[b][earlier]) {
            return false;
          }
        }
        return estimated;
      }
    }
  }

  static long[] bandKeys(long[] hashes, int bands, int rows) {
    long[] out = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix64(0x9E3779B97F4A7C15L * (b + 1));
      for (int r = 0; r < rows; r++) {
        h = mix64(h ^ hashes[b * rows + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /**
   * Of two articles' {@link #CANDIDATE_SETS}: the shingles' Jaccard and whether the two are
   * copies ({@link #isCopy}).
   */
  private static UserDefinedFunction overlapUdf(DedupConfig cfg) {
    UDF2<Row, Row, Row> f =
        (x, y) -> {
          int[] a = decodeSet(x.getAs(0));
          int[] b = decodeSet(y.getAs(0));
          int common = common(a, b);
          boolean copy =
              isCopy(
                  a.length, b.length, common, x.getAs(1), y.getAs(1), x.getAs(2), y.getAs(2), cfg);
          return RowFactory.create(jaccard(a.length, b.length, common), copy);
        };
    return udf(f, OVERLAP).asNonNullable();
  }

  private static int[] decodeOrEmpty(byte[] bytes) {
    return bytes == null ? new int[0] : decodeSet(bytes);
  }

  /**
   * A candidate's {@link #CANDIDATE_SETS} from one scan of its text: its shingle set without
   * boilerplate, its facts and its lead, each encoded by {@link #encodeSet} (null when empty). The
   * candidates' sets are checkpointed and shuffled to both sides of the pair join, where a
   * delta-coded byte string is a quarter of an MLlib sparse vector's size.
   */
  private static UserDefinedFunction candidateSetsUdf(int k, int[] boilerplate) {
    IntIndex drop = new IntIndex(boilerplate);
    UDF1<String, Row> f =
        text -> {
          java.util.BitSet capitalised = new java.util.BitSet();
          int[] words = text == null ? new int[0] : wordHashes(text, capitalised);
          int[] ordered = windows(words, k);
          byte[] lead = encodeOrNull(lead(ordered, drop));
          return RowFactory.create(
              encodeOrNull(without(sortedSet(ordered), drop)),
              encodeOrNull(facts(words, capitalised)),
              lead);
        };
    return udf(f, CANDIDATE_SETS);
  }

  /** {@link #encodeSet}, or null for an empty set. */
  static byte[] encodeOrNull(int[] sorted) {
    return sorted.length == 0 ? null : encodeSet(sorted);
  }

  /**
   * The sorted distinct hashes, in [0, {@link #NUM_FEATURES}), of a text's names and numbers: its
   * words that begin with a capital letter or a digit, folded (lower case, no diacritics). A
   * rewrite of a story keeps them (who, where, how many) while it changes the wording; a story
   * from the same template (another ministry readout, another week's roundup) shares the wording
   * but not them. Sentence-initial words are kept too: they are common to most texts and weigh
   * the same on both sides.
   */
  static int[] facts(String text) {
    java.util.BitSet capitalised = new java.util.BitSet();
    return text == null ? new int[0] : facts(wordHashes(text, capitalised), capitalised);
  }

  /** {@link #facts} from a text's {@link #wordHashes} and which of its words are capitalised. */
  private static int[] facts(int[] words, java.util.BitSet capitalised) {
    int[] out = new int[capitalised.cardinality()];
    int n = 0;
    for (int w = capitalised.nextSetBit(0); w >= 0; w = capitalised.nextSetBit(w + 1)) {
      out[n++] = (words[w] ^ (words[w] >>> 24)) & (NUM_FEATURES - 1);
    }
    Arrays.sort(out);
    return distinct(out, n);
  }

  /** A sorted set of non-negative ints as the varint-coded gaps between its members. */
  static byte[] encodeSet(int[] sorted) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(sorted.length * 3);
    int previous = 0;
    for (int x : sorted) {
      int gap = x - previous;
      previous = x;
      while ((gap & ~0x7F) != 0) {
        out.write((gap & 0x7F) | 0x80);
        gap >>>= 7;
      }
      out.write(gap);
    }
    return out.toByteArray();
  }

  /** The sorted set {@link #encodeSet} encoded. */
  static int[] decodeSet(byte[] bytes) {
    int[] out = new int[bytes.length];
    int n = 0;
    int previous = 0;
    int i = 0;
    while (i < bytes.length) {
      int gap = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[i++];
        gap |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      previous += gap;
      out[n++] = previous;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The sorted distinct hashed k-word shingles of a text: folded to lower case without
   * diacritics, split on every non-word char (punctuation stripped), each window of k consecutive
   * words hashed into [0, {@link #NUM_FEATURES}). Empty when the text has fewer than k words.
   */
  static int[] shingles(String text, int k) {
    return sortedSet(shinglesInOrder(text, k));
  }

  /** The sorted distinct members of shingle hashes in text order (which it sorts in place). */
  private static int[] sortedSet(int[] ordered) {
    sort24(ordered);
    return distinct(ordered, ordered.length);
  }

  /** The distinct values of the first {@code n} of a sorted array, in a new array. */
  private static int[] distinct(int[] sorted, int n) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || sorted[i] != sorted[m - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, m);
  }

  /** Sorts below which {@link #sort24} leaves the work to {@link Arrays#sort}. */
  static final int RADIX_MIN = 64;

  /**
   * Sorts {@code a}, whose values are in [0, 2^24) (shingle hashes), in place: three stable
   * counting passes over its bytes, least significant first. The order is {@link Arrays#sort}'s;
   * on a text's few thousand shingles it takes a fraction of the time (the sort was most of the
   * shingler's time). Short arrays go to {@link Arrays#sort}.
   */
  static void sort24(int[] a) {
    int n = a.length;
    if (n < RADIX_MIN) {
      Arrays.sort(a);
      return;
    }
    int[] from = a;
    int[] to = new int[n];
    int[] count = new int[257];
    for (int shift = 0; shift < 24; shift += 8) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[((from[i] >>> shift) & 0xFF) + 1]++;
      }
      for (int d = 0; d < 256; d++) {
        count[d + 1] += count[d];
      }
      for (int i = 0; i < n; i++) {
        int v = from[i];
        to[count[(v >>> shift) & 0xFF]++] = v;
      }
      int[] t = from;
      from = to;
      to = t;
    }
    // three passes: the sorted values are in the buffer, not in a
    System.arraycopy(from, 0, a, 0, n);
  }

  /** The sorted set {@code s} without the members of {@code drop} (the boilerplate shingles). */
  static int[] without(int[] s, IntIndex drop) {
    if (drop.isEmpty()) {
      return s;
    }
    int[] out = new int[s.length];
    int m = 0;
    for (int x : s) {
      if (drop.indexOf(x) < 0) {
        out[m++] = x;
      }
    }
    return m == s.length ? s : Arrays.copyOf(out, m);
  }

  /** The hashes of a text's k-word shingles as {@link #shingles} makes them, in text order. */
  static int[] shinglesInOrder(String text, int k) {
    return text == null ? new int[0] : windows(wordHashes(text, null), k);
  }

  /** The hash of each window of k consecutive words, from their {@link #wordHashes}, in order. */
  private static int[] windows(int[] words, int k) {
    int n = words.length - k + 1;
    if (n <= 0) {
      return new int[0];
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = mix64(h ^ (words[i + j] & 0xFFFFFFFFL));
      }
      out[i] = (int) (h >>> 40); // top 24 bits
    }
    return out;
  }

  /**
   * A text's lead: the first {@link #LEAD_SHINGLES} of its shingles ({@link #shinglesInOrder})
   * that are not in {@code boilerplate}, as a sorted distinct set.
   */
  static int[] lead(int[] ordered, IntIndex boilerplate) {
    int[] out = new int[Math.min(LEAD_SHINGLES, ordered.length)];
    int n = 0;
    for (int i = 0; i < ordered.length && n < out.length; i++) {
      if (boilerplate.indexOf(ordered[i]) < 0) {
        out[n++] = ordered[i];
      }
    }
    Arrays.sort(out, 0, n);
    return distinct(out, n);
  }

  /** Jaccard similarity of two sorted distinct int sets; 1.0 when both are empty. */
  static double jaccard(int[] a, int[] b) {
    return jaccard(a.length, b.length, common(a, b));
  }

  private static double jaccard(int sizeA, int sizeB, int common) {
    return sizeA == 0 && sizeB == 0 ? 1.0 : (double) common / (sizeA + sizeB - common);
  }

  /** How many members two sorted distinct int sets share. */
  static int common(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /**
   * FNV-1a hashes of the text's words, folded, in order; when {@code capitalised} is given, it
   * gets the index of each word that begins with a capital letter or a digit.
   */
  private static int[] wordHashes(String text, java.util.BitSet capitalised) {
    int[] hashes = new int[16];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      while (i < len && !TextFold.isWordChar(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      char first = text.charAt(i);
      int h = 0x811C9DC5;
      while (i < len && TextFold.isWordChar(text.charAt(i))) {
        h = (h ^ TextFold.fold(text.charAt(i))) * 0x01000193;
        i++;
      }
      if (capitalised != null && (Character.isUpperCase(first) || Character.isDigit(first))) {
        capitalised.set(n);
      }
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, n * 2);
      }
      hashes[n++] = h;
    }
    return Arrays.copyOf(hashes, n);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85A4FL;
    return z ^ (z >>> 33);
  }
}
