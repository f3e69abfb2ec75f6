package io.entente.ml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic news corpus with known injected near-duplicate copies, for measuring Dedup's
 * pairwise precision and recall. Stories are drawn from a Zipf-like vocabulary plus topic words,
 * and stories on the same topic share stock sentences (boilerplate), so distinct same-topic
 * stories do overlap a little. Copies of a story get one edit: exact copy, new headline, last
 * paragraph trimmed, paragraph added, about 2% of words replaced, or trimmed and word-edited.
 */
final class SyntheticCorpus {
  /** One generated article and the id of the story it is a copy of (its own id if original). */
  record Article(String id, LocalDate date, String source, String text, String story) {}

  static final String[] EDITS = {"exact", "rehead", "trim", "add", "words", "trim+words"};

  private static final int VOCAB = 4000;
  private static final int TOPICS = 12;
  private static final int TOPIC_WORDS = 60;
  private static final int STOCK_SENTENCES = 20;
  private static final String[] SYLLABLES = {
    "ka", "ze", "mo", "ri", "tan", "bel", "dor", "vi", "lu", "sha", "ne", "po", "gra", "sti",
    "mar", "ol", "ex", "qui", "fen", "ta", "ur", "ba", "ken", "li"
  };

  private final Random random;
  private final String[] vocab = new String[VOCAB];
  private final int[][] topicWords = new int[TOPICS][TOPIC_WORDS];
  private final String[][] stock = new String[TOPICS][STOCK_SENTENCES];

  SyntheticCorpus(long seed) {
    random = new Random(seed);
    for (int i = 0; i < VOCAB; i++) {
      vocab[i] = word(i);
    }
    for (int t = 0; t < TOPICS; t++) {
      for (int w = 0; w < TOPIC_WORDS; w++) {
        topicWords[t][w] = 200 + random.nextInt(VOCAB - 200);
      }
      for (int s = 0; s < STOCK_SENTENCES; s++) {
        stock[t][s] = sentence(t, false);
      }
    }
  }

  /** About {@code n} articles; roughly a quarter of the stories get one to three copies. */
  List<Article> generate(int n) {
    List<Article> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    int story = 0;
    while (out.size() < n) {
      int topic = random.nextInt(TOPICS);
      String id = String.format("s%06d", story++);
      LocalDate date = start.plusDays(random.nextInt(360));
      List<List<String>> paragraphs = new ArrayList<>();
      int np = 4 + random.nextInt(4);
      for (int p = 0; p < np; p++) {
        paragraphs.add(paragraph(topic));
      }
      String headline = sentence(topic, false);
      out.add(new Article(id, date, "src" + random.nextInt(20), render(headline, paragraphs), id));
      if (random.nextDouble() < 0.25) {
        int copies = 1 + random.nextInt(3);
        for (int c = 0; c < copies && out.size() < n; c++) {
          String edit = EDITS[random.nextInt(EDITS.length)];
          String text = edited(edit, topic, headline, paragraphs);
          out.add(
              new Article(
                  id + "-c" + c,
                  date.plusDays(random.nextInt(4)),
                  "src" + random.nextInt(20),
                  text,
                  id));
        }
      }
    }
    return out;
  }

  private String edited(String edit, int topic, String headline, List<List<String>> paragraphs) {
    List<List<String>> ps = new ArrayList<>(paragraphs);
    String head = headline;
    switch (edit) {
      case "rehead" -> head = sentence(topic, false);
      case "trim" -> ps.remove(ps.size() - 1);
      case "add" -> ps.add(paragraph(topic));
      case "words" -> ps = replaceWords(ps, 0.02);
      case "trim+words" -> {
        ps.remove(ps.size() - 1);
        ps = replaceWords(ps, 0.02);
      }
      default -> {}
    }
    return render(head, ps);
  }

  private List<List<String>> replaceWords(List<List<String>> ps, double rate) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> p : ps) {
      List<String> q = new ArrayList<>();
      for (String s : p) {
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
          if (random.nextDouble() < rate) {
            words[i] = vocab[zipf()];
          }
        }
        q.add(String.join(" ", words));
      }
      out.add(q);
    }
    return out;
  }

  private static String render(String headline, List<List<String>> paragraphs) {
    StringBuilder sb = new StringBuilder(headline);
    for (List<String> p : paragraphs) {
      sb.append("\n\n").append(String.join(" ", p));
    }
    return sb.toString();
  }

  private List<String> paragraph(int topic) {
    List<String> p = new ArrayList<>();
    int ns = 2 + random.nextInt(3);
    for (int s = 0; s < ns; s++) {
      boolean boilerplate = random.nextDouble() < 0.2;
      p.add(boilerplate ? stock[topic][random.nextInt(STOCK_SENTENCES)] : sentence(topic, true));
    }
    return p;
  }

  private String sentence(int topic, boolean punctuate) {
    int len = 8 + random.nextInt(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      if (i > 0) {
        sb.append(random.nextDouble() < 0.08 ? ", " : " ");
      }
      int w =
          random.nextDouble() < 0.3 ? topicWords[topic][random.nextInt(TOPIC_WORDS)] : zipf();
      String word = vocab[w];
      sb.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return sb.append(punctuate ? "." : "").toString();
  }

  /** A Zipf-like rank: log-uniform over the vocabulary, so low ranks are common. */
  private int zipf() {
    return (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VOCAB))) - 1;
  }

  private static String word(int i) {
    StringBuilder sb = new StringBuilder();
    int x = i;
    do {
      sb.append(SYLLABLES[x % SYLLABLES.length]);
      x /= SYLLABLES.length;
    } while (x > 0);
    return sb.toString();
  }
}
