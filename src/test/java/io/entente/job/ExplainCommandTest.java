package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExplainCommandTest {
  @TempDir Path dir;

  private String explain(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = EntenteJob.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute(args));
    return out.toString();
  }

  @Test
  void showsEachMentionWithRuleAndOffsetAndEachBlockedCandidateWithItsReason() {
    // "Jordan" at 8-14 is the basketball player; "Amman" at 23-28 is Jordan's capital
    String out = explain("explain", "--text", "Michael Jordan flew to Amman for talks.");
    assertTrue(out.contains("\"Amman\" @23-28 rule=capital role=place"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("blocked") && l.contains("@8-14")), out);
  }

  @Test
  void readsAFile() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "The Kremlin said so.");
    // "Kremlin" starts at offset 4, after "The "
    String out = explain("explain", f.toString());
    assertTrue(out.contains("RUS") && out.contains("\"Kremlin\" @4-11 rule=metonym role=actor"), out);
  }

  @Test
  void withTopicsShowsEachSentencesTopicsAndWhatFoundThem() {
    // the first sentence is tagged by the taxonomy's finance phrases; the second has three
    // words, under the model's floor of nine, and no phrase
    String text = "The central bank raised interest rates. Thanks, all.";
    String out = explain("explain", "--topics", "--text", text);
    List<String> lines = out.lines().toList();
    assertEquals(2, lines.size(), out);
    assertTrue(lines.get(0).startsWith("sentence 0: finance (phrases "), out);
    assertTrue(lines.get(0).endsWith("| The central bank raised interest rates."), out);
    assertEquals("sentence 1: no topic  | Thanks, all.", lines.get(1));
  }
}
