package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

class AnalyticsConfigTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void missingKeysTakeTheDefaults() throws Exception {
    AnalyticsConfig c = MAPPER.readValue("{\"zWindow\": 6}", AnalyticsConfig.class);
    assertEquals(new AnalyticsConfig(3, 6, 2.0, 2, "all", 3), c);
  }

  @Test
  void unknownKeysAreRejected() {
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> MAPPER.readValue("{\"rollingWindo\": 6}", AnalyticsConfig.class));
  }

  @Test
  void anInvalidValueFailsNamingTheField() {
    ValueInstantiationException e =
        assertThrows(
            ValueInstantiationException.class,
            () -> MAPPER.readValue("{\"pairRoles\": \"place\"}", AnalyticsConfig.class));
    assertTrue(e.getMessage().contains("pairRoles must be all|actor, got place"), e.getMessage());
  }
}
