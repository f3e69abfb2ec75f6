package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIndexTest {
  @Test
  void positionsOfMembersAndMinusOneElsewhere() {
    IntIndex index = new IntIndex(new int[] {0, 7, 1 << 23, (1 << 24) - 1});
    assertEquals(0, index.indexOf(0));
    assertEquals(1, index.indexOf(7));
    assertEquals(2, index.indexOf(1 << 23));
    assertEquals(3, index.indexOf((1 << 24) - 1));
    assertEquals(-1, index.indexOf(1));
    assertEquals(-1, index.indexOf(6));
    assertEquals(-1, index.indexOf(1 << 24));
    assertFalse(index.isEmpty());
  }

  @Test
  void agreesWithBinarySearchOnRandomSets() {
    Random random = new Random(11);
    for (int round = 0; round < 20; round++) {
      int[] set =
          random.ints(random.nextInt(5000), 0, Dedup.NUM_FEATURES).sorted().distinct().toArray();
      IntIndex index = new IntIndex(set);
      for (int probe = 0; probe < 20_000; probe++) {
        // half the probes are members, half random values
        int x = probe % 2 == 0 && set.length > 0
            ? set[random.nextInt(set.length)]
            : random.nextInt(Dedup.NUM_FEATURES);
        int expected = Arrays.binarySearch(set, x);
        assertEquals(expected < 0 ? -1 : expected, index.indexOf(x), "value " + x);
      }
    }
  }

  @Test
  void emptySetHasNoMembers() {
    IntIndex index = new IntIndex(new int[0]);
    assertTrue(index.isEmpty());
    assertEquals(-1, index.indexOf(0));
  }

  @Test
  void refusesUnsortedInput() {
    assertThrows(IllegalArgumentException.class, () -> new IntIndex(new int[] {3, 1}));
    assertThrows(IllegalArgumentException.class, () -> new IntIndex(new int[] {1, 1}));
  }
}
