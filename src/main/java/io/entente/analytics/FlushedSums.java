package io.entente.analytics;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Counts a task's rows by key in primitive arrays ({@link LongKeySums}) and hands the counts on as
 * (key, sum 0, sum 1, ...) rows whenever {@code flushAt} keys are held, and at the end: a key may
 * leave a task more than once, and the sum after the shuffle adds its rows up. Bounds a task's
 * memory (some MB of arrays) whatever the size of its partition. Subclasses say what one row adds.
 *
 * @param <T> the rows counted: {@link Row} from a Dataset, or Spark's internal rows from an RDD
 */
abstract class FlushedSums<T>
    implements MapPartitionsFunction<T, Row>, FlatMapFunction<Iterator<T>, Row> {
  private static final long serialVersionUID = 1L;
  private final int width;
  private final int flushAt;

  /**
   * @param width sums per key
   * @param flushAt keys held before they are handed on
   */
  FlushedSums(int width, int flushAt) {
    this.width = width;
    this.flushAt = flushAt;
  }

  /** Adds one row's counts. */
  abstract void count(T row, LongKeySums sums);

  /** Called once per task before its first row. */
  void open() {}

  @Override
  public Iterator<Row> call(Iterator<T> rows) {
    open();
    LongKeySums sums = new LongKeySums(width, 1 << 12);
    return new Iterator<>() {
      private boolean draining;
      private int slot;

      @Override
      public boolean hasNext() {
        while (true) {
          if (draining) {
            while (slot < sums.capacity() && sums.keyAt(slot) < 0) {
              slot++;
            }
            if (slot < sums.capacity()) {
              return true;
            }
            sums.clear();
            draining = false;
          }
          while (rows.hasNext() && sums.size() < flushAt) {
            count(rows.next(), sums);
          }
          if (sums.size() == 0) {
            return false;
          }
          draining = true;
          slot = 0;
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Object[] values = new Object[width + 1];
        values[0] = sums.keyAt(slot);
        for (int i = 0; i < width; i++) {
          values[i + 1] = sums.sum(slot * width, i);
        }
        slot++;
        return RowFactory.create(values);
      }
    };
  }
}
