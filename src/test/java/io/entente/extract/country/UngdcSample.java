package io.entente.extract.country;

import io.entente.extract.Mention;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.UngdcCorpus;
import io.entente.extract.UngdcCorpus.Reservoir;
import io.entente.extract.country.Explanation.Blocked;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand-review helper, not a test: runs the country matcher over the UN General Debate corpus (a
 * JSON-lines .gz file given BY PATH) and prints a fixed-seed sample of mentions per rule, and of
 * blocked candidates per reason, each in context. Two more modes measure recall: {@code
 * --sentences} draws a uniform sample of the corpus's sentences (one line each: speech id,
 * sentence index, text), to be labelled by hand before the matcher runs, one line per sentence
 * ("n CODE CODE ..."); {@code --recall} compares those labels with the country mentions the
 * matcher finds in each sentence (the whole speech as context) and prints every miss and every
 * extra code, then precision and recall (docs/countries.md, "Recall sample").
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     io.entente.extract.country.UngdcSample /path/to/ungdc.jsonl.gz [perCategory] [seed]
 * ... UngdcSample --sentences /path/to/ungdc.jsonl.gz 150 20261130 &gt; sentences.tsv
 * ... UngdcSample --recall /path/to/ungdc.jsonl.gz sentences.tsv labels.txt
 * </pre>
 */
public final class UngdcSample {
  private UngdcSample() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--sentences")) {
      sentences(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
      return;
    }
    if (args[0].equals("--recall")) {
      recall(args[1], Path.of(args[2]), Path.of(args[3]));
      return;
    }
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

  /** Prints a uniform sample of {@code n} sentences: speech id, sentence index, text; sorted. */
  private static void sentences(String corpus, int n, long seed) throws IOException {
    Reservoir reservoir = new Reservoir(n, seed);
    UngdcCorpus.forEachSpeech(
        corpus,
        (id, text) -> {
          int[] starts = SentenceSplitter.starts(text);
          for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : text.length();
            String sentence = text.substring(starts[i], end).replaceAll("\\s+", " ").strip();
            reservoir.offer("sentence", id + "\t" + i + "\t" + sentence);
          }
        });
    List<String> rows = new ArrayList<>(reservoir.rows("sentence"));
    rows.sort(null);
    rows.forEach(System.out::println);
  }

  /**
   * Compares hand labels (line k: "k CODE CODE ...") of the sampled sentences (line k of the
   * sample) with the codes of the country mentions the matcher finds in each sentence.
   */
  private static void recall(String corpus, Path sampleFile, Path labelFile) throws IOException {
    List<String[]> sample = new ArrayList<>();
    for (String line : Files.readAllLines(sampleFile)) {
      sample.add(line.split("\t", 3));
    }
    List<String> labels = Files.readAllLines(labelFile);
    Map<String, List<Integer>> bySpeech = new HashMap<>();
    for (int k = 0; k < sample.size(); k++) {
      bySpeech.computeIfAbsent(sample.get(k)[0], x -> new ArrayList<>()).add(k);
    }
    CountryMatcher m = CountryMatcher.defaultMatcher();
    List<Set<String>> found = new ArrayList<>(Collections.nCopies(sample.size(), null));
    List<String> how = new ArrayList<>(Collections.nCopies(sample.size(), ""));
    UngdcCorpus.forEachSpeech(
        corpus,
        (id, text) -> {
          List<Integer> wanted = bySpeech.get(id);
          if (wanted == null) {
            return;
          }
          int[] starts = SentenceSplitter.starts(text);
          List<Mention> mentions = m.find(text);
          for (int k : wanted) {
            int s = Integer.parseInt(sample.get(k)[1]);
            int from = starts[s];
            int to = s + 1 < starts.length ? starts[s + 1] : text.length();
            Set<String> codes = new TreeSet<>();
            StringBuilder why = new StringBuilder();
            for (Mention x : mentions) {
              if (x.start() >= from && x.start() < to && x.type().equals(Mention.COUNTRY)) {
                codes.add(x.code());
                why.append(x.code()).append('(').append(x.matched()).append(',')
                    .append(x.rule()).append(") ");
              }
            }
            found.set(k, codes);
            how.set(k, why.toString().strip());
          }
        });
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int k = 0; k < sample.size(); k++) {
      String[] label = labels.get(k).strip().split("\\s+");
      Set<String> expected = new TreeSet<>(Arrays.asList(label).subList(1, label.length));
      Set<String> got = found.get(k) == null ? Set.of() : found.get(k);
      for (String code : got) {
        if (expected.contains(code)) {
          tp++;
        } else {
          fp++;
          System.out.println("extra " + (k + 1) + " " + code + " | " + how.get(k));
        }
      }
      for (String code : expected) {
        if (!got.contains(code)) {
          fn++;
          System.out.println("missed " + (k + 1) + " " + code + " | " + how.get(k));
        }
      }
    }
    System.out.printf(
        "tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n",
        tp, fp, fn, tp / (double) (tp + fp), tp / (double) (tp + fn));
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 60);
    int to = Math.min(text.length(), end + 60);
    return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]"
            + text.substring(end, to))
        .replace('\n', ' ');
  }
}
