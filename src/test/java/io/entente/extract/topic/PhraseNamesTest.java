package io.entente.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.TopicHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A topic phrase the taxonomy writes in lower case, used in a text as a name (PhraseNames):
 * dropped where a cue says so, kept where capitals alone stand.
 */
class PhraseNamesTest {

  private static final TopicMatcher MATCHER =
      TopicMatcher.compile(
          Taxonomy.fromJson(
              "{\"version\": \"t\", \"topics\": ["
                  + topic("sanctions", "sanction")
                  + ","
                  + topic("minerals", "lithium", "rare earth")
                  + ","
                  + topic("disasters", "hurricane", "drought", "wildfire")
                  + ","
                  + topic("trade", "trade")
                  + ","
                  + topic("migration", "refugee")
                  + ","
                  + topic("food", "harvest", "rice")
                  + ","
                  + topic("finance", "grant")
                  + ","
                  + topic("aid", "humanitarian aid")
                  + ","
                  + topic("climate", "climate")
                  + ","
                  + topic("energy", "hydropower")
                  + ","
                  + topic("tourism", "tourism")
                  + "]}"));

  private static String topic(String id, String... phrases) {
    return "{\"id\": \""
        + id
        + "\", \"label\": \""
        + id
        + "\", \"group\": \"g\", \"phrases\": [\""
        + String.join("\", \"", phrases)
        + "\"]}";
  }

