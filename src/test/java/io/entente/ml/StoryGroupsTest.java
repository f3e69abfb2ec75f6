package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class StoryGroupsTest {
  private static Map<String, String> groups(StoryGroups g) {
    Map<String, String> out = new TreeMap<>();
    for (String[] p : g.representatives()) {
      assertEquals(null, out.put(p[0], p[1]), "one row per vertex: " + p[0]);
    }
    return out;
  }

  @Test
  void eachComponentIsRepresentedByItsEarliestArticle() {
    StoryGroups g = new StoryGroups();
    // a chain c1 - c2 - c3 whose earliest article is at its far end
    g.link("c1", 20, "c2", 15);
    g.link("c2", 15, "c3", 10);
    // a star around s0, the earliest at a leaf; the repeated edge changes nothing
    g.link("s0", 5, "s1", 6);
    g.link("s0", 5, "s2", 3);
    g.link("s0", 5, "s3", 9);
    g.link("s2", 3, "s0", 5);
    // two components joined by a late edge
    g.link("p1", 100, "p2", 101);
    g.link("q1", 99, "q2", 102);
    g.link("p2", 101, "q2", 102);
    Map<String, String> expected = new TreeMap<>();
    for (String v : List.of("c1", "c2", "c3")) {
      expected.put(v, "c3");
    }
    for (String v : List.of("s0", "s1", "s2", "s3")) {
      expected.put(v, "s2");
    }
    for (String v : List.of("p1", "p2", "q1", "q2")) {
      expected.put(v, "q1");
    }
    assertEquals(expected, groups(g));
    assertEquals(11, g.representatives().size());
  }

  @Test
  void aDayTieGoesToTheSmallestIdInSparksOrderAndAMissingDayComesFirst() {
    // U+FB01 is below U+1F600 as a code point (and in UTF-8), above it in UTF-16 units
    String ligature = "\uFB01";
    String emoji = "\uD83D\uDE00";
    assertTrue(emoji.compareTo(ligature) < 0);
    assertTrue(StoryGroups.compareIds(ligature, emoji) < 0);
    StoryGroups g = new StoryGroups();
    g.link(emoji, 7, ligature, 7);
    g.link("m", 1, "n", StoryGroups.NO_DAY);
    Map<String, String> expected = new TreeMap<>();
    expected.put(emoji, ligature);
    expected.put(ligature, ligature);
    expected.put("m", "n");
    expected.put("n", "n");
    assertEquals(expected, groups(g));
  }

  @Test
  void agreesWithABreadthFirstSearchOnRandomGraphsWhateverTheEdgeOrder() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(60);
      List<String> ids = new ArrayList<>();
      Map<String, Long> day = new HashMap<>();
      for (int i = 0; i < n; i++) {
        // short ids from a few letters (ties in day are common), and now and then a character
        // whose UTF-16 and code point orders differ
        String id =
            random.nextInt(8) == 0
                ? (random.nextBoolean() ? "\uD83D\uDE00" : "\uFB01") + i
                : Integer.toString(i, 3);
        ids.add(id);
        day.put(id, random.nextInt(10) == 0 ? StoryGroups.NO_DAY : (long) random.nextInt(4));
      }
      List<String[]> edges = new ArrayList<>();
      int m = random.nextInt(2 * n);
      for (int e = 0; e < m; e++) {
        edges.add(new String[] {ids.get(random.nextInt(n)), ids.get(random.nextInt(n))});
      }
      Map<String, String> expected = breadthFirst(edges, day);
      for (int order = 0; order < 3; order++) {
        Collections.shuffle(edges, random);
        StoryGroups g = new StoryGroups();
        for (String[] e : edges) {
          g.link(e[0], day.get(e[0]), e[1], day.get(e[1]));
        }
        assertEquals(expected, groups(g), "round " + round + ", order " + order);
      }
    }
  }

  @Test
  void theTaskReadsDaysAsIntsOrNullAndEmitsOneRowPerVertex() {
    List<Row> edges =
        List.of(
            RowFactory.create("b", 19000, "a", 19001),
            RowFactory.create("c", null, "b", 19000),
            RowFactory.create("x", 5, "y", 5));
    Map<String, String> got = new TreeMap<>();
    Iterator<Row> out = new StoryGroups.Task().call(edges.iterator());
    while (out.hasNext()) {
      Row r = out.next();
      assertEquals(2, r.size());
      assertEquals(null, got.put(r.getString(0), r.getString(1)));
    }
    assertEquals(
        Map.of("a", "c", "b", "c", "c", "c", "x", "x", "y", "x"), got);
    assertFalse(new StoryGroups.Task().call(Collections.emptyIterator()).hasNext());
  }

  /** The components by breadth-first search, each represented by its least (day, id). */
  private static Map<String, String> breadthFirst(List<String[]> edges, Map<String, Long> day) {
    Map<String, Set<String>> adjacent = new HashMap<>();
    for (String[] e : edges) {
      adjacent.computeIfAbsent(e[0], k -> new HashSet<>()).add(e[1]);
      adjacent.computeIfAbsent(e[1], k -> new HashSet<>()).add(e[0]);
    }
    Map<String, String> out = new TreeMap<>();
    for (String start : adjacent.keySet()) {
      if (out.containsKey(start)) {
        continue;
      }
      List<String> component = new ArrayList<>();
      Deque<String> queue = new ArrayDeque<>(List.of(start));
      Set<String> seen = new HashSet<>(List.of(start));
      while (!queue.isEmpty()) {
        String v = queue.poll();
        component.add(v);
        for (String w : adjacent.get(v)) {
          if (seen.add(w)) {
            queue.add(w);
          }
        }
      }
      String best = component.get(0);
      for (String v : component) {
        int byDay = Long.compare(day.get(v), day.get(best));
        if (byDay < 0 || (byDay == 0 && compareCodePoints(v, best) < 0)) {
          best = v;
        }
      }
      for (String v : component) {
        out.put(v, best);
      }
    }
    return out;
  }

  /** Lexicographic order of the code points, written apart from the class under test. */
  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
