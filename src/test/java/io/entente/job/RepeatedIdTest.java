package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.config.EntenteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record whose id an earlier record already took is rejected (reason duplicate_id, with its
 * line), the first one is kept with its own text, and read = accepted + rejected.
 */
class RepeatedIdTest extends SparkTestBase {
  @TempDir Path work;

  @Test
  void laterRecordWithATakenIdIsRejectedAndTheFirstIsKept() throws Exception {
    Path in = work.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("news.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"x1\", \"date\": \"2025-03-01\", \"title\": \"First\", \"text\":"
                + " \"Kazakhstan and Uzbekistan signed a water agreement on Monday.\"}",
            "{\"id\": \"y1\", \"date\": \"2025-03-02\", \"title\": \"Other\", \"text\":"
                + " \"Mongolia held talks with Japan about mining investment.\"}",
            "{\"id\": \"x1\", \"date\": \"2025-03-03\", \"title\": \"Second\", \"text\":"
                + " \"Brazil and Argentina met to discuss beef exports.\"}")
            + "\n");
    Path out = work.resolve("out");
    EntentePipeline.Result result =
        EntentePipeline.run(
            spark,
            new EntentePipeline.Options(
                List.of(in.toString()),
                out.toString(),
                Granularity.MONTH,
                null,
                null,
                EntenteConfig.defaults(),
                null));
    // 1 of 3 rejected is above the 5% gate: the run says so, and still publishes its tables
    assertTrue(result.isRejectRateExceeded());

    assertRows(
        spark.read().parquet(out.resolve("articles").toString()),
        new String[] {"article_id", "title", "countries"},
        new Object[] {"x1", "First", List.of("KAZ", "UZB")},
        new Object[] {"y1", "Other", List.of("JPN", "MNG")});
    assertRows(
        spark.read().parquet(out.resolve("rejects").toString()),
        new String[] {"record_offset", "reason", "raw_snippet"},
        new Object[] {3L, "duplicate_id", "Second"});

    JsonNode counts =
        new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).get("counts");
    assertEquals(3, counts.get("read").asLong());
    assertEquals(2, counts.get("accepted").asLong());
    assertEquals(1, counts.get("rejected").asLong());
    assertEquals(1, counts.get("duplicate_ids").asLong());
  }
}
