package io.entente.bench;

import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import io.entente.io.RecordParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The analyzer alone, with no Spark: every article of a JSON Lines corpus ({@code .gz} or not) read
 * into memory first, as the job's {@link RecordParser} reads it, then {@link ArticleAnalyzer} over
 * all of them on one thread, pass after pass, in batches as the job makes them ({@code --batch 64})
 * or one article at a time ({@code --batch 1}). Prints each pass's time and MB of text per second:
 * the first pass is what a job's JVM sees (the compilers still at work), the later ones the warm
 * speed. Issue 9's extraction target is 40 MB/s per core. With {@code --steps}, each pass also
 * times the analyzer's steps one by one over each batch, as {@link ArticleAnalyzer#analyzeAll}
 * takes them: sentences, the automaton's pass, countries, topics, tone (the dateline, title and
 * salience left out). {@code --phrases-alone} and {@code --lexicon-alone} leave out the topic and
 * the tone model, as {@code "topic_model": "none"} and {@code "tone_model": "none"} do in a run.
 *
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx6g @jobs/conf/jvm.options \
 *   -XX:MaxInlineLevel=6 -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 \
 *   -cp target/classes:target/test-classes:$(cat target/local-classpath.txt) \
 *   io.entente.bench.AnalyzerSpeed /path/to/ungdc.jsonl.gz --passes 3 --batch 64
 * </pre>
 */
@Command(
    name = "AnalyzerSpeed",
    mixinStandardHelpOptions = true,
    description = "Times the analyzer alone over a JSON Lines corpus, on one thread.")
public final class AnalyzerSpeed implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS", description = "A JSON Lines file, gzipped or not.")
  Path corpus;

  @Option(names = "--passes", description = "Passes over the corpus (default: ${DEFAULT-VALUE}).")
  int passes = 2;

  @Option(names = "--batch", description = "Articles per batch (default: ${DEFAULT-VALUE}).")
  int batch = 64;

  @Option(names = "--steps", description = "Time each step of the analyzer.")
  boolean steps;

  @Option(names = "--phrases-alone", description = "Topics from the phrases, without the model.")
  boolean phrasesAlone;

  @Option(names = "--lexicon-alone", description = "Tone from the lexicon, without the model.")
  boolean lexiconAlone;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzerSpeed()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    List<ArticleAnalyzer.Input> inputs = read(corpus);
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
    return 0;
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
   * The corpus's articles as the job reads them ({@link RecordParser#parseJsonLine}: its field
   * names, its dates, its datelines); the records it would reject are left out and counted on
   * stderr by reason.
   */
  private static List<ArticleAnalyzer.Input> read(Path path) throws IOException {
    List<ArticleAnalyzer.Input> out = new ArrayList<>();
    Map<String, Integer> rejects = new TreeMap<>();
    InputStream raw = Files.newInputStream(path);
    InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      long number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        RecordParser.Parsed record =
            RecordParser.parseJsonLine(path.toString(), number, bytes, bytes.length);
        if (record.isRejected()) {
          rejects.merge(record.reason(), 1, Integer::sum);
          continue;
        }
        out.add(
            new ArticleAnalyzer.Input(
                record.title(), record.text(), record.dateline(), record.date().getYear()));
      }
    }
    if (!rejects.isEmpty()) {
      System.err.println("records the job would reject, left out: " + rejects);
    }
    return out;
  }
}
