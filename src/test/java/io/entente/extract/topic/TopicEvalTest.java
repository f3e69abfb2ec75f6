package io.entente.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import io.entente.extract.TopicHit;
import io.entente.extract.tone.ToneScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the bundled taxonomy and lexicon against the hand-labelled set in {@code
 * eval/topics.jsonl} (one sentence per line with its topics and its tone class).
 *
 * <p>Per topic: precision = tp / (tp + fp), recall = tp / (tp + fn); a topic with nothing
 * predicted has precision 1 only when it also has nothing to find. Macro figures average over the
 * taxonomy's topics. Tone class of a text: the class with the highest cue count summed over its
 * sentences, ties broken in the order verbal_conflict, material_conflict, verbal_cooperation,
 * material_cooperation (a sentence that reports a verbal reaction to a material event is about the
 * reaction: "condemned the attack"); neutral when it has no cue.
 */
class TopicEvalTest {

  private static final String[] TONES = {
    "verbal_conflict", "material_conflict", "verbal_cooperation", "material_cooperation"
  };

  record Example(String text, Set<String> topics, String tone) {}

  private static List<Example> examples;

  @BeforeAll
  static void load() throws IOException {
    examples = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = TopicEvalTest.class.getResourceAsStream("/eval/topics.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = mapper.readTree(line);
        Set<String> topics = new TreeSet<>();
        n.get("topics").forEach(t -> topics.add(t.asText()));
        examples.add(new Example(n.get("text").asText(), topics, n.get("tone").asText()));
      }
    }
  }

  static String toneClass(List<SentenceTone> tones) {
    int[] c = new int[4];
    for (SentenceTone t : tones) {
      c[0] += t.verbalConflict();
      c[1] += t.materialConflict();
      c[2] += t.verbalCooperation();
      c[3] += t.materialCooperation();
    }
    int best = -1;
    for (int k = 0; k < 4; k++) {
      if (c[k] > 0 && (best < 0 || c[k] > c[best])) {
        best = k;
      }
    }
    return best < 0 ? "neutral" : TONES[best];
  }

  @Test
  void theLabelledSetHasAtLeast250SentencesAndOnlyKnownTopics() {
    assertTrue(examples.size() >= 250, "size " + examples.size());
    Set<String> known = new TreeSet<>(TopicMatcher.defaultMatcher().topicIds());
    for (Example e : examples) {
      assertTrue(known.containsAll(e.topics()), e.text());
    }
  }

  @Test
  void macroPrecisionAndRecallOfTopicsAreAtLeast90Percent() {
    TopicMatcher matcher = TopicMatcher.defaultMatcher();
    TreeMap<String, int[]> counts = new TreeMap<>();
    for (String id : matcher.topicIds()) {
      counts.put(id, new int[3]);
    }
    StringBuilder errors = new StringBuilder();
    for (Example e : examples) {
      Set<String> predicted = new TreeSet<>();
      for (TopicHit h : matcher.find(e.text(), SentenceSplitter.starts(e.text()))) {
        predicted.add(h.topic());
      }
      for (String id : matcher.topicIds()) {
        boolean p = predicted.contains(id);
        boolean g = e.topics().contains(id);
        int[] c = counts.get(id);
        if (p && g) {
          c[0]++;
        } else if (p) {
          c[1]++;
          errors.append("FP ").append(id).append(": ").append(e.text()).append('\n');
        } else if (g) {
          c[2]++;
          errors.append("FN ").append(id).append(": ").append(e.text()).append('\n');
        }
      }
    }
    double sumP = 0;
    double sumR = 0;
    StringBuilder table = new StringBuilder("| topic | tp | fp | fn | precision | recall |\n");
    for (var entry : counts.entrySet()) {
      int[] c = entry.getValue();
      double p = c[0] + c[1] == 0 ? (c[2] == 0 ? 1.0 : 0.0) : c[0] / (double) (c[0] + c[1]);
      double r = c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
      sumP += p;
      sumR += r;
      table.append(
          String.format(
              "| %s | %d | %d | %d | %.3f | %.3f |%n", entry.getKey(), c[0], c[1], c[2], p, r));
    }
    double macroP = sumP / counts.size();
    double macroR = sumR / counts.size();
    table.append(String.format("| **macro** | | | | %.3f | %.3f |%n", macroP, macroR));
    System.out.println(table);
    System.out.println(errors);
    assertTrue(macroP >= 0.9, "macro precision " + macroP + "\n" + errors);
    assertTrue(macroR >= 0.9, "macro recall " + macroR + "\n" + errors);
  }

  @Test
  void toneClassAccuracyIsAtLeast88Percent() {
    ToneScorer scorer = ToneScorer.defaultScorer();
    int right = 0;
    StringBuilder errors = new StringBuilder();
    TreeMap<String, int[]> confusion = new TreeMap<>();
    for (Example e : examples) {
      String predicted = toneClass(scorer.score(e.text(), SentenceSplitter.starts(e.text())));
      confusion.computeIfAbsent(e.tone(), k -> new int[2])[0]++;
      if (predicted.equals(e.tone())) {
        right++;
        confusion.get(e.tone())[1]++;
      } else {
        errors.append(e.tone()).append(" -> ").append(predicted).append(": ").append(e.text());
        errors.append('\n');
      }
    }
    double accuracy = right / (double) examples.size();
    StringBuilder table = new StringBuilder("| tone | sentences | right |\n");
    confusion.forEach((k, v) -> table.append(String.format("| %s | %d | %d |%n", k, v[0], v[1])));
    table.append(String.format("accuracy %.3f (%d / %d)%n", accuracy, right, examples.size()));
    System.out.println(table);
    System.out.println(errors);
    assertTrue(accuracy >= 0.88, "tone accuracy " + accuracy + "\n" + errors);
  }

  @Test
  void toneClassBreaksTiesTowardsConflictThenVerbal() {
    assertEquals("verbal_conflict", toneClass(List.of(new SentenceTone(0, 0, 0, 1, 1))));
    assertEquals("verbal_cooperation", toneClass(List.of(new SentenceTone(0, 1, 1, 0, 0))));
    assertEquals("verbal_conflict", toneClass(List.of(new SentenceTone(0, 1, 0, 1, 0))));
    assertEquals("material_cooperation", toneClass(List.of(new SentenceTone(0, 1, 2, 0, 0))));
    assertEquals("neutral", toneClass(List.of()));
  }
}
