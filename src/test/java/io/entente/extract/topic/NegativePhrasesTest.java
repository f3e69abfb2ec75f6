package io.entente.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data checks over every negative phrase of the bundled taxonomy: each one overlaps at least one
 * phrase of its topic (else it is dead data; names such as "James Bond" are read without the
 * name cues, which drop "Bond" too), and vetoes it (the topic is not found in a sentence
 * made of the negative phrase alone).
 */
class NegativePhrasesTest {

  private static Taxonomy.Topic permissive(Taxonomy.Topic t) {
    List<Taxonomy.Phrase> phrases = new ArrayList<>();
    for (Taxonomy.Phrase p : t.phrases()) {
      phrases.add(new Taxonomy.Phrase(p.text(), p.weight(), p.inflect(), false, p.caseSensitive()));
    }
    return new Taxonomy.Topic(t.id(), t.label(), t.group(), 0.01, phrases, List.of(), List.of());
  }

  @Test
  void everyNegativePhraseOverlapsAPhraseOfItsTopic() {
    List<String> dead = new ArrayList<>();
    for (Taxonomy.Topic t : Taxonomy.loadDefault().topics()) {
      TopicMatcher m =
          TopicMatcher.compile(
              new Taxonomy("t", null, null, List.of(permissive(t))), PhraseNames.NONE);
      for (String n : t.negative()) {
        if (!m.topicsOf(n + ".").contains(t.id())) {
          dead.add(t.id() + ": " + n);
        }
      }
    }
    assertEquals(List.of(), dead);
  }

  @Test
  void everyNegativePhraseAloneVetoesItsTopic() {
    TopicMatcher m = TopicMatcher.defaultMatcher();
    List<String> leaking = new ArrayList<>();
    for (Taxonomy.Topic t : Taxonomy.loadDefault().topics()) {
      for (String n : t.negative()) {
        if (m.topicsOf(n + ".").contains(t.id())) {
          leaking.add(t.id() + ": " + n);
        }
      }
    }
    assertEquals(List.of(), leaking);
  }
}
