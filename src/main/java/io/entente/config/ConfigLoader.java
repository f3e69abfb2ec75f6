package io.entente.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the job configuration: the user's JSON file is laid over the defaults, so a file only
 * names what it changes. Keys are snake_case; an unknown key fails with its full path, and each
 * section validates its values in its record's compact constructor.
 */
public final class ConfigLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ConfigLoader() {}

  /** The shared mapper for configuration and manifests (snake_case, strict). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The defaults, with paths in the file resolved against the file's folder. */
  public static EntenteConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("--config: cannot read " + file + ": " + e.getMessage());
    }
    EntenteConfig config = fromJson(text, "--config " + file);
    return config.resolvedAgainst(file.toAbsolutePath().getParent());
  }

  /** Parses a configuration from JSON text laid over the defaults. */
  public static EntenteConfig fromJson(String json, String origin) {
    try {
      JsonNode user = MAPPER.readTree(json);
      if (!(user instanceof ObjectNode userObject)) {
        throw new IllegalArgumentException(origin + ": the configuration must be a JSON object");
      }
      ObjectNode merged = (ObjectNode) MAPPER.valueToTree(EntenteConfig.defaults());
      overlay(merged, userObject, "");
      return MAPPER.treeToValue(merged, EntenteConfig.class);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (IOException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      throw new IllegalArgumentException(origin + ": " + firstLine(cause.getMessage()), e);
    }
  }

  /** Canonical JSON of a configuration (sorted keys), for the manifest and the config hash. */
  public static String toJson(EntenteConfig config) {
    try {
      return MAPPER.writeValueAsString(config);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the configuration", e);
    }
  }

  private static void overlay(ObjectNode base, ObjectNode user, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      String fullKey = path.isEmpty() ? key : path + "." + key;
      if (!base.has(key)) {
        throw new IllegalArgumentException("unknown configuration key '" + fullKey + "'");
      }
      JsonNode current = base.get(key);
      if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode o) {
        overlay(currentObject, o, fullKey);
      } else {
        base.set(key, field.getValue());
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid configuration";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
