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
    // five letters after three consonants are one syllable too; after a vowel, two
    assertEquals(
        List.of("scrap", "scraps", "scrapped", "scrapping"), Inflections.variants("scrap"));
    assertEquals(
        List.of("limit", "limits", "limited", "limiting"), Inflections.variants("limit"));
  }

  @Test
  void irregularVerbsAddTheirTableForms() {
    assertEquals(
        List.of("meet", "meets", "meeted", "meeting", "met"), Inflections.variants("meet"));
  }

  @Test
  void acronymsAreLeftAlone() {
    assertEquals(List.of("UNHCR"), Inflections.variants("UNHCR"));
    assertEquals(List.of("COVID-19"), Inflections.variants("COVID-19"));
  }

  @Test
  void aCapitalisedLastWordTakesOnlyItsPlural() {
    assertEquals(
        List.of("Millennium Development Goal", "Millennium Development Goals"),
        Inflections.variants("Millennium Development Goal"));
    assertEquals(
        List.of("Geneva Convention", "Geneva Conventions"),
        Inflections.variants("Geneva Convention"));
    assertEquals(List.of("Red Cross", "Red Crosses"), Inflections.variants("Red Cross"));
    assertEquals(List.of("Army", "Armies"), Inflections.variants("Army"));
  }

  @Test
  void thePartAfterTheLastHyphenIsInflected() {
    assertEquals(
        List.of("start-up", "start-ups", "start-uped", "start-uping"),
        Inflections.variants("start-up"));
  }

  @Test
  void everyWordTakesItsOtherSpellingOfIseAndIze() {
    // the lemma and its forms, then each form with -ize/-ise swapped, in that order
    assertEquals(
        List.of(
            "normalization process",
            "normalization processes",
            "normalization processed",
            "normalization processing",
            "normalisation process",
            "normalisation processes",
            "normalisation processed",
            "normalisation processing"),
        Inflections.variants("normalization process"));
    assertEquals(
        List.of("criticise", "criticises", "criticised", "criticising", "criticize",
            "criticizes", "criticized", "criticizing"),
        Inflections.variants("criticise"));
    // a capitalised name's words swap too: "World Health Organisation"
    assertEquals(
        List.of("World Health Organization", "World Health Organizations",
            "World Health Organisation", "World Health Organisations"),
        Inflections.variants("World Health Organization"));
  }

  @Test
  void aShortStemKeepsItsSpelling() {
    // "prize" is no spelling of "prise", nor "seize" of "seise"
    assertEquals(List.of("prize", "prizes", "prized", "prizing"), Inflections.variants("prize"));
    assertEquals(List.of("seize", "seizes", "seized", "seizing"), Inflections.variants("seize"));
    assertEquals("raise capital", Inflections.otherSpelling("raise capital"));
  }
}
