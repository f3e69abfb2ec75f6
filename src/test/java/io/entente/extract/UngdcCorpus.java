package io.entente.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * What the hand-review helpers over the UN General Debate corpus share (test scope, not a test):
 * reading the JSON-lines .gz file given by path, and a seeded sample per category.
 */
public final class UngdcCorpus {
  private UngdcCorpus() {}

  /** Calls {@code action} with each speech's id and text, in file order. */
  public static void forEachSpeech(String corpus, BiConsumer<String, String> action)
      throws IOException {
    ObjectMapper om = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new FileInputStream(corpus), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = om.readTree(line);
        action.accept(n.get("id").asText(), n.get("text").asText());
      }
    }
  }

  /**
   * A fixed-size uniform sample per key (reservoir sampling with one generator for all keys, so
   * a seed and the order of the offers fix every sample).
   */
  public static final class Reservoir {
    private final int per;
    private final Random random;
    private final Map<String, List<String>> samples = new TreeMap<>();
    private final Map<String, Long> seen = new TreeMap<>();

    public Reservoir(int per, long seed) {
      this.per = per;
      this.random = new Random(seed);
    }

    public void offer(String key, String row) {
      long count = seen.merge(key, 1L, Long::sum);
      List<String> rows = samples.computeIfAbsent(key, k -> new ArrayList<>());
      if (rows.size() < per) {
        rows.add(row);
        return;
      }
      long slot = (long) (random.nextDouble() * count);
      if (slot < per) {
        rows.set((int) slot, row);
      }
    }

    /** The sample of {@code key}, in slot order (empty when nothing was offered under it). */
    public List<String> rows(String key) {
      return List.copyOf(samples.getOrDefault(key, List.of()));
    }

    /** Each key's sample under "=== prefix key (seen n)", numbered. */
    public void print(String prefix) {
      for (Map.Entry<String, List<String>> e : samples.entrySet()) {
        System.out.printf("%n=== %s%s (seen %d)%n", prefix, e.getKey(), seen.get(e.getKey()));
        int k = 0;
        for (String row : e.getValue()) {
          System.out.printf("%2d %s%n", ++k, row);
        }
      }
    }
  }
}
