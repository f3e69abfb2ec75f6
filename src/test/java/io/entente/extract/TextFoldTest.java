package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFoldTest {

  @Test
  void wordCharsAreLettersDigitsAndCombiningMarks() {
    // letters of several scripts, digits of two, a combining acute accent
    for (char c : new char[] {'a', 'Z', 'é', 'ß', 'Ж', '中', 'ق', '7', '٣', '\u0301'}) {
      assertTrue(TextFold.isWordChar(c), "U+" + Integer.toHexString(c));
    }
    // spaces (a no-break one too), punctuation, apostrophes, dashes, a symbol, a surrogate half
    for (char c :
        new char[] {' ', '\u00A0', '\n', '.', ',', '\'', '\u2019', '-', '\u2013', '$', '\uD83C'}) {
      assertFalse(TextFold.isWordChar(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void wordCharTableAgreesWithCharacterOnTheWholeBmp() {
    int words = 0;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean expected =
          Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      assertEquals(expected, TextFold.isWordChar(c), "U+" + Integer.toHexString(i));
      words += expected ? 1 : 0;
    }
    // the BMP holds tens of thousands of letters (CJK alone is over 20,000), not all of it
    assertTrue(words > 40_000 && words < Character.MAX_VALUE, "word chars: " + words);
  }

  @Test
  void foldingKeepsLengthAndRemovesCaseAndDiacritics() {
    assertEquals("turkiye, cote d'ivoire", TextFold.fold("Türkiye, Côte d\u2019Ivoire"));
    assertEquals(7, TextFold.fold("Ålesund").length());
  }

  @Test
  void aListedLowerCaseWordIsFoundWholeInsideTheSpan() {
    Set<String> words = Set.of("half-time", "beat", "and");
    String t = "Upbeat fans cheered at half-time and Beat";
    assertTrue(TextFold.hasLowerCaseWord(t, 0, t.length(), words));
    // "half-time" is chars 23-32 (str.index): a span cut inside it finds no whole word there
    assertFalse(TextFold.hasLowerCaseWord(t, 25, 32, words));
    assertFalse(TextFold.hasLowerCaseWord(t, 23, 29, words));
    assertTrue(TextFold.hasLowerCaseWord(t, 23, 32, words));
    // "beat" inside "Upbeat" (chars 2-6) is no word, nor "Beat" (37-41) with its capital
    assertFalse(TextFold.hasLowerCaseWord(t, 2, 6, words));
    assertFalse(TextFold.hasLowerCaseWord(t, 37, t.length(), words));
  }

  @Test
  void aScoreIsDigitsAroundADashAsAWordOfItsOwn() {
    assertTrue(TextFold.hasScore("won 27-24 in overtime", 0, 21));
    assertTrue(TextFold.hasScore("held 1\u20131 at home", 0, 16));
    assertFalse(TextFold.hasScore("the 2020-21 season", 0, 18));
    assertFalse(TextFold.hasScore("a COVID-19 test", 0, 15));
    assertFalse(TextFold.hasScore("a well-known team", 0, 17));
    // bounds cut nothing: "1-1" lies wholly inside [5, 8), "27-24" is cut at 7
    assertTrue(TextFold.hasScore("held 1-1.", 5, 8));
    assertFalse(TextFold.hasScore("won 27-24", 0, 7));
    // a range of days before its month is a date, even when the month lies past the bound
    assertFalse(TextFold.hasScore("the 19-21 September earthquakes", 0, 31));
    assertFalse(TextFold.hasScore("talks on 3–5 May", 0, 12));
    assertTrue(TextFold.hasScore("won 3-1 in May", 0, 14));
    // a range of pages or paragraphs, or of an amount, is no score
    for (String range : new String[] {"(A/34/PV.31, p. 53-55)", "paragraphs 138-140 say",
        "some 700-800 million people", "a rise of 10-15 per cent", "a 2-3% rise",
        "for 2-3 years"}) {
      assertFalse(TextFold.hasScore(range, 0, range.length()), range);
    }
    assertTrue(TextFold.hasScore("beat them 3-2 in Paris", 0, 22));
  }
}
