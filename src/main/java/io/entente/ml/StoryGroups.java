package io.entente.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Closes the kept near-duplicate pairs into story groups: the connected components of the pair
 * graph, each with its representative, the earliest article (smallest id on a date tie).
 *
 * <p>A union-find over the pairs, in one pass. Only articles that have a near duplicate are in a
 * pair, so the graph is a small share of the corpus (50,248 copies among a million synthetic
 * articles); {@link Dedup} brings its edges to one task, which holds an id, a day and two ints per
 * vertex (about 100 bytes). The result does not depend on the order the edges arrive in: a
 * component is a set, and its representative the minimum of a total order on its members.
 *
 * <p>The order is Spark's: days as numbers with a null day first (the order of {@code min} over a
 * struct of date and id), ids by their UTF-8 bytes, which is their code point order and differs
 * from Java's {@code String.compareTo} (UTF-16 units) once an id holds a character beyond the
 * Basic Multilingual Plane.
 */
final class StoryGroups {
  /** A missing day: before every day, as a null date sorts first in Spark's ascending order. */
  static final long NO_DAY = Long.MIN_VALUE;

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private long[] days = new long[16];
  private int[] parent = new int[16];
  private int[] size = new int[16];

  /** Records that {@code a} (on day {@code dayA}) and {@code b} are near duplicates. */
  void link(String a, long dayA, String b, long dayB) {
    int x = find(vertex(a, dayA));
    int y = find(vertex(b, dayB));
    if (x == y) {
      return;
    }
    // union by size keeps the trees shallow
    if (size[x] < size[y]) {
      int t = x;
      x = y;
      y = t;
    }
    parent[y] = x;
    size[x] += size[y];
  }

  /** Each vertex's id and its group's representative, in the order the vertices were first seen. */
  List<String[]> representatives() {
    int n = ids.size();
    int[] best = new int[n];
    Arrays.fill(best, -1);
    for (int v = 0; v < n; v++) {
      int root = find(v);
      if (best[root] < 0 || before(v, best[root])) {
        best[root] = v;
      }
    }
    List<String[]> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      out.add(new String[] {ids.get(v), ids.get(best[find(v)])});
    }
    return out;
  }

  private boolean before(int v, int w) {
    if (days[v] != days[w]) {
      return days[v] < days[w];
    }
    return compareIds(ids.get(v), ids.get(w)) < 0;
  }

  /** Spark's order of strings: by UTF-8 bytes, unsigned (that is, by code points). */
  static int compareIds(String a, String b) {
    return UTF8String.fromString(a).binaryCompare(UTF8String.fromString(b));
  }

  private int vertex(String id, long day) {
    Integer known = index.get(id);
    if (known != null) {
      return known;
    }
    int v = ids.size();
    if (v == parent.length) {
      int grown = v * 2;
      days = Arrays.copyOf(days, grown);
      parent = Arrays.copyOf(parent, grown);
      size = Arrays.copyOf(size, grown);
    }
    index.put(id, v);
    ids.add(id);
    days[v] = day;
    parent[v] = v;
    size[v] = 1;
    return v;
  }

  private int find(int v) {
    int root = v;
    while (parent[root] != root) {
      root = parent[root];
    }
    // path compression
    while (parent[v] != root) {
      int next = parent[v];
      parent[v] = root;
      v = next;
    }
    return root;
  }

  /**
   * The one task's work: rows (id_a, day_a, id_b, day_b) in, with the days as ints (days since
   * 1970-01-01, null when the date is), and (vertex, representative) out for every id in a pair.
   */
  static final class Task implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> edges) {
      StoryGroups groups = new StoryGroups();
      while (edges.hasNext()) {
        Row e = edges.next();
        groups.link(e.getString(0), day(e, 1), e.getString(2), day(e, 3));
      }
      return groups.representatives().stream()
          .map(p -> RowFactory.create(p[0], p[1]))
          .iterator();
    }

    private static long day(Row r, int i) {
      return r.isNullAt(i) ? NO_DAY : r.getInt(i);
    }
  }
}
