package io.entente.extract.country;

import io.entente.extract.Mention;
import io.entente.extract.UngdcCorpus;
import io.entente.extract.UngdcCorpus.Reservoir;
import io.entente.extract.country.Explanation.Blocked;

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
    Reservoir reservoir = new Reservoir(per, seed);
    long[] chars = new long[1];
    int[] docs = new int[1];
    UngdcCorpus.forEachSpeech(
        path,
        (id, text) -> {
          chars[0] += text.length();
          docs[0]++;
          Explanation ex = m.explain(text);
          for (Mention x : ex.mentions()) {
            reservoir.offer(
                "rule:" + x.rule(),
                id + " " + x.code() + " " + context(text, x.start(), x.end()));
          }
          for (Blocked b : ex.blocked()) {
            String reason = b.reason().replaceAll(" \\(.*", "").replaceAll(",.*", "");
            reservoir.offer(
                "blocked:" + reason,
                id + " " + String.join("+", b.codes()) + " " + context(text, b.start(), b.end())
                    + "  {" + b.reason() + "}");
          }
        });
    System.out.printf("docs=%d chars=%d%n", docs[0], chars[0]);
    reservoir.print("");
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 60);
    int to = Math.min(text.length(), end + 60);
    return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]"
            + text.substring(end, to))
        .replace('\n', ' ');
  }
}
