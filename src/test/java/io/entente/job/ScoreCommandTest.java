package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.entente.extract.SentenceTone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int score(String... args) {
    CommandLine cl = EntenteJob.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void countsItemsAndLabelPairsByHand() {
    // three items; the labeller is a fixed map, so every figure below is counted by hand:
    // a: given {X}, found {X}: right, 1 true positive
    // b: given {X, Y}, found {X, Z}: 1 true positive, Z found wrongly, Y missed
    // c: given {}, found {}: right
    List<ScoreCommand.Item> items =
        List.of(
            new ScoreCommand.Item("a", Set.of("X"), "ta"),
            new ScoreCommand.Item("b", Set.of("X", "Y"), "tb"),
            new ScoreCommand.Item("c", Set.of(), "tc"));
    Map<String, Set<String>> found = Map.of("ta", Set.of("X"), "tb", Set.of("X", "Z"), "tc",
        Set.of());
    List<String> misses = new ArrayList<>();
    ScoreCommand.Score s = ScoreCommand.score(items, found::get, misses);
    assertEquals(3, s.items());
    assertEquals(2, s.right());
    assertEquals(2, s.truePositives());
    assertEquals(1, s.falsePositives());
    assertEquals(1, s.falseNegatives());
    assertEquals(2 / 3.0, s.precision(), 1e-12);
    assertEquals(2 / 3.0, s.recall(), 1e-12);
    // per label: right, found wrongly, missed
    assertEquals(List.of(2, 0, 0), List.of(s.byLabel().get("X")[0], s.byLabel().get("X")[1],
        s.byLabel().get("X")[2]));
    assertEquals(1, s.byLabel().get("Y")[2]);
    assertEquals(1, s.byLabel().get("Z")[1]);
    assertEquals(1, misses.size());
    assertTrue(misses.get(0).startsWith("b\t"), misses.get(0));
  }

  @Test
  void scoresTheCountryMatcherOnAFile() throws Exception {
    Path set = dir.resolve("set.tsv");
    Files.writeString(
        set,
        "# id, codes, text\n"
            + "a1\tKAZ\tKazakhstan hosted the summit.\n"
            + "a2\t-\tMichael Jordan scored 30 points.\n"
            + "\n"
            + "a3\tFRA\tTalks were held in Berlin.\n"
            + "a4\tGBR,USA\tLondon and Washington agreed.\n");
    assertEquals(0, score("score", "--countries", set.toString()));
    // a3 is labelled France but names Berlin: Germany found wrongly, France missed; the other
    // three are right, so 3 pairs right (KAZ, GBR, USA) of 4 found and of 4 given
    String text = out.toString();
    assertTrue(
        text.contains(": 3 of 4 items right; precision 0.750, recall 0.750 (3 right, 1 found"
            + " wrongly, 1 missed)"),
        text);
    assertTrue(text.contains("a3\tgiven [FRA]\tfound [DEU]\tTalks were held in Berlin."), text);
    assertTrue(text.contains("| DEU | 0 | 1 | 0 |"), text);
  }

  @Test
  void aTextWithADatedDatelineIsScoredAsWrittenInItsYear() throws Exception {
    Path set = dir.resolve("dated.tsv");
    String text = "PRAGUE, Aug. 21, 1968 (Reuters) - Troops occupied Prague.";
    Files.writeString(set, "d1\tCSK\t" + text + "\n");
    // the dateline dates it 1968, when Prague was Czechoslovakia's seat
    assertEquals(0, score("score", "--countries", set.toString(), "--quiet"));
    assertTrue(out.toString().contains(": 1 of 1 items right"), out.toString());
    // --year comes first: in a text of 2026 Prague is the Czech Republic's
    out.getBuffer().setLength(0);
    assertEquals(0, score("score", "--countries", set.toString(), "--year", "2026"));
    assertTrue(out.toString().contains("d1\tgiven [CSK]\tfound [CZE]"), out.toString());
  }

  @Test
  void aMalformedLineIsABadArgumentWithItsLineNumber() throws Exception {
    Path set = dir.resolve("bad.tsv");
    Files.writeString(set, "a1\tKAZ\tKazakhstan.\na2\tKAZ,Kazakh\tKazakh grain.\n");
    assertEquals(EntenteJob.EXIT_USAGE, score("score", "--countries", set.toString()));
    assertTrue(err.toString().contains("bad.tsv:2: 'Kazakh' is no ISO 3166 alpha-3 code"),
        err.toString());
    Path topics = dir.resolve("topics.tsv");
    Files.writeString(topics, "t1\tweather\tIt rained.\n");
    assertEquals(EntenteJob.EXIT_USAGE, score("score", "--topics", topics.toString()));
    assertTrue(err.toString().contains("topics.tsv:1: 'weather' is no topic id"), err.toString());
  }

  @Test
  void aTextLeansTheWayItsCuesOutnumber() {
    // sentence, verbal and material cooperation, verbal and material conflict
    assertEquals(
        "cooperation",
        ScoreCommand.lean(List.of(new SentenceTone(0, 1, 1, 1, 0))));
    assertEquals(
        "conflict",
        ScoreCommand.lean(List.of(new SentenceTone(0, 1, 0, 0, 1), new SentenceTone(1, 0, 0, 1,
            0))));
    assertEquals("neutral", ScoreCommand.lean(List.of(new SentenceTone(0, 1, 0, 0, 1))));
    assertEquals("neutral", ScoreCommand.lean(List.of()));
  }

  @Test
  void scoresTheToneScorerOnAFile() throws Exception {
    Path set = dir.resolve("tone.tsv");
    // "agreed" is a cooperation cue, "warned" and "threaten" conflict cues, and the third has
    // none; the fourth is labelled conflict on purpose although "welcomed" is a cooperation cue
    Files.writeString(
        set,
        "a\tcooperation\tMinisters agreed to cut greenhouse gas emissions by half.\n"
            + "b\tconflict\tThe island state warned that rising seas threaten its existence.\n"
            + "c\tneutral\tCarbon emissions from the steel sector fell sharply last year.\n"
            + "d\tconflict\tBoth leaders welcomed progress on the targets.\n");
    assertEquals(0, score("score", "--tone", set.toString()));
    String text = out.toString();
    assertTrue(text.contains(": 3 of 4 items right;"), text);
    assertTrue(text.contains("d\tgiven [conflict]\tfound [cooperation]"), text);
    assertTrue(text.contains("| cooperation | 1 | 1 | 0 |"), text);
    Path two = dir.resolve("two.tsv");
    Files.writeString(two, "a\tcooperation,conflict\tThey agreed and fought.\n");
    assertEquals(EntenteJob.EXIT_USAGE, score("score", "--tone", two.toString()));
    assertTrue(err.toString().contains("two.tsv:1: a tone set needs one label per item"),
        err.toString());
  }
}
