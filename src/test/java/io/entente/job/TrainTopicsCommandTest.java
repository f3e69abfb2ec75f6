package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainTopicsCommandTest {
  @TempDir Path dir;

  @Test
  void aDoubtIsRefusedForTheToneModelBeforeAnyTraining() throws Exception {
    assertRefusedForTheToneModel("--doubt", "0.1");
  }

  @Test
  void aStrayIsRefusedForTheToneModelBeforeAnyTraining() throws Exception {
    assertRefusedForTheToneModel("--stray", "0.4");
  }

  @Test
  void aLoneThresholdIsRefusedForTheToneModelBeforeAnyTraining() throws Exception {
    // the tone model reads every sentence at its threshold, whatever the text's length
    assertRefusedForTheToneModel("--lone-threshold", "0.5");
  }

  /**
   * {@code train-topics --tone OPTION VALUE} exits with a usage error that names the option, and
   * writes no model: the tone model's veto reads a sentence's leaning, which has no phrase found
   * once.
   */
  private void assertRefusedForTheToneModel(String option, String value) throws Exception {
    Path set = Files.writeString(dir.resolve("tone.tsv"), "a\tneutral\tThe talks resumed.\n");
    Path model = dir.resolve("tone-model.tsv");
    StringWriter err = new StringWriter();
    CommandLine cl = EntenteJob.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "train-topics", "--tone", option, value, "--out", model.toString(), set.toString());
    assertEquals(EntenteJob.EXIT_USAGE, code);
    assertTrue(
        err.toString().contains(option + " is for topic models, not --tone"), err.toString());
    assertFalse(Files.exists(model));
  }
}
