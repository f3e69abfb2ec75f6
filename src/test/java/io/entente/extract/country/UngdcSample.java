package io.entente.extract.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.Mention;
import io.entente.extract.country.Explanation.Blocked;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Hand-review helper, not a test: runs the country matcher over the UN General Debate corpus (a
 * JSON-lines .gz file given BY PATH) and prints a fixed-seed sample of mentions per rule, and of
 * blocked candidates per reason, each in context.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     io.entente.extract.country.UngdcSample /path/to/ungdc.jsonl.gz [perCategory] [seed]
 * </pre>
 */
public final class UngdcSample {
  private UngdcSample() {}

  public static void main(String[] args) throws Exception {
    String path = args[0];
    int per = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
    CountryMatcher m = CountryMatcher.defaultMatcher();
    ObjectMapper om = new ObjectMapper();
    Random rnd = new Random(seed);
    Map<String, List<String>> samples = new TreeMap<>();
    Map<String, long[]> seen = new TreeMap<>();
    long chars = 0;
    int docs = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new FileInputStream(path), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = om.readTree(line);
        String id = n.get("id").asText();
        String text = n.get("text").asText();
        chars += text.length();
        docs++;
        Explanation ex = m.explain(text);
        for (Mention x : ex.mentions()) {
          offer(samples, seen, "rule:" + x.rule(), per, rnd,
              id + " " + x.code() + " " + context(text, x.start(), x.end()));
        }
        for (Blocked b : ex.blocked()) {
          String reason = b.reason().replaceAll(" \\(.*", "").replaceAll(",.*", "");
          offer(samples, seen, "blocked:" + reason, per, rnd,
              id + " " + String.join("+", b.codes()) + " " + context(text, b.start(), b.end())
                  + "  {" + b.reason() + "}");
        }
      }
    }
    System.out.printf("docs=%d chars=%d%n", docs, chars);
    for (Map.Entry<String, List<String>> e : samples.entrySet()) {
      System.out.printf("%n=== %s (seen %d)%n", e.getKey(), seen.get(e.getKey())[0]);
      int k = 0;
      for (String s : e.getValue()) {
        System.out.printf("%2d %s%n", ++k, s);
      }
    }
  }

  private static void offer(
      Map<String, List<String>> samples, Map<String, long[]> seen, String key, int per,
      Random rnd, String item) {
    long[] count = seen.computeIfAbsent(key, k -> new long[1]);
    List<String> list = samples.computeIfAbsent(key, k -> new ArrayList<>());
    count[0]++;
    if (list.size() < per) {
      list.add(item);
    } else {
      long j = (long) (rnd.nextDouble() * count[0]);
      if (j < per) {
        list.set((int) j, item);
      }
    }
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 60);
    int to = Math.min(text.length(), end + 60);
    return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]"
            + text.substring(end, to))
        .replace('\n', ' ');
  }
}
