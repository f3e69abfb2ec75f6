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
  void everyArticleGetsItsStoryGroupWhetherTheCopiesAreBroadcastOrShuffled() {
    Dataset<Row> extracted =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a", 1),
                RowFactory.create("b", 2),
                RowFactory.create("c", 3),
                RowFactory.create("d", 4)),
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add("sentences", DataTypes.IntegerType));
    // b and c are copies of a; d is alone (its own group, as assignGroups writes it)
    Dataset<Row> groups =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a", "a", true, "AP"),
                RowFactory.create("b", "a", false, "AFP"),
                RowFactory.create("c", "a", false, null),
                RowFactory.create("d", "d", true, "AP")),
            new StructType()
                .add("id", DataTypes.StringType)
                .add("dup_group", DataTypes.StringType)
                .add("is_representative", DataTypes.BooleanType)
                .add("source", DataTypes.StringType));
    String[] columns = {"article_id", "sentences", "dup_group", "is_representative"};
    Object[][] expected = {
      {"a", 1, "a", true}, {"b", 2, "a", false}, {"c", 3, "a", false}, {"d", 4, "d", true}
    };
    // 2 copies: broadcast with a limit of 2, shuffled with a limit of 1
    assertRows(EntentePipeline.withGroups(extracted, groups, 2), columns, expected);
    assertRows(EntentePipeline.withGroups(extracted, groups, 1), columns, expected);
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
