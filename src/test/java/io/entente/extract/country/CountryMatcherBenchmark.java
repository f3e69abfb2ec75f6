package io.entente.extract.country;

import io.entente.extract.Mention;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link CountryMatcher#find} on English news-style text (one thread). The text is
 * about 1 MB built in {@link #setup()} from news-like sentences; MB/s = 1 / (seconds per op), since
 * one op processes {@link #MB} megabytes (chars counted as bytes, the text is ASCII-heavy English).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main \
 *     CountryMatcherBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CountryMatcherBenchmark {
  static final double MB = 1.0;

  private static final String[] SENTENCES = {
    "Kazakh Foreign Minister met his counterparts from Central Asian countries on Tuesday. ",
    "The delegation discussed trade, investment and climate cooperation with British lawmakers. ",
    "Officials said the talks would continue next month in a constructive spirit. ",
    "The ministry noted that regional stability depends on water and energy agreements. ",
    "Prices of wheat and fertiliser rose sharply over the summer, traders said. ",
    "The United States and China agreed to resume a dialogue on export controls. ",
    "Parliament approved the budget after a long debate on education and health spending. ",
    "Analysts expect growth to slow as demand for commodities weakens across the region. ",
    "The Kremlin declined to comment, while Ukraine's army reported new drone attacks. ",
    "Negotiators from the European Union arrived in Astana for the third round of talks. ",
  };

  private CountryMatcher matcher;
  private String text;

  @Setup
  public void setup() {
    matcher = CountryMatcher.defaultMatcher();
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (sb.length() < MB * 1_000_000) {
      sb.append(SENTENCES[k++ % SENTENCES.length]);
    }
    text = sb.toString();
  }

  @Benchmark
  public void find(Blackhole bh) {
    List<Mention> ms = matcher.find(text);
    bh.consume(ms);
  }
}
