package io.entente.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the output tables so that readers never see a half-written table.
 *
 * <p>Every table is first written in full under {@code OUTPUT/_staging/RUN/}; only when all of
 * them are written does {@link #commit()} swap each one into place with two renames (old table to
 * {@code _trash}, staged table to its name). A run killed while writing leaves the previous tables
 * untouched; a run killed between the two renames of a table is repaired by {@link #recover} at the
 * start of the next run, which puts the previous table back.
 */
public final class OutputWriter {
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";

  private final FileSystem fs;
  private final Path root;
  private final String runId;
  // tables may be staged from several threads at once (EntentePipeline writes them concurrently)
  private final Map<String, Path> staged = Collections.synchronizedMap(new LinkedHashMap<>());

  public OutputWriter(Configuration conf, String output, String runId) throws IOException {
    this.root = new Path(output);
    this.fs = root.getFileSystem(conf);
    this.runId = runId;
  }

  public Path root() {
    return fs.makeQualified(root);
  }

  /**
   * Repairs what an interrupted run left: a table whose swap was cut between its two renames gets
   * its previous version back, and staging and trash folders are removed.
   */
  public void recover() throws IOException {
    Path trash = new Path(root, TRASH);
    if (fs.exists(trash)) {
      for (FileStatus run : fs.listStatus(trash)) {
        for (FileStatus table : fs.listStatus(run.getPath())) {
          Path live = new Path(root, table.getPath().getName());
          if (!fs.exists(live)) {
            fs.rename(table.getPath(), live);
          }
        }
      }
      fs.delete(trash, true);
    }
    fs.delete(new Path(root, STAGING), true);
  }

  /** Where {@link #stage} writes a table before the commit. */
  public String stagedPath(String table) {
    return new Path(new Path(new Path(root, STAGING), runId), table).toString();
  }

  /** Writes a table in full to the staging area; nothing is visible until {@link #commit()}. */
  public void stage(String table, Dataset<Row> rows, String... partitionBy) {
    Path target = new Path(stagedPath(table));
    var writer = rows.write().mode(SaveMode.Overwrite).option("compression", "snappy");
    if (partitionBy.length > 0) {
      writer = writer.partitionBy(partitionBy);
    }
    writer.parquet(target.toString());
    staged.put(table, target);
  }

  /** Stages a small text file (the manifest) to be committed with the tables. */
  public void stageText(String name, String content) throws IOException {
    Path target = new Path(new Path(new Path(root, STAGING), runId), name);
    try (OutputStream out = fs.create(target, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    staged.put(name, target);
  }

  /**
   * Swaps every staged table into place, in staging order, and removes the previous versions.
   *
   * @return the committed tables and their paths
   */
  public Map<String, String> commit() throws IOException {
    Path trash = new Path(new Path(root, TRASH), runId);
    fs.mkdirs(trash);
    Map<String, String> committed = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(staged.keySet());
    for (String name : names) {
      Path live = new Path(root, name);
      if (fs.exists(live) && !fs.rename(live, new Path(trash, name))) {
        throw new IOException("cannot move the previous " + live + " aside");
      }
      if (!fs.rename(staged.get(name), live)) {
        throw new IOException("cannot move the new " + name + " into " + live);
      }
      committed.put(name, fs.makeQualified(live).toString());
    }
    fs.delete(new Path(root, TRASH), true);
    fs.delete(new Path(root, STAGING), true);
    staged.clear();
    return committed;
  }
}
