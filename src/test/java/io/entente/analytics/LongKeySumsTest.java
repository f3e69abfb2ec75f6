package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LongKeySumsTest {

  /** Everything held, read back slot by slot. */
  private static Map<Long, long[]> contents(LongKeySums sums, int width) {
    Map<Long, long[]> out = new TreeMap<>();
    for (int s = 0; s < sums.capacity(); s++) {
      if (sums.keyAt(s) >= 0) {
        long[] v = new long[width];
        for (int i = 0; i < width; i++) {
          v[i] = sums.sum(s * width, i);
        }
        out.put(sums.keyAt(s), v);
      }
    }
    return out;
  }

  /**
   * 200,000 additions over 20,000 keys (sequential ones, and large ones whose low bits agree),
   * from 16 slots: the map grows eleven times and every key's sums equal a HashMap's recount.
   */
  @Test
  void sumsEqualAPlainRecountThroughManyGrowths() {
    Random random = new Random(20261129L);
    long[] keys = new long[20_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 2 == 0 ? i : ((long) random.nextInt(1 << 20) << 40);
    }
    LongKeySums sums = new LongKeySums(3, 16);
    Map<Long, long[]> want = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long key = keys[random.nextInt(keys.length)];
      long d = random.nextInt(7);
      int at = sums.at(key);
      sums.add(at, 0, 1);
      sums.add(at, 1, d);
      sums.add(at, 2, d * d);
      long[] w = want.computeIfAbsent(key, k -> new long[3]);
      w[0] += 1;
      w[1] += d;
      w[2] += d * d;
    }
    Map<Long, long[]> got = contents(sums, 3);
    assertEquals(want.size(), sums.size());
    assertEquals(want.keySet(), got.keySet());
    for (Map.Entry<Long, long[]> e : want.entrySet()) {
      assertArrayEquals(e.getValue(), got.get(e.getKey()), "sums of key " + e.getKey());
    }
    // at most half full: the smallest power of two at least twice the keys held
    assertEquals(Integer.highestOneBit(2 * want.size() - 1) << 1, sums.capacity());
  }

  @Test
  void clearForgetsKeysAndSumsButKeepsTheArrays() {
    LongKeySums sums = new LongKeySums(2, 16);
    for (long k = 0; k < 100; k++) {
      sums.add(sums.at(k), 1, 5);
    }
    int capacity = sums.capacity();
    sums.clear();
    assertEquals(0, sums.size());
    assertEquals(capacity, sums.capacity());
    assertEquals(Map.of(), contents(sums, 2));
    int at = sums.at(7L);
    assertEquals(0L, sums.sum(at, 0));
    assertEquals(0L, sums.sum(at, 1));
    assertEquals(1, sums.size());
  }

  @Test
  void negativeKeysAndZeroWidthAreRefused() {
    LongKeySums sums = new LongKeySums(1, 16);
    assertThrows(IllegalArgumentException.class, () -> sums.at(-1L));
    assertThrows(IllegalArgumentException.class, () -> new LongKeySums(0, 16));
  }
}
