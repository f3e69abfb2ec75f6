package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Argument errors fail fast, before Spark starts, with a message that names the flag. */
class JobArgumentsTest {
  private final StringWriter err = new StringWriter();
  private final StringWriter outText = new StringWriter();

  private int run(String... args) {
    CommandLine cl = EntenteJob.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(outText, true));
    return cl.execute(args);
  }

  @Test
  void unknownFlagIsNamed() {
    assertEquals(EntenteJob.EXIT_USAGE, run("--input", "x", "--colour", "red"));
    assertTrue(err.toString().contains("Unknown options: '--colour'"), err.toString());
  }

  @Test
  void badGranularityNamesTheFlagAndTheChoices() {
    assertEquals(EntenteJob.EXIT_USAGE, run("--input", "x", "--granularity", "fortnight"));
    assertTrue(err.toString().contains("'--granularity'"), err.toString());
    assertTrue(err.toString().contains("day, week, month, quarter, year"), err.toString());
  }

  @Test
  void badDateNamesTheFlag() {
    assertEquals(EntenteJob.EXIT_USAGE, run("--input", "x", "--since", "2025-02-30"));
    assertTrue(err.toString().contains("'--since'"), err.toString());
  }

  @Test
  void sinceAfterUntilIsRefused() {
    assertEquals(
        EntenteJob.EXIT_USAGE, run("--input", "x", "--since", "2025-03-01", "--until", "2025-02-01"));
    assertTrue(err.toString().contains("--since 2025-03-01 is after --until 2025-02-01"));
  }

  @Test
  void unknownTableIsNamedWithTheTables() {
    assertEquals(
        EntenteJob.EXIT_USAGE, run("--input", "x", "--tables", "topic_trends,pair_trends"));
    assertTrue(err.toString().contains("no table named 'pair_trends'"), err.toString());
    assertTrue(err.toString().contains("pair_cooccurrence, topic_trends"), err.toString());
  }

  @Test
  void tableTheConfigurationTurnsOffIsRefusedWithItsSetting() {
    // themes are off by default
    assertEquals(EntenteJob.EXIT_USAGE, run("--input", "x", "--tables", "discovered_topics"));
    assertTrue(
        err.toString().contains("discovered_topics is turned off by themes.enabled"),
        err.toString());
  }

  @Test
  void missingInputIsNamed() {
    assertEquals(EntenteJob.EXIT_USAGE, run("--output", "o"));
    assertTrue(err.toString().contains("--input"), err.toString());
  }

  @Test
  void badFormatIsNamed() {
    assertEquals(EntenteJob.EXIT_USAGE, run("--input", "x", "--format", "xml"));
    assertTrue(err.toString().contains("--format must be one of"), err.toString());
  }

  @Test
  void helpListsEveryJobFlagAndExitsZero() {
    assertEquals(0, run("--help"));
    for (String flag :
        new String[] {
          "--input", "--output", "--granularity", "--since", "--until", "--config", "--help"
        }) {
      assertTrue(outText.toString().contains(flag), flag + " missing from --help");
    }
  }
}
