package io.entente.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
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
 * target is 40 MB/s per core. With {@code --steps}, each pass also times the analyzer's steps
 * one by one over each batch, as {@link ArticleAnalyzer#analyzeAll} takes them: sentences, the
 * automaton's pass, countries, topics, tone (the dateline, title and salience left out). {@code
 * --phrases-alone} and {@code --lexicon-alone} leave out the topic and the tone model, as {@code
 * "topic_model": "none"} and {@code "tone_model": "none"} do in a run.
 *
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx6g @jobs/conf/jvm.options \
 *   -XX:MaxInlineLevel=6 -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 \
 *   -cp target/classes:target/test-classes:$(cat target/local-classpath.txt) \
 *   io.entente.bench.AnalyzerSpeed /path/to/ungdc.jsonl.gz --passes 3 --batch 64
 * </pre>
 */
public final class AnalyzerSpeed {
  private AnalyzerSpeed() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: AnalyzerSpeed CORPUS.jsonl[.gz] [--passes N] [--batch N] [--steps]"
              + " [--phrases-alone] [--lexicon-alone]");
      System.exit(64);
    }
    int passes = 2;
    int batch = 64;
    boolean steps = false;
    boolean phrasesAlone = false;
    boolean lexiconAlone = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--steps" -> steps = true;
        case "--phrases-alone" -> phrasesAlone = true;
        case "--lexicon-alone" -> lexiconAlone = true;
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    List<ArticleAnalyzer.Input> inputs = read(Path.of(args[0]));
    long chars = 0;
    for (ArticleAnalyzer.Input in : inputs) {
      chars += in.text().length();
    }
    long t0 = System.nanoTime();
    CountryMatcher countries = CountryMatcher.defaultMatcher();
    TopicMatcher topics =
        phrasesAlone ? TopicMatcher.defaultPhrases() : TopicMatcher.defaultMatcher();
    ToneScorer tone = lexiconAlone ? ToneScorer.defaultLexicon() : ToneScorer.defaultScorer();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(countries, topics, tone);
    PhraseMatcher.Joint joint =
        steps
            ? PhraseMatcher.Joint.of(countries.phrases(), topics.phrases(), tone.phrases())
            : null;
    System.out.printf(
        "%d articles, %.1f MB of text (chars); analyzer built in %.2f s; batches of %d%n",
        inputs.size(), chars / 1e6, (System.nanoTime() - t0) / 1e9, batch);
    for (int p = 0; p < passes; p++) {
      if (steps) {
        steps(inputs, batch, countries, topics, tone, joint, p + 1);
        continue;
      }
      long start = System.nanoTime();
      long sentences = 0;
      for (int from = 0; from < inputs.size(); from += batch) {
        List<ArticleAnalyzer.Input> some =
            inputs.subList(from, Math.min(inputs.size(), from + batch));
        for (ArticleAnalyzer.Analysis a : analyzer.analyzeAll(some)) {
          sentences += a.sentences();
        }
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %.2f s, %.1f MB/s, %d sentences%n", p + 1, s, chars / 1e6 / s, sentences);
    }
  }

  /** One pass timing each step over each batch; prints seconds per step. */
  private static void steps(
      List<ArticleAnalyzer.Input> inputs,
      int batch,
      CountryMatcher countries,
      TopicMatcher topics,
      ToneScorer tone,
      PhraseMatcher.Joint joint,
      int pass) {
    long[] nanos = new long[5];
    long found = 0;
    for (int from = 0; from < inputs.size(); from += batch) {
      List<ArticleAnalyzer.Input> some =
          inputs.subList(from, Math.min(inputs.size(), from + batch));
      int n = some.size();
      int[][] starts = new int[n][];
      PhraseMatcher.Joint.Pass[] matches = new PhraseMatcher.Joint.Pass[n];
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        starts[i] = SentenceSplitter.starts(some.get(i).text());
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        matches[i] = joint.pass(some.get(i).text());
      }
      long t2 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        ArticleAnalyzer.Input in = some.get(i);
        found += countries.find(in.text(), starts[i], matches[i].part(0), in.year()).size();
      }
      long t3 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        found += topics.find(some.get(i).text(), starts[i], matches[i].part(1)).size();
      }
      long t4 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        ArticleAnalyzer.Input in = some.get(i);
        found += tone.score(in.text(), starts[i], matches[i].part(2), in.year()).size();
      }
      long t5 = System.nanoTime();
      nanos[0] += t1 - t0;
      nanos[1] += t2 - t1;
      nanos[2] += t3 - t2;
      nanos[3] += t4 - t3;
      nanos[4] += t5 - t4;
    }
    System.out.printf(
        "pass %d by step: sentences %.2f s, automaton %.2f s, countries %.2f s, topics %.2f s,"
            + " tone %.2f s, in all %.2f s (%d mentions, hits and tones)%n",
        pass, nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9, nanos[3] / 1e9, nanos[4] / 1e9,
        (nanos[0] + nanos[1] + nanos[2] + nanos[3] + nanos[4]) / 1e9, found);
  }

  /**
   * The corpus's articles; a line that is no JSON object with a text (the generator's malformed
   * records, say) is left out and counted on stderr, as the job would reject it.
   */
  private static List<ArticleAnalyzer.Input> read(Path path) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<ArticleAnalyzer.Input> out = new ArrayList<>();
    InputStream raw = Files.newInputStream(path);
    InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    int left = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = mapper.readTree(line);
        } catch (JsonProcessingException e) {
          left++;
          continue;
        }
        JsonNode text = n == null ? null : n.get("text");
        if (text == null || !text.isTextual()) {
          left++;
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
    if (left > 0) {
      System.err.printf("%d lines left out: no JSON object with a text%n", left);
    }
    return out;
  }
}
