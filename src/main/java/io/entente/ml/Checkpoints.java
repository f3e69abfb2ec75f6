package io.entente.ml;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Cuts a Dataset's lineage once it is computed, for the iterative and self-joined stages (dedup
 * label propagation, band keys, mined item sets).
 *
 * <p>With a checkpoint directory set on the context (the pipeline sets one per run under the
 * output's staging folder) the checkpoint is reliable: written to that shared file system, it
 * survives the loss of the executor that computed it. A local checkpoint lives only in the
 * executors' block managers, so on a cluster a lost executor, or a block dropped by the block
 * manager, fails the job with CHECKPOINT_RDD_BLOCK_ID_NOT_FOUND (seen in ClusterIT). Without a
 * directory (unit tests calling a transform directly) it falls back to a local checkpoint.
 */
public final class Checkpoints {
  private Checkpoints() {}

  /** The same rows, computed now, with the lineage cut. */
  public static Dataset<Row> cut(Dataset<Row> rows) {
    boolean reliable = SparkSession.active().sparkContext().getCheckpointDir().isDefined();
    return reliable ? rows.checkpoint() : rows.localCheckpoint();
  }
}
