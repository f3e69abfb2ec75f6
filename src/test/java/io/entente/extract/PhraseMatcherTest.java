package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.entente.extract.country.CountryMatcher;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> longest(PhraseMatcher m, String text) {
    int[] t = m.findLongest(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.length; k += 3) {
      out.add(m.phrase(t[k]) + "@" + t[k + 1] + "-" + t[k + 2]);
    }
    return out;
  }

  @Test
  void longerPhraseWinsOverTheShorterOneInsideIt() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("Guinea");
    b.add("Papua New Guinea");
    b.add("New Guinea");
    PhraseMatcher m = b.build();
    assertEquals(List.of("Papua New Guinea@4-20"), longest(m, "But Papua New Guinea said"));
    assertEquals(List.of("Guinea@0-6"), longest(m, "Guinea said"));
  }

  @Test
  void matchesOnlyWholeWords() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("Oman");
    b.add("Iran");
    PhraseMatcher m = b.build();
    assertEquals(List.of(), longest(m, "A woman from Tirana, Romania"));
    assertEquals(List.of("Oman@0-4", "Iran@9-13"), longest(m, "Oman and Iran's"));
  }

  @Test
  void foldsCaseDiacriticsAndApostrophes() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("Côte d'Ivoire");
    b.add("Türkiye");
    PhraseMatcher m = b.build();
    assertEquals(
        List.of("Côte d'Ivoire@0-13", "Türkiye@18-25"),
        longest(m, "Cote d\u2019Ivoire and TURKIYE"));
  }

  @Test
  void caseSensitivePhraseSkipsTheLowerCaseWordButKeepsAllCaps() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("US", true);
    PhraseMatcher m = b.build();
    assertEquals(List.of(), longest(m, "let us go"));
    assertEquals(List.of("US@8-10"), longest(m, "the new US envoy"));
    assertEquals(List.of("US@11-13"), longest(m, "TALKS WITH US"));
    assertEquals(List.of(), longest(m, "the Us and them"));
  }

  @Test
  void phraseEndingInPunctuationNeedsNoBoundaryAfterIt() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("Sino-");
    b.add("U.S.", true);
    PhraseMatcher m = b.build();
    assertEquals(
        List.of("Sino-@0-5", "U.S.@22-26"), longest(m, "Sino-Kazakh talks and U.S.-led plans"));
  }

  @Test
  void reportsEveryOverlappingMatchInOnePass() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    int sudan = b.add("Sudan");
    int south = b.add("South Sudan");
    PhraseMatcher m = b.build();
    List<int[]> seen = new ArrayList<>();
    m.forEachMatch("South Sudan", (id, s, e) -> seen.add(new int[] {id, s, e}));
    assertEquals(2, seen.size());
    assertArrayEquals(new int[] {south, 0, 11}, seen.get(0));
    assertArrayEquals(new int[] {sudan, 6, 11}, seen.get(1));
  }

  @Test
  void identicalSpansAreAllReturned() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("Georgia");
    b.add("georgia");
    PhraseMatcher m = b.build();
    assertEquals(List.of("Georgia@0-7", "georgia@0-7"), longest(m, "Georgia"));
  }

  @Test
  void whitespaceRunInTheTextMatchesTheSingleSpaceOfAPhrase() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("climate change");
    b.add("House of Commons", true);
    PhraseMatcher m = b.build();
    assertEquals(
        List.of("climate change@4-21", "House of Commons@26-43"),
        longest(m, "The climate \n  change and House  of\nCommons"));
    assertEquals(List.of(), longest(m, "the house  of commons"));
  }

  @Test
  void quoteMarksInsideAPhrasesSpanReadAsSpaces() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("expressed deep concern");
    b.add("donors' conference");
    b.add("House of Commons", true);
    PhraseMatcher m = b.build();
    // offsets by str.find: "It expressed 'deep concern'." and the curly and double forms
    assertEquals(
        List.of("expressed deep concern@3-26"), longest(m, "It expressed 'deep concern'."));
    assertEquals(
        List.of("expressed deep concern@3-26"),
        longest(m, "It expressed \u201Cdeep concern\u201D"));
    assertEquals(
        List.of("expressed deep concern@3-28"), longest(m, "It expressed \"deep\"  concern."));
    // the phrase's own apostrophe before its space is kept, a quote mark after it is skipped
    assertEquals(List.of("donors' conference@4-23"), longest(m, "the donors' 'conference'"));
    assertEquals(List.of("House of Commons@5-22"), longest(m, "the \u00ABHouse of\u00BB Commons"));
    // an apostrophe closing a quotation before the space still breaks the phrase
    assertEquals(List.of(), longest(m, "It expressed 'deep' concern."));
    // a quote mark is no letter: the case-sensitive phrase still needs its own case
    assertEquals(List.of(), longest(m, "the \"house of\" commons"));
  }

  @Test
  void spacesAtAPhrasesEdgesAreDroppedNoBreakSpacesToo() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("\u00A0Sri\u00A0Lanka\u202F");
    PhraseMatcher m = b.build();
    assertEquals("Sri\u00A0Lanka", m.phrase(0));
    // "In" 0-1, "Sri" 3-5, two spaces 6-7, "Lanka" 8-12, the full stop 13
    assertEquals(List.of("0@3-13"), triples(m.over("In Sri  Lanka.")));
    assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.builder().add("\u00A0"));
  }

  private static List<String> triples(PhraseMatcher.MatchSource source) {
    List<String> out = new ArrayList<>();
    source.forEachMatch((id, start, end) -> out.add(id + "@" + start + "-" + end));
    return out;
  }

  @Test
  void jointPassGivesEachPartItsOwnMatches() {
    PhraseMatcher.Builder b0 = PhraseMatcher.builder();
    b0.add("United Nations");
    b0.add("Nations");
    PhraseMatcher.Builder b1 = PhraseMatcher.builder();
    b1.add("nations");
    b1.add("UN", true);
    PhraseMatcher.Builder b2 = PhraseMatcher.builder();
    b2.add("united");
    PhraseMatcher.Joint joint = PhraseMatcher.Joint.of(b0.build(), b1.build(), b2.build());
    // offsets: T0 ... U4 ... d9, two spaces 10-11, N12 ... s18, (20 U21 N22 )23, u29 n30,
    // n32 ... s38
    String text = "The United  Nations (UN) met un nations.";
    PhraseMatcher.Joint.Pass pass = joint.pass(text);
    // at one end offset the longer phrase comes first
    assertEquals(List.of("0@4-19", "1@12-19", "1@32-39"), triples(pass.part(0)));
    // "un" is not the case-sensitive "UN"; the shared phrase "nations" keeps part 1's id 0
    assertEquals(List.of("0@12-19", "1@21-23", "0@32-39"), triples(pass.part(1)));
    // the third part has no phrase with a space, so its own pass never collapses whitespace
    assertEquals(List.of("0@4-10"), triples(pass.part(2)));
  }

  /** A word of {@code words}; with {@code more}, up to two more after a space or a hyphen. */
  private static String randomPhrase(Random random, String[] words, boolean more) {
    StringBuilder phrase = new StringBuilder(words[random.nextInt(words.length)]);
    int extra = more ? random.nextInt(3) : 0;
    for (int w = 0; w < extra; w++) {
      phrase.append(random.nextBoolean() ? " " : "-");
      phrase.append(words[random.nextInt(words.length)]);
    }
    return phrase.toString();
  }

  /** 1 to {@code maxWords} words of {@code words}, a quarter in upper case, each before a gap. */
  private static String randomText(Random random, String[] words, String[] gaps, int maxWords) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(maxWords);
    for (int w = 0; w < n; w++) {
      String word = words[random.nextInt(words.length)];
      text.append(random.nextInt(4) == 0 ? word.toUpperCase() : word);
      text.append(gaps[random.nextInt(gaps.length)]);
    }
    return text.toString();
  }

  @Test
  void jointPassAgreesWithEachPartsOwnPassOnRandomText() {
    Random random = new Random(20261129L);
    String[] words = {"an", "ana", "nan", "Na", "na-an", "Ân", "s'an", "NAN", "a"};
    String[] gaps = {" ", "  ", "\n", " \n ", "-", ", ", "", "\t"};
    PhraseMatcher[] parts = new PhraseMatcher[3];
    for (int k = 0; k < parts.length; k++) {
      PhraseMatcher.Builder b = PhraseMatcher.builder();
      for (int i = 0; i < 12; i++) {
        // the last part's phrases are single words, so only its own pass reads every space
        b.add(randomPhrase(random, words, k != 2), random.nextInt(3) == 0);
      }
      parts[k] = b.build();
    }
    PhraseMatcher.Joint joint = PhraseMatcher.Joint.of(parts);
    int matched = 0;
    for (int t = 0; t < 300; t++) {
      String s = randomText(random, words, gaps, 30);
      PhraseMatcher.Joint.Pass pass = joint.pass(s);
      for (int k = 0; k < parts.length; k++) {
        List<String> own = triples(parts[k].over(s));
        assertEquals(own, triples(pass.part(k)), "part " + k + " of: " + s);
        matched += own.size();
      }
    }
    // the texts are dense in the phrases' words: most of them match something
    assertEquals(true, matched > 3000, "matches compared: " + matched);
  }

  @Test
  void jointPassOfTheBundledMatchersAgreesWithTheirOwnPasses() throws IOException {
    CountryMatcher countries = CountryMatcher.defaultMatcher();
    TopicMatcher topics = TopicMatcher.defaultMatcher();
    ToneScorer tone = ToneScorer.defaultScorer();
    PhraseMatcher[] parts = {countries.phrases(), topics.phrases(), tone.phrases()};
    PhraseMatcher.Joint joint = PhraseMatcher.Joint.of(parts);
    ObjectMapper mapper = new ObjectMapper();
    int[] matched = new int[parts.length];
    for (String set : List.of("/eval/countries.jsonl", "/eval/topics.jsonl")) {
      try (InputStream in = PhraseMatcherTest.class.getResourceAsStream(set);
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String text = mapper.readTree(line).get("text").asText();
          PhraseMatcher.Joint.Pass pass = joint.pass(text);
          for (int k = 0; k < parts.length; k++) {
            List<String> own = triples(parts[k].over(text));
            assertEquals(own, triples(pass.part(k)), "part " + k + " of: " + text);
            matched[k] += own.size();
          }
          int[] starts = SentenceSplitter.starts(text);
          assertEquals(countries.find(text), countries.find(text, starts, pass.part(0)), text);
          assertEquals(topics.find(text, starts), topics.find(text, starts, pass.part(1)), text);
          assertEquals(tone.score(text, starts), tone.score(text, starts, pass.part(2)), text);
        }
      }
    }
    // every part has matches to compare in the labelled sentences
    for (int k = 0; k < parts.length; k++) {
      assertEquals(true, matched[k] > 100, "part " + k + ": " + matched[k]);
    }
  }

  /**
   * Every whole-word occurrence of every phrase, found by trying each phrase at each offset of the
   * text (an independent route: no automaton), ordered as a pass reports them: by end, then by
   * start, then by id. Case-insensitive phrases only. A phrase's space matches a run of
   * whitespace; a phrase led (or ended) by a word char needs a non-word char or the text's edge
   * before (after) it.
   */
  private static List<String> everyOccurrence(List<String> phrases, String text) {
    List<int[]> found = new ArrayList<>();
    for (int id = 0; id < phrases.size(); id++) {
      String p = readAs(phrases.get(id));
      for (int start = 0; start < text.length(); start++) {
        int pos = start;
        boolean ok = true;
        for (int k = 0; k < p.length() && ok; k++) {
          if (p.charAt(k) == ' ') {
            if (k > 0 && p.charAt(k - 1) == ' ') {
              continue;
            }
            // a run: a space (or a double quote mark), then those and apostrophes
            ok = pos < text.length() && isSpaceOrDoubleQuote(text.charAt(pos));
            while (pos < text.length()
                && (isSpaceOrDoubleQuote(text.charAt(pos))
                    || isQuoteApostrophe(text.charAt(pos)))) {
              pos++;
            }
          } else {
            ok = pos < text.length() && TextFold.fold(text.charAt(pos)) == p.charAt(k);
            pos++;
          }
        }
        boolean leftOk =
            !TextFold.isWordChar(p.charAt(0))
                || start == 0
                || !TextFold.isWordChar(text.charAt(start - 1));
        boolean rightOk =
            !TextFold.isWordChar(p.charAt(p.length() - 1))
                || pos >= text.length()
                || !TextFold.isWordChar(text.charAt(pos));
        if (ok && leftOk && rightOk) {
          found.add(new int[] {id, start, pos});
        }
      }
    }
    found.sort(
        (x, y) ->
            x[2] != y[2] ? x[2] - y[2] : x[1] != y[1] ? x[1] - y[1] : Integer.compare(x[0], y[0]));
    List<String> out = new ArrayList<>();
    for (int[] f : found) {
      out.add(f[0] + "@" + f[1] + "-" + f[2]);
    }
    return out;
  }

  private static boolean isSpaceOrDoubleQuote(char c) {
    return TextFold.fold(c) == ' ' || "\"\u201C\u201D\u201E\u201F\u00AB\u00BB".indexOf(c) >= 0;
  }

  /** An apostrophe that is not a letter: after a space, an opening quote mark. */
  private static boolean isQuoteApostrophe(char c) {
    return TextFold.fold(c) == '\'' && !TextFold.isWordChar(c);
  }

  /**
   * A phrase as the scan reads it: folded, a double quote mark as a space, an apostrophe (a
   * letter or not) at the start or after a space dropped, then spaces trimmed.
   */
  private static String readAs(String phrase) {
    StringBuilder b = new StringBuilder();
    for (char c : phrase.toCharArray()) {
      boolean afterSpace = b.length() == 0 || b.charAt(b.length() - 1) == ' ';
      if (isSpaceOrDoubleQuote(c)) {
        b.append(' ');
      } else if (!(afterSpace && TextFold.fold(c) == '\'')) {
        b.append(TextFold.fold(c));
      }
    }
    return b.toString().strip();
  }

  @Test
  void passFindsWhatAScanOfEveryOffsetFinds() {
    Random random = new Random(20261130L);
    // word chars and non-word chars that fold alike or not: the modifier letter apostrophe
    // (U+02BC) is a letter that folds to the apostrophe, which is not one; U+2019 folds to it too
    String[] words = {
      "an", "ana", "nan", "Na", "Ân", "a", "s", "us", "$us", "people\u02BCs", "people's",
      "people\u2019s", "an-na", "2an", "na.", "-an", "'s", "\u02BCs"
    };
    String[] gaps = {
      " ", "  ", "\n", " \n ", "-", ", ", "", "\t", "\u00A0", ".", "'", "\u02BC", " '", " \"",
      "\u201D ", " \u2018"
    };
    int compared = 0;
    for (int round = 0; round < 40; round++) {
      List<String> phrases = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        phrases.add(randomPhrase(random, words, true));
      }
      compared += comparedWithAScan(phrases, random, words, gaps, 40, 25);
    }
    // the texts are dense in the phrases' words: most of them match something
    assertEquals(true, compared > 3000, "matches compared: " + compared);
  }

  /**
   * Builds a matcher of {@code phrases}, checks its matches in {@code texts} random texts of up to
   * {@code maxWords} words against {@link #everyOccurrence}, and returns how many were compared.
   */
  private static int comparedWithAScan(
      List<String> phrases, Random random, String[] words, String[] gaps, int texts, int maxWords) {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    phrases.forEach(b::add);
    PhraseMatcher m = b.build();
    int compared = 0;
    for (int t = 0; t < texts; t++) {
      String s = randomText(random, words, gaps, maxWords);
      List<String> expected = everyOccurrence(phrases, s);
      assertEquals(expected, triples(m.over(s)), phrases + " in: " + s);
      compared += expected.size();
    }
    return compared;
  }

  @Test
  void passOverAnAlphabetOfManyLettersFindsWhatAScanFinds() {
    // the table keeps a state's entries in lines of 16 classes, in planes: phrases spelled with
    // over 48 letters have classes in four planes
    String letters = "abcdefghijklmnopqrstuvwxyz\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7"
        + "\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C3\u03C4\u03C5"
        + "\u03C6\u03C7\u03C8\u03C9";
    Random random = new Random(20261206L);
    String[] words = new String[100];
    for (int w = 0; w < words.length; w++) {
      StringBuilder word = new StringBuilder();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      words[w] = word.toString();
    }
    String[] gaps = {" ", "  ", ", ", "-", ""};
    Set<Character> spelled = new HashSet<>();
    int compared = 0;
    for (int round = 0; round < 20; round++) {
      List<String> phrases = new ArrayList<>();
      for (String word : words) {
        phrases.add(random.nextInt(3) == 0 ? randomPhrase(random, words, true) : word);
      }
      for (String phrase : phrases) {
        for (char c : phrase.toCharArray()) {
          assertEquals(c, TextFold.fold(c), "a letter that folds to itself");
          spelled.add(c);
        }
      }
      compared += comparedWithAScan(phrases, random, words, gaps, 20, 40);
    }
    assertEquals(true, spelled.size() > 48, "letters spelled: " + spelled.size());
    assertEquals(true, compared > 3000, "matches compared: " + compared);
  }

  @Test
  void phraseAfterTheModifierLetterApostropheIsInsideAWord() {
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    b.add("s");
    b.add("people's");
    PhraseMatcher m = b.build();
    // U+02BC is a letter: "s" after it is inside the word; U+2019 is not: "s" starts a word
    assertEquals(List.of("1@0-8"), triples(m.over("people\u02BCs")));
    assertEquals(List.of("1@0-8", "0@7-8"), triples(m.over("people\u2019s")));
  }
}
