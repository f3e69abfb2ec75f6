package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.SparkTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link ExactWeight} against Spark's own decimal(38,18) cast and sum, the route it replaces. */
class ExactWeightTest extends SparkTestBase {
  /** The type the pair weights were summed in before: exact, so independent of row order. */
  private static final org.apache.spark.sql.types.DecimalType EXACT_SUM =
      DataTypes.createDecimalType(38, 18);

  @Test
  void eachTermIsSparksDecimalOfTheDouble() {
    for (Row r :
        spark
            .range(2, 401)
            .select(
                col("id"),
                lit(1.0).divide(col("id").minus(1)).cast(EXACT_SUM).as("term"))
            .collectAsList()) {
      int k = (int) r.getLong(0);
      assertEquals(
          r.getDecimal(1).unscaledValue().longValueExact(), ExactWeight.unitsOf(k), "k = " + k);
    }
    assertEquals(1_000_000_000_000_000_000L, ExactWeight.unitsOf(2));
    // the double 1.0 / 3 prints as 0.3333333333333333 (16 threes): that decimal, not 1/3's
    assertEquals(333_333_333_333_333_300L, ExactWeight.unitsOf(4));
    assertEquals(0L, ExactWeight.unitsOf(1));
  }

  /**
   * 60 groups of up to 3,000 terms each (k from 2 to 300, many groups far past the nine terms a
   * single long could hold): the halves' sums give Spark's exact decimal sum, and the same
   * double.
   */
  @Test
  void summedHalvesEqualSparksDecimalSum() {
    Random random = new Random(20261129L);
    List<Row> terms = new ArrayList<>();
    long[][] halves = new long[60][2];
    for (int g = 0; g < halves.length; g++) {
      int n = 1 + random.nextInt(3_000);
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(4) == 0 ? 2 : 2 + random.nextInt(299);
        terms.add(RowFactory.create(g, k));
        long units = ExactWeight.unitsOf(k);
        halves[g][0] += ExactWeight.high(units);
        halves[g][1] += ExactWeight.low(units);
      }
    }
    StructType schema =
        new StructType()
            .add("g", DataTypes.IntegerType, false)
            .add("k", DataTypes.IntegerType, false);
    List<Row> sums =
        spark
            .createDataFrame(terms, schema)
            .groupBy("g")
            .agg(
                sum(lit(1.0).divide(col("k").minus(1)).cast(EXACT_SUM)).as("exact"))
            .select(col("g"), col("exact"), col("exact").cast("double"))
            .orderBy("g")
            .collectAsList();
    assertEquals(halves.length, sums.size());
    for (Row r : sums) {
      int g = r.getInt(0);
      BigDecimal exact = ExactWeight.sum(halves[g][0], halves[g][1]);
      assertEquals(0, r.getDecimal(1).compareTo(exact), "group " + g);
      assertEquals(r.getDouble(2), ExactWeight.toDouble(halves[g][0], halves[g][1]), "group " + g);
    }
  }
}
