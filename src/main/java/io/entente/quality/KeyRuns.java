package io.entente.quality;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Proves a table's grain keys distinct from one scan of its key columns, without a shuffle, when
 * the table is stored in key order (the job writes every aggregate table so).
 *
 * <p>Each partition of the scan is cut into runs: a run ends where the key does not increase, or
 * where the partition moves to another file or block (its Parquet row index does not go up by
 * one). Only each run's first and last key reach the driver. If the runs, sorted by their first
 * key, do not overlap, every key lies in exactly one run and appears there once: no key repeats.
 * A table in key order has about one run per file. A repeat, or a table out of order, makes runs
 * touch or overlap (or too many for a partition, {@link #MAX_RUNS}), and then this proves
 * nothing: the caller counts the repeats exactly, by grouping.
 *
 * <p>Keys are compared as Spark sorts them: strings by their UTF-8 bytes, integers and dates by
 * value. Keys with other types, or with a null (reported by {@code non_null_key}), are not tried.
 */
final class KeyRuns {
  /** Runs in one partition beyond which the scan stops: the table is not in key order. */
  static final int MAX_RUNS = 256;

  private KeyRuns() {}

  /** Key column kinds, as {@link #compare} reads them. */
  private static final byte STRING = 0;

  private static final byte INT = 1;
  private static final byte LONG = 2;

  /**
   * True when the keys of {@code df} are proven distinct; false when they repeat, when the table
   * is not in key order, or when its key has a type or a value this cannot compare.
   */
  static boolean provenDistinct(Dataset<Row> df, List<String> key) {
    byte[] kinds = new byte[key.size()];
    Column[] cols = new Column[key.size()];
    for (int i = 0; i < kinds.length; i++) {
      DataType type = df.schema().apply(key.get(i)).dataType();
      if (type.equals(DataTypes.StringType)) {
        kinds[i] = STRING;
      } else if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.DateType)) {
        kinds[i] = INT;
      } else if (type.equals(DataTypes.LongType)) {
        kinds[i] = LONG;
      } else {
        return false;
      }
      cols[i] = col(key.get(i));
    }
    // a partition may hold blocks of several files, read one after the other; a run is cut where
    // a block ends, or the runs of two files read out of order would merge into one that spans
    // both. Parquet's row index (a long the reader counts) tells where without a string per row:
    // inside a block it goes up by one from row to row. Where it does so across a block's end
    // too (a block that starts at the row after another file's last), the two blocks are one
    // run: still strictly increasing, so no less proof, only a wider run
    Column[] withIndex = Arrays.copyOf(cols, cols.length + 1);
    withIndex[cols.length] = col("_metadata.row_index");
    Dataset<Row> keys;
    boolean indexed;
    try {
      keys = df.select(withIndex);
      indexed = true;
    } catch (Exception e) {
      // not read from Parquet files: no row index to resolve (Java sees no checked exception)
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      keys = df.select(cols);
      indexed = false;
    }
    List<Run> runs =
        keys.queryExecution()
            .toRdd()
            .toJavaRDD()
            .mapPartitions(new CutRuns(kinds, indexed))
            .collect();
    return disjoint(runs, kinds);
  }

  /** True when every run is complete and the runs, in order of their first key, do not touch. */
  static boolean disjoint(List<Run> runs, byte[] kinds) {
    for (Run run : runs) {
      if (run.first() == null) {
        return false;
      }
    }
    Comparator<InternalRow> order = (a, b) -> compare(a, b, kinds);
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparing(Run::first, order));
    for (int i = 1; i < sorted.size(); i++) {
      if (order.compare(sorted.get(i - 1).last(), sorted.get(i).first()) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A run's first and last row (copies: the key, then the row index when read from Parquet);
   * {@code first == null} marks a partition that gave up.
   */
  record Run(InternalRow first, InternalRow last) implements Serializable {}

  /**
   * Compares the keys of two rows as Spark sorts them, strings by their UTF-8 bytes: the same
   * comparison cuts the runs on the executors and orders them on the driver.
   */
  static int compare(InternalRow a, InternalRow b, byte[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      int c =
          switch (kinds[i]) {
            // binaryCompare: compareTo is the same order, but asks the environment every call
            case STRING -> a.getUTF8String(i).binaryCompare(b.getUTF8String(i));
            case INT -> Integer.compare(a.getInt(i), b.getInt(i));
            default -> Long.compare(a.getLong(i), b.getLong(i));
          };
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Cuts one partition of key rows into runs of strictly increasing keys. */
  static final class CutRuns implements FlatMapFunction<Iterator<InternalRow>, Run> {
    private final byte[] kinds;
    private final boolean indexed;

    /**
     * @param indexed whether each row carries its Parquet row index after the key
     */
    CutRuns(byte[] kinds, boolean indexed) {
      this.kinds = kinds;
      this.indexed = indexed;
    }

    @Override
    public Iterator<Run> call(Iterator<InternalRow> rows) {
      List<Run> runs = new ArrayList<>();
      InternalRow first = null;
      InternalRow previous = null;
      while (rows.hasNext()) {
        // the scan reuses its row object: keep copies
        InternalRow row = rows.next();
        if (anyNull(row)) {
          return List.of(new Run(null, null)).iterator();
        }
        row = row.copy();
        if (previous == null) {
          first = row;
        } else if (compare(previous, row, kinds) >= 0 || (indexed && !nextInBlock(previous, row))) {
          runs.add(new Run(first, previous));
          if (runs.size() >= MAX_RUNS) {
            return List.of(new Run(null, null)).iterator();
          }
          first = row;
        }
        previous = row;
      }
      if (previous != null) {
        runs.add(new Run(first, previous));
      }
      return runs.iterator();
    }

    private boolean anyNull(InternalRow row) {
      for (int i = 0; i < kinds.length; i++) {
        if (row.isNullAt(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean nextInBlock(InternalRow previous, InternalRow row) {
      int index = kinds.length;
      return row.getLong(index) == previous.getLong(index) + 1;
    }
  }
}
