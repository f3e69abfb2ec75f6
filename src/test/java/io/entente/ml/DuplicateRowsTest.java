package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class DuplicateRowsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  private static Row in(String group, String id, boolean rep, String text) {
    return RowFactory.create(group, id, "wire", DAY, rep, text);
  }

  private static List<String> walk(List<Row> rows) {
    List<String> out = new ArrayList<>();
    Iterator<Row> it = new DuplicateRows(5).call(rows.iterator());
    while (it.hasNext()) {
      Row r = it.next();
      assertEquals(6, r.size());
      assertEquals("wire", r.get(2));
      assertEquals(DAY, r.get(3));
      out.add(r.getString(0) + " " + r.getString(1) + " " + r.getDouble(4) + " " + r.get(5));
    }
    return out;
  }

  @Test
  void eachMemberOfAGroupOfTwoOrMoreGetsItsJaccardToTheRepresentative() {
    // five-word shingles: six words are two shingles, their first five words one of them (1/2);
    // no shared word, nothing in common (0); the representative against itself 1
    String six = "the council adopted the resolution today";
    List<Row> rows =
        List.of(
            in("g1", "g1", true, six),
            in("g1", "copy", false, "the council adopted the resolution"),
            in("g1", "other", false, "ministers met in geneva on monday"),
            in("lone", "lone", true, six),
            in("g2", "g2", true, "a b"),
            in("g2", "g2-copy", false, "c d"));
    assertEquals(
        List.of(
            "g1 g1 1.0 true",
            "g1 copy 0.5 false",
            "g1 other 0.0 false",
            // texts shorter than one shingle have empty sets, whose Jaccard is taken as 1
            "g2 g2 1.0 true",
            "g2 g2-copy 1.0 false"),
        walk(rows));
  }

  @Test
  void aPartitionWithoutGroupsOfTwoGivesNothing() {
    assertTrue(walk(List.of()).isEmpty());
    assertTrue(walk(List.of(in("a", "a", true, "x"), in("b", "b", true, "y"))).isEmpty());
  }

  @Test
  void aGroupWhoseRepresentativeIsNotFirstIsAnError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> walk(List.of(in("g", "c", false, "x"), in("g", "g", true, "x"))));
    assertTrue(e.getMessage().contains("story group g"), e.getMessage());
  }
}
