package io.entente.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer G = CountryMatcher.defaultMatcher().gazetteer();

  @Test
  void namesCountriesByCode() {
    assertEquals("Kazakhstan", G.name("KAZ"));
    assertEquals("Soviet Union", G.name("SUN"));
  }

  @Test
  void hasAllUnMembersAndBothObservers() {
    long members = G.countryCodes().stream().filter(c -> "member".equals(G.status(c))).count();
    assertEquals(193, members);
    assertEquals("observer", G.status("VAT"));
    assertEquals("observer", G.status("PSE"));
  }

  @Test
  void centralAsiaHasFiveSortedMembers() {
    assertEquals(List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"), G.blocMembers().get("CENTRAL_ASIA"));
  }

  @Test
  void unBlocMembersAreTheUnMemberStates() {
    assertEquals(193, G.blocMembers().get("UN").size());
  }

  @Test
  void blocNamesAreReadable() {
    assertEquals("Organization of Turkic States", G.blocName("OTS"));
  }

  @Test
  void disputedStatesAreContestedOthersAreNot() {
    assertTrue(G.isContested("XKX"));
    assertTrue(G.isContested("TWN"));
    // the Chagos: the UK holds them, the ICJ's 2019 opinion gives them to Mauritius
    assertTrue(G.isContested("IOT"));
    assertFalse(G.isContested("KAZ"));
  }

  @Test
  void demonymPluralAddsSExceptForSibilantsAndEse() {
    assertEquals("Kazakhs", Gazetteer.plural("Kazakh"));
    assertEquals(null, Gazetteer.plural("Swiss"));
    assertEquals(null, Gazetteer.plural("Chinese"));
    assertEquals(null, Gazetteer.plural("British"));
    // a demonym of several words too: its last word takes the plural
    assertEquals("South Africans", Gazetteer.plural("South African"));
    assertEquals(null, Gazetteer.plural("South Sudanese"));
  }

  @Test
  void pluralOfABlockedNounPhraseInflectsItsLastWord() {
    assertEquals("Swiss rolls", Gazetteer.pluralOfNoun("Swiss roll"));
    assertEquals("French fries", Gazetteer.pluralOfNoun("French fry"));
    assertEquals("Turkish delights", Gazetteer.pluralOfNoun("Turkish delight"));
    assertEquals("Scotch broths", Gazetteer.pluralOfNoun("Scotch broth"));
    assertEquals("Peking ducks", Gazetteer.pluralOfNoun("Peking duck"));
    assertEquals("Irish coffees", Gazetteer.pluralOfNoun("Irish coffee"));
    assertEquals("French stitches", Gazetteer.pluralOfNoun("French stitch"));
    assertEquals("Turkey days", Gazetteer.pluralOfNoun("Turkey day"));
    // a proper noun or a word already in s is left alone
    assertNull(Gazetteer.pluralOfNoun("Gulf of Guinea"));
    assertNull(Gazetteer.pluralOfNoun("Brussels sprouts"));
  }

  @Test
  void placesWhoseNameIsAnEnglishWordAreNotReadInLowerCase() {
    // Webster's Second lists "nice", "split" and "bath" in lower case, not "dubai" or "saigon"
    assertTrue(G.isPlaceReadableInLowerCase("Dubai"));
    assertTrue(G.isPlaceReadableInLowerCase(" saigon "));
    assertFalse(G.isPlaceReadableInLowerCase("Nice"));
    assertFalse(G.isPlaceReadableInLowerCase("Split"));
    assertFalse(G.isPlaceReadableInLowerCase("Bath"));
    // a hand-written capital is no generated place: the rule for capitals applies to it
    assertFalse(G.isPlaceReadableInLowerCase("Lisbon"));
  }

  @Test
  void everyLandmarkNamesOneKnownCountry() {
    // landmarks.tsv lists only landmarks of one country: a shared one would make a pair
    List<Gazetteer.Entry> landmarks =
        G.entries().stream().filter(e -> e.rule().equals("landmark")).toList();
    assertTrue(landmarks.size() > 500, "landmarks: " + landmarks.size());
    for (Gazetteer.Entry e : landmarks) {
      assertEquals(1, e.codes().size(), e.form());
      assertTrue(G.countryCodes().contains(e.codes().get(0)), e.form());
    }
  }

  @Test
  void dataHasAVersion() {
    assertEquals("2026.12.55", G.version());
  }

  @Test
  void namesakesAreThePlacesOfTheSameNameThatOtherCountriesHold() {
    // Perth, Scotland; Tripoli, Lebanon; Belgium's province of Luxembourg; Paris, Texas
    assertTrue(G.hasNamesake("Perth", "GBR"));
    assertTrue(G.hasNamesake(" TRIPOLI ", "LBN"));
    assertTrue(G.hasNamesake("Luxembourg", "BEL"));
    assertTrue(G.hasNamesake("Paris", "USA"));
    // Russia holds no Crimea, France no Perth; Russia's small Donetsk is left out on purpose
    assertFalse(G.hasNamesake("Crimea", "RUS"));
    assertFalse(G.hasNamesake("Perth", "FRA"));
    assertFalse(G.hasNamesake("Donetsk", "RUS"));
  }
}
