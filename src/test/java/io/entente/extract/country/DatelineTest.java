package io.entente.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.Mention;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {

  private static final CountryMatcher M = CountryMatcher.defaultMatcher();

  @Test
  void parsesCityQualifierAndCredit() {
    // "KYIV, Ukraine (AP) — " is 21 chars
    assertEquals(
        Optional.of(new Dateline("KYIV, Ukraine", "AP", 21)),
        CountryMatcher.parseDateline("KYIV, Ukraine (AP) \u2014 Drones hit"));
  }

  @Test
  void parsesBareCityAndEnDash() {
    assertEquals(
        Optional.of(new Dateline("ALMATY", null, 9)),
        CountryMatcher.parseDateline("ALMATY \u2013 Kazakh Foreign Minister"));
  }

  @Test
  void parsesDateAndReutersCredit() {
    // "LONDON, Feb 3 (Reuters) - " is 26 chars
    assertEquals(
        Optional.of(new Dateline("LONDON", "Reuters", 26)),
        CountryMatcher.parseDateline("LONDON, Feb 3 (Reuters) - Britain said"));
  }

  @Test
  void ordinaryOpeningHasNoDateline() {
    assertEquals(Optional.empty(), CountryMatcher.parseDateline("The minister said on Monday"));
  }

  @Test
  void qualifierCountryWins() {
    assertEquals(
        Optional.of(
            new Mention("UKR", "country", "KYIV, Ukraine", -1, -1, "dateline", "dateline")),
        M.resolveDateline("KYIV, Ukraine"));
  }

  @Test
  void bareCityResolvesThroughTheGazetteer() {
    assertEquals("KAZ", M.resolveDateline("ALMATY").orElseThrow().code());
  }

  @Test
  void usStateAbbreviationGivesTheUnitedStates() {
    assertEquals("USA", M.resolveDateline("ATLANTA, Ga.").orElseThrow().code());
  }

  @Test
  void unknownPlaceResolvesToNothing() {
    assertEquals(Optional.empty(), M.resolveDateline("NOWHEREVILLE"));
  }
}
