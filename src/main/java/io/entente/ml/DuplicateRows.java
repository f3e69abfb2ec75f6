package io.entente.ml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows of the {@code duplicates} table ({@link Dedup#DUPLICATES}) from one partition of
 * articles with their story group: (dup_group, id, source, date, is_representative, text), sorted
 * by group with the group's representative first. Each group of two or more gives one row per
 * member with the Jaccard similarity of its shingles to the representative's (1.0 for the
 * representative itself); a group of one gives nothing. Only one group's rows, without their
 * texts, are held at a time.
 */
final class DuplicateRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final int shingleSize;

  DuplicateRows(int shingleSize) {
    this.shingleSize = shingleSize;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Walk(input);
  }

  private final class Walk implements Iterator<Row> {
    private final Iterator<Row> input;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private Row next;

    Walk(Iterator<Row> input) {
      this.input = input;
      this.next = input.hasNext() ? input.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && next != null) {
        group();
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    /** Reads the group that starts at {@code next}; queues its rows if it has two or more. */
    private void group() {
      Row rep = next;
      String group = rep.getString(0);
      if (!rep.getBoolean(4)) {
        throw new IllegalStateException(
            "duplicates: story group " + group + " reached its rows without its representative");
      }
      int[] repShingles = Dedup.shingles(rep.getString(5), shingleSize);
      List<Row> rows = new ArrayList<>();
      do {
        Row r = next;
        double similarity =
            Dedup.jaccard(repShingles, Dedup.shingles(r.getString(5), shingleSize));
        rows.add(
            RowFactory.create(
                group, r.getString(1), r.get(2), r.get(3), similarity, r.getBoolean(4)));
        next = input.hasNext() ? input.next() : null;
      } while (next != null && Objects.equals(next.getString(0), group));
      if (rows.size() > 1) {
        ready.addAll(rows);
      }
    }
  }
}
