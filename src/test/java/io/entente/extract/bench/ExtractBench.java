package io.entente.extract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.ArticleAnalyzer;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import io.entente.extract.TopicHit;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the splitter, the topic matcher and the tone scorer on one ~200 KB article-like
 * text (the labelled sentences, in paragraphs of five, repeated), and of the three matchers'
 * automaton passes made one by one ({@code threePasses}) against their joint automaton's one pass
 * ({@code jointPass}), and of the whole {@link ArticleAnalyzer}. MB/s = chars per op / time per
 * op. Set {@code -Dentente.bench.text=/path/file.txt} to measure on another text (e.g. speeches
 * exported from a corpus).
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ExtractBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBench {

  String text;
  int[] starts;
  TopicMatcher matcher;
  ToneScorer scorer;
  PhraseMatcher[] parts;
  PhraseMatcher.Joint joint;
  ArticleAnalyzer analyzer;

  @Setup
  public void setup() throws IOException {
    String path = System.getProperty("entente.bench.text");
    text = path != null ? Files.readString(Path.of(path)) : labelledText(200_000);
    starts = SentenceSplitter.starts(text);
    matcher = TopicMatcher.defaultMatcher();
    scorer = ToneScorer.defaultScorer();
    CountryMatcher countries = CountryMatcher.defaultMatcher();
    parts = new PhraseMatcher[] {countries.phrases(), matcher.phrases(), scorer.phrases()};
    joint = PhraseMatcher.Joint.of(parts);
    analyzer = new ArticleAnalyzer(countries, matcher, scorer);
    System.out.printf("%n[bench text: %d chars, %d sentences]%n", text.length(), starts.length);
  }

  static String labelledText(int minChars) throws IOException {
    StringBuilder one = new StringBuilder();
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = ExtractBench.class.getResourceAsStream("/eval/topics.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int k = 0;
      while ((line = r.readLine()) != null) {
        one.append(mapper.readTree(line).get("text").asText());
        one.append(++k % 5 == 0 ? "\n\n" : " ");
      }
    }
    StringBuilder all = new StringBuilder();
    while (all.length() < minChars) {
      all.append(one);
    }
    return all.toString();
  }

  @Benchmark
  public int[] split() {
    return SentenceSplitter.starts(text);
  }

  @Benchmark
  public List<TopicHit> topics() {
    return matcher.find(text, starts);
  }

  @Benchmark
  public List<SentenceTone> tone() {
    return scorer.score(text, starts);
  }

  @Benchmark
  public int threePasses() {
    int[] count = {0};
    for (PhraseMatcher part : parts) {
      part.forEachMatch(text, (id, start, end) -> count[0]++);
    }
    return count[0];
  }

  @Benchmark
  public int jointPass() {
    int[] count = {0};
    PhraseMatcher.Joint.Pass pass = joint.pass(text);
    for (int k = 0; k < parts.length; k++) {
      pass.part(k).forEachMatch((id, start, end) -> count[0]++);
    }
    return count[0];
  }

  @Benchmark
  public ArticleAnalyzer.Analysis analyze() {
    return analyzer.analyze(null, text, null);
  }

  @Benchmark
  public int splitTopicsTone() {
    int[] s = SentenceSplitter.starts(text);
    return matcher.find(text, s).size() + scorer.score(text, s).size();
  }
}
