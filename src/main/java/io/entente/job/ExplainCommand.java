package io.entente.job;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.TopicHit;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente explain}: every country and bloc mention found in a text with its rule and
 * offset, and every candidate that was blocked and why; with {@code --topics}, each sentence's
 * topics, whether the taxonomy's phrases or the topic model found them, and for the model's the
 * terms that weigh most. Needs no Spark.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows each country mention found in a text, its rule and offset, and each"
        + " candidate that was blocked and why.")
final class ExplainCommand implements Callable<Integer> {
  static final class Source {
    @Option(names = "--text", paramLabel = "TEXT", description = "The text to explain.")
    String text;

    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file to explain.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--topics",
      description = "Explain the topics of each sentence instead of the countries: the phrases'"
          + " score or the model's probability, and the terms that weigh most for the model.")
  boolean topics;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text =
        source.text != null
            ? source.text
            : new String(Files.readAllBytes(source.file), StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    if (topics) {
      explainTopics(text, TopicMatcher.defaultMatcher(), out);
    } else {
      for (String line : CountryMatcher.defaultMatcher().explain(text).render()) {
        out.println(line);
      }
    }
    out.flush();
    return 0;
  }

  /**
   * One line per sentence with its topics ({@code trade (phrases 2.0)}, {@code energy (model
   * 0.912)}) and the phrases' topics the model's veto dropped ({@code dropped by the model: trade
   * (phrases 1.0, model 0.047)}), then, under each topic the model found or dropped, its five
   * heaviest terms.
   */
  static void explainTopics(String text, TopicMatcher matcher, PrintWriter out) {
    int[] starts = SentenceSplitter.starts(text);
    List<TopicHit> hits = matcher.find(text, starts);
    List<TopicHit> phraseHits = matcher.withModel(null).find(text, starts);
    for (int s = 0; s < starts.length; s++) {
      int end = s + 1 < starts.length ? starts[s + 1] : text.length();
      String sentence = text.substring(starts[s], end).strip();
      StringBuilder line = new StringBuilder("sentence " + s + ": ");
      int found = 0;
      for (TopicHit h : hits) {
        if (h.sentence() == s) {
          line.append(found++ > 0 ? ", " : "").append(h.topic()).append(
              h.score() < 1 && matcher.model().isPresent()
                  ? String.format(Locale.ROOT, " (model %.3f)", h.score())
                  : String.format(Locale.ROOT, " (phrases %.1f)", h.score()));
        }
      }
      line.append(found == 0 ? "no topic" : "");
      List<TopicHit> dropped = new ArrayList<>();
      for (TopicHit h : phraseHits) {
        int sentenceOf = s;
        if (h.sentence() == s
            && hits.stream()
                .noneMatch(k -> k.sentence() == sentenceOf && k.topic().equals(h.topic()))) {
          dropped.add(h);
          double p = matcher.model().get().probabilitiesOf(sentence).get(h.topic());
          line.append(dropped.size() > 1 ? ", " : "; dropped by the model: ")
              .append(h.topic())
              .append(String.format(Locale.ROOT, " (phrases %.1f, model %.3f)", h.score(), p));
        }
      }
      out.println(line.append("  | ").append(sentence));
      List<TopicHit> explained = new ArrayList<>(hits);
      explained.addAll(dropped);
      for (TopicHit h : explained) {
        if (h.sentence() == s && (h.score() < 1 || dropped.contains(h))
            && matcher.model().isPresent()) {
          StringBuilder terms = new StringBuilder("  " + h.topic() + " terms:");
          for (TopicModel.Contribution c :
              matcher.model().get().contributions(sentence, h.topic(), 5)) {
            terms.append(String.format(Locale.ROOT, " \"%s\" %+.3f", c.term(), c.value()));
          }
          out.println(terms);
        }
      }
    }
  }
}
