package io.entente.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.topic.Taxonomy;
import io.entente.extract.topic.TopicMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Yearly share of documents that have a topic (a document has it when any sentence has it), over
 * a JSON-lines corpus with {@code date} and {@code text} fields, gzip or plain. Prints a Markdown
 * table. Plain Java, no Spark; the corpus is a path argument, never a test input.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.entente.tools.TopicShareByYear \
 *   /path/to/ungdc.jsonl.gz climate_change [taxonomy.json]
 * </pre>
 */
public final class TopicShareByYear {
  private TopicShareByYear() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: TopicShareByYear <corpus.jsonl[.gz]> <topic_id> [taxonomy.json]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    String topic = args[1];
    Taxonomy taxonomy = Taxonomy.resolve(args.length > 2 ? Path.of(args[2]) : null);
    TopicMatcher matcher = TopicMatcher.compile(taxonomy);
    matcher.label(topic); // fails early on an unknown id
    ObjectMapper mapper = new ObjectMapper();
    Map<String, int[]> byYear = new TreeMap<>();
    long chars = 0;
    long t0 = System.nanoTime();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = args[0].endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = mapper.readTree(line);
        String year = doc.path("date").asText("").length() >= 4
            ? doc.path("date").asText().substring(0, 4) : "????";
        String text = doc.path("text").asText("");
        chars += text.length();
        boolean has =
            matcher.find(text, SentenceSplitter.starts(text)).stream()
                .anyMatch(h -> h.topic().equals(topic));
        int[] c = byYear.computeIfAbsent(year, k -> new int[2]);
        c[0]++;
        if (has) {
          c[1]++;
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("taxonomy %s, topic %s%n%n", taxonomy.version(), topic);
    System.out.println("| year | speeches | with topic | share |");
    System.out.println("|-----:|---------:|-----------:|------:|");
    for (Map.Entry<String, int[]> e : byYear.entrySet()) {
      int[] c = e.getValue();
      System.out.printf("| %s | %d | %d | %.3f |%n", e.getKey(), c[0], c[1], c[1] / (double) c[0]);
    }
    System.out.printf("%n%d chars in %.1f s (parse + split + match)%n", chars, secs);
  }
}
