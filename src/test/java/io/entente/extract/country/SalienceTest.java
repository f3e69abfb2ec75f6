package io.entente.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceTest {

  private static Mention at(String code, int start) {
    return new Mention(code, Mention.COUNTRY, code, start, start + 3, "name", "actor");
  }

  @Test
  void mostMentionedTitledLeadCountryScoresOne() {
    List<CountrySalience> s =
        Salience.compute(
            List.of(at("KAZ", 0), at("KAZ", 500), at("GBR", 900)), List.of(at("KAZ", 0)), 400);
    // KAZ: 0.40 * 2/2 + 0.35 + 0.25 = 1.0; GBR: 0.40 * 1/2 = 0.20 (not in title, 900 >= 400)
    assertEquals(
        List.of(
            new CountrySalience("GBR", 1, false, false, 0.20),
            new CountrySalience("KAZ", 2, true, true, 1.0)),
        roundedList(s));
  }

  @Test
  void titleOnlyCountryHasZeroMentions() {
    List<CountrySalience> s = Salience.compute(List.of(at("KAZ", 10)), List.of(at("USA", 0)), 400);
    assertEquals(
        List.of(
            new CountrySalience("KAZ", 1, false, true, 0.65),
            new CountrySalience("USA", 0, true, false, 0.35)),
        roundedList(s));
  }

  @Test
  void datelineCountsAsInLead() {
    Mention d = new Mention("UKR", Mention.COUNTRY, "KYIV", -1, -1, "dateline", "dateline");
    assertEquals(
        List.of(new CountrySalience("UKR", 1, false, true, 0.65)),
        roundedList(Salience.compute(List.of(d), List.of(), 0)));
  }

  @Test
  void blocMentionsAreIgnored() {
    Mention eu = new Mention("EU", Mention.BLOC, "EU", 0, 2, "bloc", "actor");
    assertEquals(List.of(), Salience.compute(List.of(eu), List.of(eu), 400));
  }

  @Test
  void leadIsTwoSentencesButAtLeastFourHundredChars() {
    assertEquals(400, Salience.leadEnd(List.of(0, 50, 120, 300), 1000));
    assertEquals(650, Salience.leadEnd(List.of(0, 300, 650, 900), 1000));
    assertEquals(200, Salience.leadEnd(List.of(0, 100), 200));
  }

  private static List<CountrySalience> roundedList(List<CountrySalience> in) {
    return in.stream()
        .map(
            c ->
                new CountrySalience(
                    c.code(),
                    c.mentions(),
                    c.isInTitle(),
                    c.isInLead(),
                    Math.round(c.salience() * 1e9) / 1e9))
        .toList();
  }
}
