package io.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The analyzer alone, with no Spark: every article of a JSON Lines corpus ({@code .gz} or not)
 * read into memory first, then {@link ArticleAnalyzer} over all of them on one thread, pass after
 * pass, in batches as the job makes them ({@code --batch 64}) or one article at a time ({@code
 * --batch 1}). Prints each pass's time and MB of text per second: the first pass is what a job's
 * JVM sees (the compilers still at work), the later ones the warm speed. Issue 9's extraction
 * target is 40 MB/s per core.
 *
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx6g @jobs/conf/jvm.options -XX:MaxInlineLevel=6 -XX:FreqInlineSize=100 \
 *   -XX:InlineSmallCode=1000 -cp target/classes:target/test-classes:$(cat target/local-classpath.txt) \
 *   io.entente.bench.AnalyzerSpeed /path/to/ungdc.jsonl.gz --passes 3 --batch 64
 * </pre>
 */
public final class AnalyzerSpeed {
  private AnalyzerSpeed() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: AnalyzerSpeed CORPUS.jsonl[.gz] [--passes N] [--batch N]");
      System.exit(64);
    }
    int passes = 2;
    int batch = 64;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    List<ArticleAnalyzer.Input> inputs = read(Path.of(args[0]));
    long chars = 0;
    for (ArticleAnalyzer.Input in : inputs) {
      chars += in.text().length();
    }
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            CountryMatcher.defaultMatcher(),
            TopicMatcher.defaultMatcher(),
            ToneScorer.defaultScorer());
    System.out.printf(
        "%d articles, %.1f MB of text (chars); analyzer built in %.2f s; batches of %d%n",
        inputs.size(), chars / 1e6, (System.nanoTime() - t0) / 1e9, batch);
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      long sentences = 0;
      for (int from = 0; from < inputs.size(); from += batch) {
        List<ArticleAnalyzer.Input> some = inputs.subList(from, Math.min(inputs.size(), from + batch));
        for (ArticleAnalyzer.Analysis a : analyzer.analyzeAll(some)) {
          sentences += a.sentences();
        }
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %.2f s, %.1f MB/s, %d sentences%n", p + 1, s, chars / 1e6 / s, sentences);
    }
  }

  private static List<ArticleAnalyzer.Input> read(Path path) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<ArticleAnalyzer.Input> out = new ArrayList<>();
    InputStream raw = Files.newInputStream(path);
    InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
          continue;
        }
        JsonNode title = n.get("title");
        JsonNode date = n.get("date");
        Integer year =
            date != null && date.isTextual() && date.asText().matches("\\d{4}.*")
                ? Integer.valueOf(date.asText().substring(0, 4))
                : null;
        out.add(
            new ArticleAnalyzer.Input(
                title != null && title.isTextual() ? title.asText() : null,
                text.asText(),
                null,
                year));
      }
    }
    return out;
  }
}
