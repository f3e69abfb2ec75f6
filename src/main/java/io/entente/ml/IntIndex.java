package io.entente.ml;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The position of each member of a sorted set of non-negative ints, by open addressing in a table
 * a few times the set's size: one or two probes per lookup, where a binary search over a few
 * thousand boilerplate shingles costs a dozen cache misses per shingle of every article.
 */
final class IntIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int EMPTY = -1;

  private final int[] keys;
  private final int[] positions;
  private final int mask;
  private final int shift;
  private final int size;

  /** @param sorted distinct non-negative ints in ascending order */
  IntIndex(int[] sorted) {
    int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 4 - 1)) << 1;
    size = sorted.length;
    keys = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < sorted.length; i++) {
      int x = sorted[i];
      if (x < 0 || (i > 0 && x <= sorted[i - 1])) {
        throw new IllegalArgumentException("not sorted distinct non-negative ints at " + i);
      }
      int slot = slot(x);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = x;
      positions[slot] = i;
    }
  }

  /** True when the set has no members. */
  boolean isEmpty() {
    return size == 0;
  }

  /** The position of {@code x} in the sorted set, or -1 when it is not a member. */
  int indexOf(int x) {
    int slot = slot(x);
    while (true) {
      int k = keys[slot];
      if (k == x) {
        return positions[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(int x) {
    // Fibonacci hashing: the top bits of the product, as many as the table has slot bits
    return (x * 0x9E3779B9) >>> shift;
  }
}