  private static List<String> topics(String text) {
    return MATCHER.find(text, SentenceSplitter.starts(text)).stream()
        .map(TopicHit::topic)
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void aNounForANamedThingBeforeOrAfterMakesAName() {
    assertEquals(List.of(), topics("The band Sanctions played their first gig in five years."));
    assertEquals(List.of(), topics("The indie band Lithium Rain and the colt Hurricane."));
    assertEquals(List.of(), topics("She read the novel 'Drought' on the train."));
    assertEquals(List.of(), topics("The band The Refugees sold out three nights."));
    assertEquals(List.of(), topics("Fans queued outside the Golden Harvest cinema on Sunday."));
  }

  @Test
  void aNounForANamedThingCalledOrNamedSoMakesAName() {
    // fifty-eighth round (t18b): "a grey colt called Pipeline", "a film called The Pipeline"
    assertEquals(List.of(), topics("A grey colt called Hurricane won by a neck."));
    assertEquals(List.of(), topics("A film called The Refugees won the top prize."));
    assertEquals(List.of(), topics("They formed a band named Sanctions in 1998."));
    // not without the noun before it, nor where the word after "called" is in lower case
    assertEquals(List.of("migration"), topics("The minister called Refugee groups to a meeting."));
    assertEquals(List.of("sanctions"), topics("A band called for sanctions on Monday."));
  }

  @Test
  void operationBeforeMakesAName() {
    // fifty-eighth round (t18b): "Operation Harvest, a month of raids on drug dealers"
    assertEquals(List.of(), topics("Police said Operation Harvest had led to 200 arrests."));
    assertEquals(List.of(), topics("The army launched Operation Hurricane in the north."));
    // an operation written in lower case is none
    assertEquals(List.of("food"), topics("The operation to bring in the harvest began."));
  }

  @Test
  void anAppositionThatNamesAThingMakesAName() {
    assertEquals(List.of(), topics("Lithium, the new album by the Oslo band, went to number one."));
    assertEquals(List.of(), topics("Hurricane, the Irish-trained colt, won the Derby."));
    assertEquals(List.of(), topics("Rare Earth, a grey colt at forty to one, won by a neck."));
    assertEquals(
        List.of(), topics("Jordan Trade, the 24-year-old winger, signed a new contract."));
  }

  @Test
  void aPlayOrAClubInAnAppositionMakesAName() {
    // fifty-eighth round (t18c), names.tsv: a play and a club name a thing in an apposition
    assertEquals(List.of(), topics("In Drought, a new play at the Almeida, two sisters fall out."));
    assertEquals(List.of(), topics("Lithium, a supper club in Soho, opens on Friday."));
    // in lower case the word is the topic's
    assertEquals(List.of("migration"), topics("The refugee club in Leeds meets on Fridays."));
  }

  @Test
  void aStreetWordAfterMakesAName() {
    assertEquals(List.of(), topics("Refugee Road will be closed from Monday."));
    assertEquals(List.of(), topics("The council will resurface Refugee Road in May."));
    // the fifty-sixth round: one more word of the name may stand before the street word
    assertEquals(List.of(), topics("A fire broke out at a warehouse on Harvest Mill Lane."));
    assertEquals(List.of(), topics("Hurricane Ridge Drive was closed by snow."));
    // not a word in capitals, nor a lower-case word, nor a name that goes on after the street
    assertEquals(List.of("trade"), topics("The Trade EU Road map was agreed."));
    assertEquals(List.of("migration"), topics("The Refugee agency Road Safety unit met."));
    assertEquals(List.of("migration"), topics("Refugee Council Street Team volunteers met."));
  }

  @Test
  void aWordThatEndsAFirmsOrAClubsNameMakesAName() {
    // names.tsv 2026.12.2: the street words' list holds these too
    assertEquals(List.of(), topics("Harvest Partners bought the dairy last year."));
    assertEquals(List.of(), topics("Wildfire Records, a small label, signed three bands."));
    // in lower case the word is the topic's: trading partners
    assertEquals(List.of("trade"), topics("Trade partners met in Geneva."));
    // a club's own word (fifty-sixth round, t16d): "the Cobalt Club, a jazz venue"
    assertEquals(List.of(), topics("The Lithium Club, a jazz venue in Leeds, reopens on Friday."));
    assertEquals(List.of("minerals"), topics("Lithium club members met in Chile."));
    // "AI" ends many a start-up's name (fifty-seventh round, t17c): "Harvest AI"
    assertEquals(List.of(), topics("Harvest AI, a maker of chatbots, cut a fifth of its staff."));
    assertEquals(List.of(), topics("Investors put money into Drought AI last year."));
    // but not where the taxonomy's word is in lower case, nor where the name goes on after it
    assertEquals(List.of("food"), topics("The rice harvest AI model was tested."));
    assertEquals(List.of("food"), topics("The Harvest AI Forum met farmers in Leeds."));
    // a company's ending (fifty-eighth round, t18d): "Sunrise Energy Ltd"
    assertEquals(List.of(), topics("Harvest Foods Ltd appointed a new chairman."));
    assertEquals(List.of(), topics("Shares in Wildfire PLC climbed sharply on Monday."));
    // but not where the name goes on after it
    assertEquals(List.of("trade"), topics("The Trade Ltd Group met in Leeds."));
  }

  @Test
  void aTitleOrGivenNameBeforeMakesAPerson() {
    assertEquals(List.of(), topics("Mr Grant retired on Friday after 41 years."));
    assertEquals(List.of(), topics("It was welcomed by Secretary of State Condoleezza Rice."));
    assertEquals(List.of(), topics("Grace Harvest will sign copies of her book."));
  }

  @Test
  void capitalsWithoutACueKeepTheTopic() {
    // a longer name: the word after the phrase is capitalised, "and" skipped
    assertEquals(
        List.of("aid"),
        topics(
            "For the victims of the floods, the government has established the King Salman"
                + " Humanitarian Aid and Relief Centre in the capital."));
    // an article before a given name: no person
    assertEquals(List.of("energy"), topics("Work goes on on the Tina Hydropower project."));
    // a noun that heads a longer phrase is no apposition's noun
    assertEquals(
        List.of("tourism"), topics("Tourism, the hotel industry and aviation bring jobs."));
    // an institution, the start of a sentence, a text in capitals
    assertEquals(List.of("migration"), topics("They signed the Refugee Convention."));
    assertEquals(List.of("food"), topics("Rice farmers protested."));
    assertEquals(List.of("food"), topics("THE BAND RICE PRICES ROSE"));
    // the topic written in lower case is never a name
    assertEquals(List.of("sanctions"), topics("The band said sanctions hurt its tour."));
  }

  @Test
  void withoutCuesTheNamesCountAsTheirTopics() {
    TopicMatcher plain =
        TopicMatcher.compile(
            Taxonomy.fromJson("{\"version\": \"t\", \"topics\": [" + topic("trade", "trade")
                + "," + topic("migration", "refugee") + "]}"),
            PhraseNames.NONE);
    String text = "Jordan Trade, the 24-year-old winger, lives on Refugee Road.";
    assertEquals(
        List.of("migration", "trade"),
        plain.find(text, SentenceSplitter.starts(text)).stream()
            .map(TopicHit::topic)
            .sorted()
            .toList());
    assertEquals(List.of(), topics(text));
    // the naming verbs and the prefixes are names.tsv's cues too, none without it
    String called = "A film called The Refugees won; Operation Trade began.";
    assertEquals(
        List.of("migration", "trade"),
        plain.find(called, SentenceSplitter.starts(called)).stream()
            .map(TopicHit::topic)
            .sorted()
            .toList());
    assertEquals(List.of(), topics(called));
  }

  @Test
  void aPhraseTheTaxonomyWritesWithACapitalIsNoName() {
    TopicMatcher m =
        TopicMatcher.compile(
            Taxonomy.fromJson(
                "{\"version\": \"t\", \"topics\": [" + topic("transport", "Silk Road") + "]}"));
    String text = "The band Silk Road played in Almaty.";
    assertEquals(
        List.of("transport"),
        m.find(text, SentenceSplitter.starts(text)).stream().map(TopicHit::topic).toList());
  }

  @Test
  void aNameDoesNotVetoTheSameTopicElsewhereInTheSentence() {
    assertEquals(
        List.of("minerals"),
        topics("The band Lithium played at a fund-raiser for lithium miners."));
  }

  @Test
  void aMusicalGroupsNounBeforeMakesAName() {
    // the fifty-seventh round (t17d): a duo, a trio, a quartet, an orchestra, a choir or an
    // ensemble is named like a band ("the jazz quartet Carbon Footprint")
    assertEquals(List.of(), topics("The jazz quartet Climate played in Montreal on Friday."));
    assertEquals(List.of(), topics("Tickets for the folk trio Harvest Moon sold out within minutes."));
    assertEquals(List.of(), topics("The youth orchestra Hydropower toured Norway."));
    // in lower case after the noun the word is the topic's
    assertEquals(List.of("climate"), topics("The quartet played a piece about climate."));
  }
}
