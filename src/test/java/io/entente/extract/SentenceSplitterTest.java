package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static void assertStarts(String text, int... expected) {
    assertArrayEquals(expected, SentenceSplitter.starts(text), text);
  }

  @Test
  void fullStopFollowedByACapitalEndsASentence() {
    assertStarts("Mr. Smith arrived. He spoke.", 0, 19);
  }

  @Test
  void titlesMonthsBeforeANumberAndSaintDoNotEndASentence() {
    assertStarts(
        "The U.S. envoy met Gen. Ali on Feb. 25 in St. Petersburg. Talks went well.", 0, 58);
  }

  @Test
  void dottedAbbreviationEndsASentenceOnlyBeforeAUsualOpener() {
    assertStarts("He flew to the U.S. The talks ended.", 0, 20);
    assertStarts("The U.K. Parliament met.", 0);
  }

  @Test
  void initialsDoNotEndASentence() {
    assertStarts("J. Smith and A. B. Jones signed. They left.", 0, 33);
  }

  @Test
  void decimalsDoNotEndASentence() {
    assertStarts("Growth was 3.5 percent. Exports rose 2.1 percent.", 0, 24);
  }

  @Test
  void ellipsisEndsASentenceOnlyBeforeACapital() {
    assertStarts("We waited... and waited. Then it came\u2026 Finally!", 0, 25, 39);
  }

  @Test
  void closingQuotesStayWithTheSentenceTheyEnd() {
    assertStarts("\"We agree.\" He nodded. \u201cYes.\u201d Then he left.", 0, 12, 23, 30);
  }

  @Test
  void aNewlineAlwaysEndsASentence() {
    assertStarts("Title line\nBody starts here. Next one.", 0, 11, 29);
  }

  @Test
  void aLineBreakBeforeALowerCaseWordIsAHardWrapNotAnEnd() {
    assertStarts("We thank the\nmembers of the Assembly, and\n  all others.\nNext line", 0, 56);
    assertStarts("Trade talks open\nALMATY - The ministers met.", 0, 17);
  }

  @Test
  void aBlankLineEndsASentenceAndTheNextStartsAfterIt() {
    assertStarts("Para one\n\nPara two", 0, 10);
  }

  @Test
  void firstSentenceStartsAtZeroEvenAfterLeadingSpaces() {
    assertStarts("  Hello. World", 0, 9);
  }

  @Test
  void aLineLedBySpacesHasContentAndEndsAtItsBreak() {
    // " "0-1, "Leading" 2-8, " " 9, "spaces" 10-15, newline 16, "Next" 17; a line of spaces
    // alone (22-24) ends nothing
    assertStarts("  Leading spaces\nNext\n   \nLast.", 0, 17, 26);
  }

  @Test
  void aWordWithNonAsciiLettersBeforeAStopIsNoAbbreviation() {
    // "He met Mr. Lévy in Zürich." is 0-25: Mr. is a title, Zürich. ends the sentence; "They
    // spoke." is 27-37; Sept. before a digit does not end one
    assertStarts("He met Mr. Lévy in Zürich. They spoke. Sept. 5 was set.", 0, 27, 39);
  }

  @Test
  void numberAbbreviationAndLowerCaseContinuationDoNotSplit() {
    assertStarts("See No. 5 and e.g. this. Done? Yes!", 0, 25, 31);
  }

  @Test
  void emptyTextHasNoSentences() {
    assertStarts("");
  }

  @Test
  void sentenceOfFindsTheLastStartAtOrBeforeTheOffset() {
    int[] starts = {0, 10, 25};
    assertEquals(0, SentenceSplitter.sentenceOf(starts, 0));
    assertEquals(0, SentenceSplitter.sentenceOf(starts, 9));
    assertEquals(1, SentenceSplitter.sentenceOf(starts, 10));
    assertEquals(1, SentenceSplitter.sentenceOf(starts, 24));
    assertEquals(2, SentenceSplitter.sentenceOf(starts, 25));
    assertEquals(2, SentenceSplitter.sentenceOf(starts, 1000));
    assertEquals(-1, SentenceSplitter.sentenceOf(new int[0], 3));
  }
}
