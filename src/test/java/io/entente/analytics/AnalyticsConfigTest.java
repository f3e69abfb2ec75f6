package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

class AnalyticsConfigTest {
  // the job reads its configuration with this mapper (snake_case keys)
  private static final ObjectMapper MAPPER = io.entente.config.ConfigLoader.mapper();

  @Test
  void missingKeysTakeTheDefaults() throws Exception {
    AnalyticsConfig c = MAPPER.readValue("{\"z_window\": 6}", AnalyticsConfig.class);
    assertEquals(new AnalyticsConfig(3, 6, 2.0, 2, "all", 3), c);
  }

  @Test
  void unknownKeysAreRejected() {
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> MAPPER.readValue("{\"rolling_windo\": 6}", AnalyticsConfig.class));
  }

  @Test
  void anInvalidValueFailsNamingTheField() {
    ValueInstantiationException e =
        assertThrows(
            ValueInstantiationException.class,
            () -> MAPPER.readValue("{\"pair_roles\": \"place\"}", AnalyticsConfig.class));
    assertTrue(e.getMessage().contains("analytics.pair_roles must be all|actor, got place"), e.getMessage());
  }

  @Test
  void theConfigSurvivesAJsonRoundTripForTheManifest() throws Exception {
    AnalyticsConfig c = new AnalyticsConfig(4, 8, 2.5, 3, "actor", 5);
    String json = MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(c);
    assertEquals(
        "{\"rolling_window\":4,\"z_window\":8,\"spike_threshold\":2.5,\"min_pair_support\":3,"
            + "\"pair_roles\":\"actor\",\"top_topics\":5}",
        json);
    assertEquals(c, MAPPER.readValue(json, AnalyticsConfig.class));
  }
}
