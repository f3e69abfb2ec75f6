package io.entente.extract.topic;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import io.entente.extract.TopicHit;
import io.entente.extract.UngdcCorpus;
import io.entente.extract.UngdcCorpus.Reservoir;
import io.entente.extract.tone.ToneLexicon;
import io.entente.extract.tone.ToneScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hand-review helper, not a test: runs the topic matcher over the UN General Debate corpus (a
 * JSON-lines .gz file given BY PATH) and prints, per topic, a fixed-seed sample of the sentences it
 * tags, to be read and judged; or, with {@code --diff}, what changes between two taxonomy files:
 * per topic the sentences tagged before, those no longer tagged and those newly tagged, with a
 * sample of each change.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * CP=target/classes:target/test-classes:$(cat /tmp/cp.txt)
 * java -cp $CP io.entente.extract.topic.UngdcTopicSample CORPUS.jsonl.gz [perTopic] [seed] \
 *     [taxonomy.json]
 * java -cp $CP io.entente.extract.topic.UngdcTopicSample --diff CORPUS.jsonl.gz OLD.json NEW.json \
 *     [perTopic]
 * java -cp $CP io.entente.extract.topic.UngdcTopicSample --tone CORPUS.jsonl.gz [perClass] [seed] \
 *     [lexicon.json]
 * </pre>
 *
 * <p>{@code --tone} samples the sentences the tone scorer leans one way: "cooperation" (more
 * cooperation cues than conflict cues), "conflict" or "balanced", with their cue counts.
 *
 * <p>The figures in docs/topics.md ("UN General Debate hand review") come from the first form,
 * 20 per topic, seeds 777 (the taxonomy before the review, {@code git show
 * 632b380:src/main/resources/taxonomy/default-taxonomy.json}) and 31337 (after); the tone figures
 * from {@code --tone}, 30 per class, seeds 99 (lexicon 2026.11.1, {@code git show
 * 632b380:src/main/resources/tone/lexicon.json}) and 100 (after).
 */
public final class UngdcTopicSample {
  private static final int MAX_SENTENCE = 300;

  private UngdcTopicSample() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--diff")) {
      diff(args[1], args[2], args[3], args.length > 4 ? Integer.parseInt(args[4]) : 12);
    } else if (args.length > 0 && args[0].equals("--tone")) {
      tone(
          args[1],
          args.length > 2 ? Integer.parseInt(args[2]) : 30,
          args.length > 3 ? Long.parseLong(args[3]) : 99L,
          args.length > 4 ? args[4] : null);
    } else {
      sample(
          args[0],
          args.length > 1 ? Integer.parseInt(args[1]) : 20,
          args.length > 2 ? Long.parseLong(args[2]) : 777L,
          args.length > 3 ? args[3] : null);
    }
  }

  private static void sample(String corpus, int per, long seed, String taxonomy)
      throws IOException {
    TopicMatcher matcher =
        taxonomy == null
            ? TopicMatcher.defaultMatcher()
            : TopicMatcher.compile(Taxonomy.load(Path.of(taxonomy)));
    Reservoir reservoir = new Reservoir(per, seed);
    long[] sentences = new long[1];
    UngdcCorpus.forEachSpeech(
        corpus,
        (id, text) -> {
          int[] starts = SentenceSplitter.starts(text);
          sentences[0] += starts.length;
          for (TopicHit hit : matcher.find(text, starts)) {
            reservoir.offer(hit.topic(), id + " | " + sentence(text, starts, hit.sentence()));
          }
        });
    System.out.printf("sentences=%d%n", sentences[0]);
    reservoir.print("");
  }

  private static void tone(String corpus, int per, long seed, String lexicon) throws IOException {
    ToneScorer scorer =
        lexicon == null
            ? ToneScorer.defaultScorer()
            : ToneScorer.compile(ToneLexicon.load(Path.of(lexicon)));
    Reservoir reservoir = new Reservoir(per, seed);
    UngdcCorpus.forEachSpeech(
        corpus,
        (id, text) -> {
          int[] starts = SentenceSplitter.starts(text);
          for (SentenceTone t : scorer.score(text, starts)) {
            if (t.cooperation() + t.conflict() == 0) {
              continue;
            }
            String lean =
                t.score() > 0 ? "cooperation" : t.score() < 0 ? "conflict" : "balanced";
            reservoir.offer(
                lean,
                String.format(
                    "%s [vc%d mc%d vx%d mx%d] %s",
                    id,
                    t.verbalCooperation(),
                    t.materialCooperation(),
                    t.verbalConflict(),
                    t.materialConflict(),
                    sentence(text, starts, t.sentence())));
          }
        });
    reservoir.print("");
  }

  private static void diff(String corpus, String oldTaxonomy, String newTaxonomy, int per)
      throws IOException {
    TopicMatcher before = TopicMatcher.compile(Taxonomy.load(Path.of(oldTaxonomy)));
    TopicMatcher after = TopicMatcher.compile(Taxonomy.load(Path.of(newTaxonomy)));
    Map<String, long[]> counts = new TreeMap<>();
    Reservoir removed = new Reservoir(per, 5L);
    Reservoir added = new Reservoir(per, 5L);
    UngdcCorpus.forEachSpeech(
        corpus,
        (id, text) -> {
          int[] starts = SentenceSplitter.starts(text);
          Set<TopicHit> a = keys(before.find(text, starts));
          Set<TopicHit> b = keys(after.find(text, starts));
          for (TopicHit h : a) {
            counts.computeIfAbsent(h.topic(), k -> new long[3])[0]++;
            if (!b.contains(h)) {
              counts.get(h.topic())[1]++;
              removed.offer(h.topic(), id + " | " + sentence(text, starts, h.sentence()));
            }
          }
          for (TopicHit h : b) {
            if (!a.contains(h)) {
              counts.computeIfAbsent(h.topic(), k -> new long[3])[2]++;
              added.offer(h.topic(), id + " | " + sentence(text, starts, h.sentence()));
            }
          }
        });
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      System.out.printf(
          "%-28s before %7d removed %6d added %6d%n", e.getKey(), c[0], c[1], c[2]);
    }
    removed.print("removed ");
    added.print("added ");
  }

  // a hit's identity is its sentence and topic; the score may differ between taxonomies
  private static Set<TopicHit> keys(List<TopicHit> hits) {
    Set<TopicHit> out = new HashSet<>();
    for (TopicHit h : hits) {
      out.add(new TopicHit(h.topic(), h.sentence(), 0));
    }
    return out;
  }

  private static String sentence(String text, int[] starts, int index) {
    int end = index + 1 < starts.length ? starts[index + 1] : text.length();
    String s = text.substring(starts[index], end).replaceAll("\\s+", " ").strip();
    return s.length() > MAX_SENTENCE ? s.substring(0, MAX_SENTENCE) + "..." : s;
  }
}
