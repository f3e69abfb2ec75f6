package io.entente.job;

import io.entente.extract.country.CountryMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente explain}: every country and bloc mention found in a text with its rule and
 * offset, and every candidate that was blocked and why. Needs no Spark.
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text =
        source.text != null
            ? source.text
            : new String(Files.readAllBytes(source.file), StandardCharsets.UTF_8);
    for (String line : CountryMatcher.defaultMatcher().explain(text).render()) {
      spec.commandLine().getOut().println(line);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
