package io.entente.analytics;

import java.util.Arrays;

/**
 * Sums per non-negative long key, {@code width} longs per key, in two primitive arrays (open
 * addressing, linear probing): the aggregate a task builds over its facts with no object per fact
 * or per key. Grows when half full.
 */
final class LongKeySums {
  private static final long EMPTY = -1L;

  private final int width;
  private long[] keys;
  private long[] sums;
  private int mask;
  private int size;

  /** @param width number of sums per key */
  LongKeySums(int width, int initialCapacity) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, got " + width);
    }
    this.width = width;
    allocate(Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1);
  }

  /**
   * Where {@code key}'s sums start, for {@link #add} and {@link #sum}; the key is inserted with
   * zero sums if new. Valid until the next insertion (which may grow the arrays).
   */
  int at(long key) {
    if (key < 0) {
      throw new IllegalArgumentException("keys must be non-negative, got " + key);
    }
    int slot = slot(key);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return slot * width;
      }
      slot = (slot + 1) & mask;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
      slot = slot(key);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
    }
    keys[slot] = key;
    size++;
    return slot * width;
  }

  /** Adds {@code delta} to sum {@code i} of the key whose sums start at {@code at}. */
  void add(int at, int i, long delta) {
    sums[at + i] += delta;
  }

  /** Sum {@code i} of the key whose sums start at {@code at} (a slot's start is slot x width). */
  long sum(int at, int i) {
    return sums[at + i];
  }

  /** Number of keys held. */
  int size() {
    return size;
  }

  /** Slots (keys held or free): {@link #keyAt} of a free slot is negative. */
  int capacity() {
    return keys.length;
  }

  /** The key in slot {@code slot}, negative when free; its sums start at slot x width. */
  long keyAt(int slot) {
    return keys[slot];
  }

  /** Forgets every key, keeping the arrays. */
  void clear() {
    Arrays.fill(keys, EMPTY);
    Arrays.fill(sums, 0L);
    size = 0;
  }

  private int slot(long key) {
    // Stafford's mix 13 (as in SplitMix64): consecutive keys land far apart
    long h = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return (int) (h ^ (h >>> 31)) & mask;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    sums = new long[capacity * width];
    mask = capacity - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldSums = sums;
    allocate(oldKeys.length * 2);
    for (int s = 0; s < oldKeys.length; s++) {
      long key = oldKeys[s];
      if (key != EMPTY) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        System.arraycopy(oldSums, s * width, sums, slot * width, width);
      }
    }
  }
}
