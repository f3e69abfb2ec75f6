package io.entente.job;

import io.entente.SparkTestBase;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class PipelineLookupsTest extends SparkTestBase {
  private static final StructType SALIENCE =
      new StructType().add("code", DataTypes.StringType).add("salience", DataTypes.DoubleType);

  @Test
  void basketKeepsTheMostSalientCountriesWithTiesBrokenByCode() {
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "a",
                    new Row[] {
                      RowFactory.create("RUS", 0.1),
                      RowFactory.create("KAZ", 0.9),
                      RowFactory.create("GBR", 0.5),
                      RowFactory.create("CHN", 0.5)
                    })),
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add("country_salience", DataTypes.createArrayType(SALIENCE)));
    // by salience: KAZ 0.9, then CHN and GBR tied at 0.5 (CHN first by code), then RUS 0.1
    assertRows(
        EntentePipeline.basketsOfSalientCountries(in, 2),
        new String[] {"article_id", "countries"},
        new Object[] {"a", List.of("CHN", "KAZ")});
    assertRows(
        EntentePipeline.basketsOfSalientCountries(in, 3),
        new String[] {"article_id", "countries"},
        new Object[] {"a", List.of("CHN", "GBR", "KAZ")});
  }

  @Test
  void regionsTableListsEachMemberWithTheBlocName() {
    assertRows(
        EntentePipeline.regionsTable(
            spark, java.util.Map.of("CENTRAL_ASIA", List.of("KAZ", "UZB"))),
        new String[] {"region", "region_name", "country"},
        new Object[] {"CENTRAL_ASIA", "Central Asia", "KAZ"},
        new Object[] {"CENTRAL_ASIA", "Central Asia", "UZB"});
  }
}
