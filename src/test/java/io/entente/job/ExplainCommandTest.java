package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.extract.topic.TestModels;
import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
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

  @Test
  void withTopicsShowsAPhraseTopicTheModelDroppedAndItsTerms() {
    // a model that reads "player" as sport: culture_tourism's logit is 3 (p = 0.952574) and
    // trade's -3 (p = 0.047426, below the veto of 0.2) for a sentence whose only known term it is
    TopicModel sport = TestModels.playerAsSport(3, 0.2, 30);
    StringWriter out = new StringWriter();
    ExplainCommand.explainTopics(
        "The trade of the player was agreed on Monday.",
        TopicMatcher.defaultPhrases().withModel(sport),
        new PrintWriter(out, true));
    assertEquals(
        List.of(
            "sentence 0: culture_tourism (model 0.953); dropped by the model: trade (phrases 1.0,"
                + " model 0.047)  | The trade of the player was agreed on Monday.",
            "  culture_tourism terms: \"player\" +3.000",
            "  trade terms: \"player\" -3.000"),
        out.toString().lines().toList());
  }
}
