package io.entente.analytics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A pair's weight summed exactly in longs. A representative article with k countries gives each
 * of its pairs 1/(k - 1), taken to 18 decimal places as Spark's cast of the double 1.0 / (k - 1)
 * to decimal(38,18) takes it: a whole number of units of 1e-18, below 10^18. Nine such terms
 * could overflow a long, so each is split into its high and low 30 bits, which are summed apart
 * (2^33 terms before either sum overflows); the two sums give the exact total, turned once into
 * the nearest double. A sum of doubles would depend on the order the facts arrive in; this one,
 * like a decimal sum, does not, and costs a long addition per fact.
 */
final class ExactWeight {
  private ExactWeight() {}

  static final int SCALE = 18;
  static final int LOW_BITS = 30;
  private static final long[] UNITS = new long[257];

  static {
    for (int k = 2; k < UNITS.length; k++) {
      UNITS[k] = compute(k);
    }
  }

  /** 1/(k - 1) in units of 1e-18, rounded half up; 0 for fewer than two countries. */
  static long unitsOf(int k) {
    if (k < 2) {
      return 0L;
    }
    return k < UNITS.length ? UNITS[k] : compute(k);
  }

  private static long compute(int k) {
    // the decimal of the double's shortest representation, as Spark casts a double to decimal
    return new BigDecimal(Double.toString(1.0 / (k - 1)))
        .setScale(SCALE, RoundingMode.HALF_UP)
        .unscaledValue()
        .longValueExact();
  }

  static long high(long units) {
    return units >>> LOW_BITS;
  }

  static long low(long units) {
    return units & ((1L << LOW_BITS) - 1);
  }

  /** The exact sum of the terms whose halves summed to {@code high} and {@code low}. */
  static BigDecimal sum(long high, long low) {
    return new BigDecimal(
        BigInteger.valueOf(high).shiftLeft(LOW_BITS).add(BigInteger.valueOf(low)), SCALE);
  }

  /** {@link #sum} as the nearest double. */
  static double toDouble(long high, long low) {
    return sum(high, low).doubleValue();
  }
}
