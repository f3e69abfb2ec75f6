package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
}
