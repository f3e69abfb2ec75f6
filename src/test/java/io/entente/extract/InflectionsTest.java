package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void regularLemmaGetsPluralPastAndGerund() {
    assertEquals(
        List.of("sanction", "sanctions", "sanctioned", "sanctioning"),
        Inflections.variants("sanction"));
  }

  @Test
  void onlyTheLastWordOfAPhraseIsInflected() {
    assertEquals(
        List.of("impose sanction", "impose sanctions", "impose sanctioned", "impose sanctioning"),
        Inflections.variants("impose sanction"));
  }

  @Test
  void silentEIsDroppedBeforeIngButKeptAfterAnotherE() {
    assertEquals(List.of("seize", "seizes", "seized", "seizing"), Inflections.variants("seize"));
    assertEquals(List.of("agree", "agrees", "agreed", "agreeing"), Inflections.variants("agree"));
  }

  @Test
  void consonantYBecomesIesAndIed() {
    assertEquals(
        List.of("supply", "supplies", "supplied", "supplying"), Inflections.variants("supply"));
  }

  @Test
  void sibilantsTakeEs() {
    assertEquals(List.of("tax", "taxes", "taxed", "taxing"), Inflections.variants("tax"));
  }

  @Test
  void shortConsonantVowelConsonantWordsDoubleTheLastConsonant() {
    assertEquals(List.of("ban", "bans", "banned", "banning"), Inflections.variants("ban"));
  }

  @Test
  void irregularVerbsAddTheirTableForms() {
    assertEquals(
        List.of("meet", "meets", "meeted", "meeting", "met"), Inflections.variants("meet"));
  }

  @Test
  void acronymsAndCapitalisedWordsAreLeftAlone() {
    assertEquals(List.of("UNHCR"), Inflections.variants("UNHCR"));
    assertEquals(List.of("Paris Agreement"), Inflections.variants("Paris Agreement"));
  }

  @Test
  void thePartAfterTheLastHyphenIsInflected() {
    assertEquals(
        List.of("start-up", "start-ups", "start-uped", "start-uping"),
        Inflections.variants("start-up"));
  }
}
