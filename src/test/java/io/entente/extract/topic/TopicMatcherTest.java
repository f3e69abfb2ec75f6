package io.entente.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.SentenceSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.entente.extract.TopicHit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicMatcherTest {

  private static TopicMatcher matcher(String topicsJson) {
    return TopicMatcher.compile(
        Taxonomy.fromJson("{\"version\": \"t\", \"topics\": [" + topicsJson + "]}"));
  }

  private static List<TopicHit> find(TopicMatcher m, String text) {
    return m.find(text, SentenceSplitter.starts(text));
  }

  @Test
  void inflectedFormsOfALemmaMatch() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"sanctions\", \"label\": \"S\", \"group\": \"g\","
                + " \"phrases\": [\"sanction\"]}");
    assertEquals(
        List.of(new TopicHit("sanctions", 0, 1.0), new TopicHit("sanctions", 1, 1.0)),
        find(m, "The EU sanctioned two firms. New sanctions followed."));
  }

  @Test
  void phraseWithInflectionOffMatchesOnlyAsWritten() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"energy\", \"label\": \"E\", \"group\": \"g\","
                + " \"phrases\": [{\"text\": \"energy\", \"inflect\": false}]}");
    assertEquals(List.of(), find(m, "They devoted their energies to it."));
    assertEquals(List.of(new TopicHit("energy", 0, 1.0)), find(m, "Energy prices rose."));
  }

  @Test
  void negativePhraseVetoesTheTopicPhraseItOverlaps() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"climate\", \"label\": \"C\", \"group\": \"g\", \"phrases\": [\"climate\"],"
                + " \"negative\": [\"political climate\"]}");
    assertEquals(List.of(), find(m, "The political climate is tense."));
    assertEquals(List.of(new TopicHit("climate", 0, 1.0)), find(m, "The climate is warming."));
  }

  @Test
  void negativePhraseOfOneTopicDoesNotVetoAnotherTopic() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"a\", \"label\": \"A\", \"group\": \"g\", \"phrases\": [\"trade\"],"
                + " \"negative\": [\"trade union\"]},"
                + "{\"id\": \"b\", \"label\": \"B\", \"group\": \"g\", \"phrases\": [\"union\"]}");
    assertEquals(List.of(new TopicHit("b", 0, 1.0)), find(m, "The trade union met."));
  }

  @Test
  void phraseThatNeedsACoTermCountsOnlyWithOneInTheSameSentence() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"climate\", \"label\": \"C\", \"group\": \"g\", \"co_terms\": [\"carbon\"],"
                + " \"phrases\": [{\"text\": \"emission\", \"needs_co_term\": true}]}");
    assertEquals(List.of(), find(m, "Emissions fell. Carbon is cheap."));
    assertEquals(List.of(new TopicHit("climate", 0, 1.0)), find(m, "Carbon emissions fell."));
  }

  @Test
  void aCoTermInsideThePhraseItselfDoesNotLicenseIt() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"disasters\", \"label\": \"D\", \"group\": \"g\","
                + " \"co_terms\": [\"rains\", \"floods\"],"
                + " \"phrases\": [{\"text\": \"heavy rains\", \"needs_co_term\": true}]}");
    // "rains" is the phrase's own word: the phrase still needs a co-term beside it
    assertEquals(List.of(), find(m, "Heavy rains lifted yields."));
    assertEquals(
        List.of(new TopicHit("disasters", 0, 1.0)), find(m, "Heavy rains brought floods."));
    // a second "rains" elsewhere in the sentence is beside it
    assertEquals(
        List.of(new TopicHit("disasters", 0, 1.0)),
        find(m, "Heavy rains fell, and the rains went on."));
  }

  @Test
  void phraseThatNeedsAScoreCountsOnlyWithOneNearItInItsSentence() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"sport\", \"label\": \"S\", \"group\": \"g\","
                + " \"phrases\": [{\"text\": \"win\", \"needs_score\": true}]}");
    assertEquals(List.of(new TopicHit("sport", 0, 1.0)), find(m, "A 3-1 win at home."));
    assertEquals(List.of(new TopicHit("sport", 0, 1.0)), find(m, "They win it 24-22, just."));
    // no score: a year's range, a score in the next sentence, or one more than 30 chars away
    assertEquals(List.of(), find(m, "A win in the 2020-21 season."));
    assertEquals(List.of(), find(m, "A win for all. It ended 3-1."));
    assertEquals(List.of(), find(m, "A win, as paragraphs of the report say (paras 12-19)."));
  }

  @Test
  void weakPhraseCountsOnlyBesideAnotherPhraseOfItsTopicInItsSentence() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"governance\", \"label\": \"G\", \"group\": \"g\","
                + " \"phrases\": [{\"text\": \"mayor\", \"weak\": true},"
                + " {\"text\": \"bribe\", \"weak\": true}, \"corruption\"]}");
    // alone, or twice, or in two forms of itself, a weak word is not the topic
    assertEquals(List.of(), find(m, "The mayor opened the fair."));
    assertEquals(List.of(), find(m, "The mayor met a former mayor."));
    assertEquals(List.of(), find(m, "One bribe, then two bribes, then bribed again."));
    // two weak words of the topic together are: each counts its weight
    assertEquals(
        List.of(new TopicHit("governance", 0, 2.0)), find(m, "The mayor took a bribe."));
    assertEquals(
        List.of(new TopicHit("governance", 0, 3.0)),
        find(m, "The mayor took bribes from a mayor's aide."));
    // a weak word beside a phrase of full weight adds to it
    assertEquals(
        List.of(new TopicHit("governance", 0, 2.0)), find(m, "The mayor denied corruption."));
    // the second word must be in the same sentence
    assertEquals(List.of(), find(m, "The mayor resigned. A bribe was found."));
  }

  @Test
  void weakPhraseNeedsItsPartnerToCountAndTheirWeightsToReachTheMinimum() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"sport\", \"label\": \"S\", \"group\": \"g\", \"min_score\": 1.5,"
                + " \"negative\": [\"goal of the plan\"], \"co_terms\": [\"league\"],"
                + " \"phrases\": [{\"text\": \"striker\", \"weak\": true, \"weight\": 0.5},"
                + " {\"text\": \"goal\", \"weak\": true},"
                + " {\"text\": \"pitch\", \"weak\": true, \"needs_co_term\": true}]}");
    assertEquals(
        List.of(new TopicHit("sport", 0, 1.5)), find(m, "The striker scored a late goal."));
    // a vetoed goal is no partner, nor a pitch without its co-term
    assertEquals(List.of(), find(m, "The striker backed the goal of the plan."));
    assertEquals(List.of(), find(m, "The striker walked onto the pitch."));
    assertEquals(
        List.of(new TopicHit("sport", 0, 1.5)),
        find(m, "The striker walked onto a league pitch."));
    // two weak words whose weights stay under the minimum are not the topic
    TopicMatcher light =
        matcher(
            "{\"id\": \"sport\", \"label\": \"S\", \"group\": \"g\","
                + " \"phrases\": [{\"text\": \"striker\", \"weak\": true, \"weight\": 0.4},"
                + " {\"text\": \"goal\", \"weak\": true, \"weight\": 0.4}]}");
    assertEquals(List.of(), find(light, "The striker scored a late goal."));
  }

  @Test
  void weakPhraseMarkedUnlessTermLosesItsPartnerWhenTheTopicYields() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"defence\", \"label\": \"D\", \"group\": \"g\","
                + " \"unless_topics\": [\"conflict\"],"
                + " \"phrases\": [{\"text\": \"troops\", \"unless_term\": true},"
                + " {\"text\": \"barracks\", \"weak\": true}]},"
                + "{\"id\": \"conflict\", \"label\": \"C\", \"group\": \"g\","
                + " \"phrases\": [\"clash\"]}");
    assertEquals(
        List.of(new TopicHit("defence", 0, 2.0)), find(m, "Troops left the barracks."));
    // the troops give way to the clash, so the barracks are alone and do not count either
    assertEquals(
        List.of(new TopicHit("conflict", 0, 1.0)),
        find(m, "Troops left the barracks after the clash."));
  }

  @Test
  void phraseMarkedUnlessTermDoesNotCountBesideOneOfTheTopicsUnlessTerms() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"farming\", \"label\": \"F\", \"group\": \"g\","
                + " \"unless_terms\": [\"convoy\"],"
                + " \"phrases\": [{\"text\": \"flour\", \"unless_term\": true}, \"harvest\"]}");
    assertEquals(List.of(), find(m, "A convoy brought flour."));
    // the unless-term reaches only its sentence, and only the marked phrase
    assertEquals(
        List.of(new TopicHit("farming", 1, 1.0)), find(m, "A convoy arrived. It brought flour."));
    assertEquals(
        List.of(new TopicHit("farming", 0, 1.0)), find(m, "A convoy passed the flour harvest."));
  }

  @Test
  void phraseMarkedUnlessTermDoesNotCountWhereAnUnlessTopicIsFound() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"defence\", \"label\": \"D\", \"group\": \"g\","
                + " \"unless_topics\": [\"conflict\"],"
                + " \"phrases\": [{\"text\": \"troops\", \"unless_term\": true},"
                + " {\"text\": \"drill\", \"weight\": 0.5}]},"
                + "{\"id\": \"conflict\", \"label\": \"C\", \"group\": \"g\","
                + " \"min_score\": 2.0, \"phrases\": [\"clash\"]}");
    assertEquals(List.of(new TopicHit("defence", 0, 1.0)), find(m, "Troops massed."));
    // one clash scores 1 of the 2 the conflict needs: not found, so the troops still count
    assertEquals(List.of(new TopicHit("defence", 0, 1.0)), find(m, "Troops clashed."));
    assertEquals(
        List.of(new TopicHit("conflict", 0, 2.0)), find(m, "Troops clashed, and clashed again."));
    // the unmarked phrases of the yielding topic keep their weight: two drills of 0.5 each
    assertEquals(
        List.of(new TopicHit("conflict", 0, 2.0), new TopicHit("defence", 0, 1.0)),
        find(m, "Troops clashed, and clashed again in a drill and another drill."));
  }

  @Test
  void phraseMarkedUnlessNearbyGivesWayToAnUnlessTopicOfTheSentenceBeforeOrAfter() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"defence\", \"label\": \"D\", \"group\": \"g\","
                + " \"unless_topics\": [\"conflict\"],"
                + " \"phrases\": [{\"text\": \"troops\", \"unless_term\": true,"
                + " \"unless_nearby\": true}, {\"text\": \"military\", \"unless_term\": true},"
                + " \"drill\"]},"
                + "{\"id\": \"conflict\", \"label\": \"C\", \"group\": \"g\","
                + " \"phrases\": [\"clash\"]}");
    // the clash of the sentence before and of the sentence after takes the troops
    assertEquals(
        List.of(new TopicHit("conflict", 0, 1.0)), find(m, "A clash erupted. Troops fired."));
    assertEquals(
        List.of(new TopicHit("conflict", 1, 1.0)), find(m, "Troops fired. A clash erupted."));
    // two sentences away the troops are the text's own
    assertEquals(
        List.of(new TopicHit("conflict", 0, 1.0), new TopicHit("defence", 2, 1.0)),
        find(m, "A clash erupted. Night fell. Troops fired."));
    // a phrase marked unless_term alone gives way only to its own sentence's clash, and an
    // unmarked one to none: both keep the topic beside the troops
    assertEquals(
        List.of(new TopicHit("conflict", 0, 1.0), new TopicHit("defence", 1, 2.0)),
        find(m, "A clash erupted. Military troops fired."));
    assertEquals(
        List.of(new TopicHit("conflict", 0, 1.0), new TopicHit("defence", 1, 2.0)),
        find(m, "A clash erupted. Troops held a drill."));
  }

  @Test
  void topicNeedsItsMinimumScoreInOneSentence() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"p\", \"label\": \"P\", \"group\": \"g\", \"min_score\": 1.5,"
                + " \"phrases\": [{\"text\": \"parliament\", \"weight\": 0.75},"
                + " \"interparliamentary\"]}");
    assertEquals(List.of(), find(m, "The parliament met. Another parliament met."));
    assertEquals(
        List.of(new TopicHit("p", 0, 1.5)), find(m, "One parliament met another parliament."));
    assertEquals(
        List.of(new TopicHit("p", 0, 1.75)), find(m, "Interparliamentary ties with parliament."));
  }

  @Test
  void shorterPhraseInsideALongerOneOfTheSameTopicIsNotCountedTwice() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"c\", \"label\": \"C\", \"group\": \"g\","
                + " \"phrases\": [\"climate change\", {\"text\": \"climate\", \"weight\": 0.5}]}");
    assertEquals(List.of(new TopicHit("c", 0, 1.0)), find(m, "Climate change is real."));
  }

  @Test
  void listingALemmaAndItsPluralDoesNotDoubleCount() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"s\", \"label\": \"S\", \"group\": \"g\","
                + " \"phrases\": [\"sanction\", \"sanctions\"]}");
    assertEquals(List.of(new TopicHit("s", 0, 1.0)), find(m, "New sanctions."));
  }

  @Test
  void hitsAreSortedBySentenceThenTopicId() {
    TopicMatcher m =
        matcher(
            "{\"id\": \"trade\", \"label\": \"T\", \"group\": \"g\", \"phrases\": [\"tariff\"]},"
                + "{\"id\": \"energy\", \"label\": \"E\", \"group\": \"g\","
                + " \"phrases\": [\"oil\"]}");
    assertEquals(
        List.of(
            new TopicHit("trade", 0, 1.0),
            new TopicHit("energy", 1, 1.0),
            new TopicHit("trade", 1, 1.0)),
        find(m, "Tariffs rose. Oil tariffs fell."));
  }

  @Test
  void labelAndGroupComeFromTheTaxonomy() {
    TopicMatcher m = TopicMatcher.defaultPhrases();
    assertEquals("Climate change", m.label("climate_change"));
    assertEquals("environment", m.group("climate_change"));
    assertEquals(25, m.topicIds().size());
  }

  @Test
  void naturalDisastersAreTheEventsNotTheirMetaphors() {
    TopicMatcher m = TopicMatcher.defaultPhrases();
    assertEquals(List.of("natural_disasters"), m.topicsOf("The earthquake destroyed the old town."));
    // "storm" counts only beside a word of damage or weather
    assertEquals(List.of("natural_disasters"), m.topicsOf("The storm left thousands homeless."));
    assertEquals(List.of(), m.topicsOf("The storm passed quickly."));
    assertEquals(List.of(), m.topicsOf("The resignation was a political earthquake."));
    assertEquals(List.of(), m.topicsOf("A storm of criticism met the plan."));
    assertEquals(List.of("migration"), m.topicsOf("Refugees flooded into the border town."));
  }

  @Test
  void defaultTaxonomyTellsIdiomsFromTheTopic() {
    TopicMatcher m = TopicMatcher.defaultPhrases();
    assertEquals(List.of(), m.topicsOf("The talks were held in a climate of trust."));
    assertEquals(List.of(), m.topicsOf("It is a trade-off between speed and cost."));
    assertEquals(List.of("trade"), m.topicsOf("Trade between them doubled."));
    assertEquals(List.of(), m.topicsOf("The energy of youth is our strength."));
    assertEquals(
        List.of("nuclear_nonproliferation"),
        m.topicsOf("The International Atomic Energy Agency sent inspectors."));
  }

  @Test
  void plainWordingOfTheBlindSetsFindsItsTopics() {
    // taxonomy 2026.12.9-2026.12.15: what a journalist or a speaker writes instead of the
    // textbook term, and the idioms that only look like a topic; each sentence with the topics
    // it must get, nothing more
    List<List<String>> cases =
        List.of(
            List.of(
                "Heat records are what scientists expect in a warming world.", "climate_change"),
            List.of(
                "Norway raised its development assistance to the region.",
                "sustainable_development"),
            List.of("Thousands were forced from their homes last year.", "migration"),
            List.of("The former minister was charged with taking bribes.", "governance_reform"),
            // a defence budget is defence, not finance (since taxonomy 2026.12.34, as military
            // expenditure since 2026.12.32: the blind sets label it so); other spending is
            // finance's. A parliament that approves something is at its work, governance_reform
            // (since 2026.12.39)
            List.of(
                "Parliament approved a rise in military spending.",
                "governance_reform",
                "security_defence"),
            List.of(
                "Parliament approved a rise in public spending.", "finance", "governance_reform"),
            // an early warning system is a disaster word only beside one: conflict prevention
            // has them too
            List.of(
                "Early warning systems saved lives when the cyclone struck.", "natural_disasters"),
            List.of("The organisation needs an early warning system."),
            List.of("The two states signed a peace treaty in 1994.", "regional_stability"),
            List.of("Voters backed the new charter in a referendum.", "governance_reform"),
            List.of("Fish stocks are collapsing.", "agriculture_food"),
            List.of("We support the New International Economic Order.", "sustainable_development"),
            List.of("Ethnic cleansing must be stopped in Bosnia.", "human_rights"),
            // the Charter's preamble is no defence topic
            List.of("We must save succeeding generations from the scourge of war."),
            List.of("Strong trade winds blew across the Pacific."),
            List.of("The air force scrambled two Typhoon jets.", "security_defence"),
            List.of("Olive oil prices halved."),
            List.of(
                "He won the presidential election by a landslide victory.", "governance_reform"),
            // a burst of energy is no energy; since the fifty-sixth round a coach and a squad
            // together are a team's, so the sentence is sport
            List.of("The coach brought a burst of energy to the squad.", "culture_tourism"),
            List.of("He denounced the economic terrorism of speculators."),
            // taxonomy 2026.12.12: the fourth wave's headlines and readouts
            List.of(
                "The mediator asked both delegations to return to the negotiating table.",
                "regional_stability"),
            List.of(
                "Record Channel crossings by small boats strained the reception centres.",
                "migration"),
            // trading blame is no trade; the prisoner exchange is the war's (regional_stability
            // since taxonomy 2026.12.34, when prisoner exchanges joined it)
            List.of(
                "Kyiv and Moscow trade blame for the stalled prisoner exchange.",
                "regional_stability"),
            List.of("Kyiv and Moscow trade blame for the stalled talks."),
            List.of(
                "The film had its premiere at the festival and topped the box office.",
                "culture_tourism"),
            List.of("Lawyers said he was wrongfully detained.", "human_rights"),
            List.of("Villagers defended their fishing rights.", "agriculture_food"),
            List.of(
                "Donors replenished the International Development Association.",
                "sustainable_development"),
            // UN staff are no civil service reform
            List.of("An attack on international civil servants shocked the staff."),
            List.of("The air force bought fighter aircraft.", "security_defence"),
            // taxonomy 2026.12.13: finance named for a topic is that topic's, not `finance`
            List.of(
                "Developed countries must deliver the climate finance they promised.",
                "climate_change"),
            List.of("The minister raised the financing of terrorism.", "terrorism_extremism"),
            List.of("Frozen conflicts flare up again.", "regional_stability"),
            List.of("Pushbacks at sea are illegal.", "migration"),
            // taxonomy 2026.12.14: the four charted topics in everyday wording
            List.of("The envoys met ahead of the next round of climate talks.", "climate_change"),
            List.of("Both sides claim the disputed islands.", "regional_stability"),
            // soybeans are a crop (taxonomy 2026.12.15): a tariff on them is a farm matter too
            List.of(
                "Beijing imposed retaliatory duties on American soybeans.",
                "agriculture_food",
                "trade"),
            List.of("The engineer was charged with stealing trade secrets."),
            // debt relief is finance; the labelled set has it so, and "poorest countries" alone
            // was tried and dropped
            List.of("Debt relief for the poorest countries was agreed in June.", "finance"),
            // taxonomy 2026.12.15: agency and readout wording; each of these sentences got other
            // topics, or none, with 2026.12.14. Since 2026.12.39 the troops of a conflict's
            // fighting are the conflict's (regional_stability), not a story on defence too
            List.of(
                "Government troops and rebels resumed fighting near the border town.",
                "regional_stability"),
            List.of(
                "Engineers completed the delimitation of the border between the two republics.",
                "regional_stability"),
            List.of("Millions still live under occupation.", "regional_stability"),
            // a tremor is a quake only beside a disaster word; otherwise a metaphor
            List.of("A strong tremor of magnitude 5.8 shook the capital.", "natural_disasters"),
            List.of("The speech sent tremors through the party."),
            // food aid is aid, not agriculture (since taxonomy 2026.12.33: 14 of 22 blind items
            // with food aid are labelled without agriculture_food)
            List.of("The agency distributed food assistance in the camps.", "humanitarian_aid"),
            List.of("The operator laid a fibre-optic cable under the sea.", "innovation_digital"),
            List.of(
                "The state telecom company was privatised last year.",
                "innovation_digital",
                "investment"),
            List.of("The wrestler won a gold medal at the world championship.", "culture_tourism"),
            List.of("Ministers are wrestling with the problem."),
            List.of("Several laws are in the pipeline."),
            List.of("The oil pipeline reopened.", "energy"),
            List.of("Non-oil exports rose sharply.", "trade"),
            List.of("Palm oil exports to Europe fell.", "agriculture_food", "trade"),
            List.of("The president was welcomed at the airport by the prime minister."),
            List.of("The new airport opened.", "transport_connectivity"),
            List.of("The country sold carbon credits.", "climate_change"),
            List.of("Officials credited the quick response for the low toll."),
            List.of(
                "Rights groups condemned the rise of Islamophobia and hate speech.",
                "human_rights"),
            List.of(
                "Protesters clashed with police after a crackdown on the opposition.",
                "human_rights"),
            List.of("The poverty rate fell to 12 percent.", "sustainable_development"),
            List.of(
                "The EBRD will lend 50 million euros to the railway.",
                "finance",
                "sustainable_development",
                "transport_connectivity"),
            List.of(
                "Landlocked developing countries pay more for transit.",
                "sustainable_development",
                "transport_connectivity"),
            List.of("Cocoa prices hit a record.", "agriculture_food"),
            List.of("The city's sewage flows untreated into the bay.", "water_resources"),
            List.of("Some 5,000 families fled their homes.", "migration"),
            List.of("Thousands of kandas settled in the northern regions.", "migration"),
            List.of("The ministry expects more seasonal worker visas.", "migration"),
            List.of("Observers monitored the presidential vote.", "governance_reform"),
            // the second wave of 2026.12.15: a conflict's state, its victims and the older idiom
            // (since 2026.12.32 a war is regional stability and no security and defence, below)
            List.of("The civil war dragged on for a decade.", "regional_stability"),
            List.of("Settlers moved into the occupied territories.", "regional_stability"),
            List.of("Both blocs sought a relaxation of tension in Europe.", "regional_stability"),
            // border guards are armed forces (taxonomy 2026.12.17), as the fifteenth set labels
            // them; when they exchange fire, the clash is the conflict's (since 2026.12.39)
            List.of("Border guards exchanged fire overnight.", "regional_stability"),
            List.of("Border guards patrolled the frontier through the night.", "security_defence"),
            // (since 2026.12.83 "the fighting" is the conflict's too, as in "escape the fighting")
            List.of("Thousands of families were uprooted by the fighting.", "migration",
                "regional_stability"),
            List.of("A 6.9-magnitude quake struck the coast.", "natural_disasters"),
            // a start-up's funding round is investment, not finance too (since 2026.12.39: the
            // blind sets label venture and seed funding so)
            List.of(
                "The start-up raised 40 million dollars in a funding round.",
                "innovation_digital",
                "investment"),
            List.of("Ministers reviewed progress on Agenda 2063.", "sustainable_development"),
            List.of("The regime stepped up its repression of dissidents.", "human_rights"),
            List.of("Investors complained about red tape.", "governance_reform", "investment"),
            List.of("Special forces stormed the building.", "security_defence"),
            List.of(
                "Half the villagers are living on less than two dollars a day.",
                "sustainable_development"),
            List.of("The sides agreed to cut emissions by half.", "climate_change"),
            List.of("The striker scored a hat-trick in the cup final.", "culture_tourism"),
            // taxonomy 2026.12.16: the fourteenth blind set (op-eds, NGO reports, markets,
            // science, posts); a defence team in court is no defence matter
            List.of(
                "The report links cobalt mines to child labour.",
                "critical_minerals",
                "human_rights"),
            List.of(
                "The plan keeps warming to 1.5 degrees above pre-industrial levels.",
                "climate_change"),
            List.of("Some 20,000 people were displaced from the border villages.", "migration"),
            // the shadow fleet was transport's from 2026.12.16 to 2026.12.56 (one item of the
            // fourteenth set); ten items of nine later sets give it to sanctions alone
            List.of("Regulators fined the tankers of the shadow fleet."),
            List.of(
                "The World Bank funds cash transfers for poor households.",
                "finance",
                "sustainable_development"),
            List.of("The judge gave the defence team more time."),
            List.of("Japan launched a communications satellite.", "innovation_digital"),
            List.of("UN aid trucks waited at the crossing.", "humanitarian_aid"),
            // taxonomy 2026.12.17: the fifteenth blind set (headlines, communiques, business and
            // regional news, quotes, implicit wording); the energy of a crowd is no energy
            List.of("The Fed signalled two rate cuts next year.", "finance"),
            List.of("The developer scrapped its offshore wind project.", "energy"),
            List.of("The boreholes in the district have turned saline.", "water_resources"),
            List.of("Children in the camp are dying of diarrhoea.", "health"),
            List.of("Inspectors counted new centrifuges at Natanz.", "nuclear_nonproliferation"),
            List.of("The mass exodus strained the towns across the border.", "migration"),
            List.of("Voters queued before dawn.", "governance_reform"),
            List.of("The annexation was declared null and void.", "regional_stability"),
            // (since taxonomy 2026.12.45 the home side is a club in a match, which the conventions
            // give to culture_tourism since the fortieth round; the crowd's energy stays no energy)
            List.of("The energy of the crowd carried the home side.", "culture_tourism"),
            // taxonomy 2026.12.18: the sixteenth blind set (wire reports, speeches, analysis,
            // local news, statistics, the rarer topics); an energy drink is no energy matter
            List.of(
                "The ministry added the network to its list of proscribed organisations.",
                "terrorism_extremism"),
            List.of("The floodwaters receded from the town centre.", "natural_disasters"),
            List.of("Every nation has the right to development.", "sustainable_development"),
            List.of(
                "France exploded nuclear devices over the Pacific.", "nuclear_nonproliferation"),
            List.of("Sales of energy drinks rose again."),
            // taxonomy 2026.12.19: the seventeenth blind set (press releases, appeals, state
            // media, plain-words economy and conflict); a water cannon is no water matter
            List.of("The government raised the minimum wage by a tenth.", "finance"),
            List.of("Queues for cooking gas stretched around the block.", "energy"),
            List.of("The coast guard fired a water cannon at the boat."),
            List.of("The company's drug pipeline includes two cancer medicines.", "health"),
            // taxonomy 2026.12.20: the eighteenth blind set (plain wording across the 25
            // topics); jokes traded and irrigation canals are no trade and no transport
            List.of("The clashes spread along the border within hours.", "regional_stability"),
            List.of("The journalist has been held without charge for a year.", "human_rights"),
            List.of("Rolling blackouts returned to the capital.", "energy"),
            List.of("The rupee slid to a record low against the dollar.", "finance"),
            List.of("Coffee growers are moving their plants uphill.", "agriculture_food"),
            List.of("As temperatures rise, the ice melts earlier.", "climate_change"),
            List.of(
                "A consortium took a 49 per cent stake in the port operator.",
                "investment",
                "transport_connectivity"),
            List.of("The two ministers traded jokes before the talks."),
            // taxonomy 2026.12.21: the nineteenth blind set (business pages, project news,
            // local reporting, features); an idea gains currency, a striker ends a goal drought
            List.of("Rights groups called it a politically motivated case.", "human_rights"),
            List.of(
                "Inspectors from the nuclear watchdog were denied access.",
                "nuclear_nonproliferation"),
            List.of("The consulate now issues work visas within ten days.", "migration"),
            List.of("Coalition talks collapsed late on Tuesday.", "governance_reform"),
            List.of("The city will ration tap water to four hours a day.", "water_resources"),
            List.of("The idea has gained currency among younger economists."),
            // a striker is sport, culture_tourism's since 2026.12.39; his goal drought no disaster
            List.of("The striker ended a four-month goal drought.", "culture_tourism"),
            List.of("The regulator froze household electricity tariffs.", "energy"),
            // taxonomy 2026.12.22: the twentieth blind set (readouts, statements, the Assembly);
            // talks held with great energy are no energy matter
            List.of(
                "ASEAN ministers urged restraint in the South China Sea.", "regional_stability"),
            // (since 2026.12.60 "fighting has" names the conflict too, as the conventions ask)
            List.of("The fighting has driven a million people from their homes.", "migration",
                "regional_stability"),
            List.of("The FATF kept the country on its grey list.", "finance"),
            List.of("Leaders demanded a swift return to civilian rule.", "governance_reform"),
            List.of("The plan aims at cutting poverty in rural areas.", "sustainable_development"),
            List.of("The talks were conducted with great energy."),
            List.of(
                "The floods swept away the irrigation canals.",
                "agriculture_food",
                "natural_disasters",
                "water_resources"),
            // taxonomy 2026.12.23: the twenty-first blind set (plain wording and traps); a river
            // that bursts its banks is no bank, gunmen who storm a church no storm
            List.of("The river burst its banks overnight.", "natural_disasters"),
            List.of("Gunmen stormed a church and killed 14 people."),
            List.of("Storms cut power to the coast and killed two.", "natural_disasters"),
            // (a tax is finance too)
            List.of(
                "Exporters of steel brace for the carbon border tax.",
                "climate_change",
                "finance",
                "trade"),
            List.of("Both sides agreed to end the fighting.", "regional_stability"),
            List.of("The government began deporting Afghans.", "migration"),
            List.of("The new pumps will irrigate 15,000 hectares.", "water_resources"),
            List.of("The jailed journalist died in custody.", "human_rights"),
            List.of("Parliament lowered the voting age to 16.", "governance_reform"),
            // taxonomy 2026.12.24: the twenty-second blind set (statements and the Assembly)
            List.of("Zambians live with 21 hours of load-shedding a day.", "energy"),
            List.of("A comprehensive test ban remains the goal.", "nuclear_nonproliferation"),
            List.of("Heavy rains sent the Yamuna over its banks.", "natural_disasters"),
            List.of("Gangs smuggle people across the border.", "migration"),
            // taxonomy 2026.12.25: the twenty-third blind set (regional and local news)
            List.of("The report found forced labour at two factories.", "human_rights"),
            List.of("The first hydrogen bomb was exploded in 1952.", "nuclear_nonproliferation"),
            List.of("A magistrate granted bail to the driver."),
            List.of("Villagers lifted their blockade of the road."),
            List.of("Children play on the banks of the Nile."),
            List.of("Bureau de change operators say dollars are scarce.", "finance"),
            List.of(
                "The Pan-African Parliament opened its session in Midrand.",
                "parliamentary_cooperation"),
            List.of(
                "The plan brings rural electrification to the north.",
                "energy",
                "sustainable_development"),
            List.of("Tuvalu signed a climate mobility treaty.", "climate_change", "migration"),
            List.of("The space agency launched its first probe.", "innovation_digital"),
            // taxonomy 2026.12.26: the twenty-fourth blind set (analysis and briefings); an
            // exclusive economic zone is the sea's, not an investor's
            List.of("The plant will cut costs of desalination.", "water_resources"),
            List.of("An editorial warns of inflaming tensions.", "regional_stability"),
            List.of("Cross-border aid deliveries could stop.", "humanitarian_aid"),
            List.of("It was a diplomatic earthquake."),
            List.of("Fishing boats entered its exclusive economic zone."),
            List.of("Aides trade gossip over coffee."),
            // taxonomy 2026.12.27: the twenty-sixth and twenty-seventh blind sets (the language of
            // diplomacy, a week of news); wars and their ends, invasions, an unabated fuel, civil
            // nuclear power; a plane's name, a fire's fuel and a level before a pandemic are no
            // topic
            List.of("Leaders met to end the war.", "regional_stability"),
            List.of("They condemned the invasion of Kuwait.", "regional_stability"),
            List.of("They will phase out unabated coal.", "climate_change", "energy"),
            List.of("The deal covers civil nuclear power.", "energy"),
            List.of("Both sides agreed to freeze their assets.", "sanctions"),
            List.of("He spoke aboard Air Force One."),
            List.of("That would pour fuel on the fire."),
            List.of("Arrivals returned to pre-pandemic levels."),
            // taxonomy 2026.12.28: the twenty-ninth blind set (topic words in other senses);
            // kinds of cancer, visas for workers, a seed round, development cooperation, rural
            // roads; a blood bank, a trade learned, a rumour like wildfire and a water pipeline
            // are not the topic of their word
            List.of("Screening found more breast cancer.", "health"),
            List.of("Fewer skilled worker visas were issued.", "migration"),
            List.of("The firm closed a seed round.", "investment"),
            List.of("Japan expanded development cooperation.", "sustainable_development"),
            List.of("The project paves rural roads.", "transport_connectivity"),
            // (since 2026.12.68 a blood bank is health's, as t5e labels it; still no bank)
            List.of("The blood bank appealed for donors.", "health"),
            List.of("He learned his trade as a plumber."),
            List.of("The rumour spread like wildfire."),
            List.of("A drinking water pipeline opened.", "water_resources"),
            // taxonomy 2026.12.29: the thirty-second blind set (business news); pharmacies,
            // smartphones, carbon removal; a trade-in, a sales pipeline, a data migration, a
            // budget airline, a new crop of start-ups and a tariff truce are not the topic of
            // their word
            List.of("Boots will close 300 pharmacies.", "health"),
            List.of("Smartphone sales rose in China.", "innovation_digital"),
            List.of("Microsoft bought carbon removal credits.", "climate_change"),
            List.of("Dealers offer trade-in bonuses."),
            List.of("The firm has a strong sales pipeline."),
            List.of("A botched migration of records locked customers out."),
            List.of("The budget airline opened new routes.", "transport_connectivity"),
            List.of("A new crop of start-ups took on the banks.", "finance", "innovation_digital"),
            List.of("The tariff truce was extended.", "trade"),
            // taxonomy 2026.12.30: the thirty-fifth blind set (society, science and culture);
            // police action, spacecraft, the right to education, archaeologists; a grant as a
            // verb, a toxic culture at work, a blood sport, the swallows' spring migration and a
            // clean bill of health are not the topic of their word
            List.of("Police seized eight tonnes of cocaine.", "security_defence"),
            List.of("The spacecraft touched down on the Moon.", "innovation_digital"),
            List.of("They called it a violation of the right to education.", "education",
                "human_rights"),
            List.of("Archaeologists found the tomb.", "culture_tourism"),
            List.of("The regulator granted the licence."),
            List.of("A review found a toxic culture of bullying."),
            List.of("The campaign has become a blood sport."),
            List.of("The swallows' spring migration is under way."),
            List.of("The audit gave the ward a clean bill of health."),
            // taxonomy 2026.12.31: the thirty-eighth blind set (environment, energy, water, food
            // and disasters in other senses); volcanoes, carbon allowances, share sales, a
            // breakaway region; a culture of late-night emails, oiling the wheels of commerce
            // and a tornado outbreak are not the topic of their word
            List.of("The volcano erupted again overnight.", "natural_disasters"),
            List.of("EU carbon allowances fell below 60 euros.", "climate_change"),
            List.of("Midea raised $4bn in a share sale.", "finance"),
            List.of("Talks on the breakaway region resumed.", "regional_stability"),
            List.of("Staff describe a culture of late-night emails."),
            List.of("The deal will oil the wheels of commerce.", "trade"),
            List.of("A tornado outbreak tore across Alabama.", "natural_disasters"),
            // taxonomy 2026.12.32: the thirty-ninth blind set (the Assembly's formal wording); a
            // war is a conflict, regional stability, and no security and defence by its word
            // alone (armed forces, weapons and fighting still are); chemical weapons are weapons
            // of mass destruction, a coup is governance, censorship a right denied; a defence
            // expenditure and a financial blockade are no finance
            List.of("A war of this kind would spare no one.", "regional_stability"),
            List.of("A documentary on the Second World War opened."),
            List.of("The armed forces crossed the frontier.", "security_defence"),
            List.of("The use of chemical weapons is a crime.", "nuclear_nonproliferation"),
            List.of("A junta seized power in February.", "governance_reform"),
            List.of("They dissolved the censorship board.", "human_rights"),
            List.of("We will raise defence expenditure.", "security_defence"),
            List.of("The financial blockade of Cuba must end.", "sanctions"),
            // taxonomy 2026.12.33: the fortieth blind set (law, justice, crime and rights); cyber
            // is innovation and digital, as the conventions say, no longer security and defence
            // by its word; policing is security (raids, patrols, violence by police); rights
            // groups, a lawyer denied and forced work are rights; a mayoral election, an
            // auditor-general and the constitutional order are governance; a film's budget, a
            // finance clerk, a grant as a verb, data corruption and copper wire are none of their
            // word's topics
            List.of("A ransomware gang hit the hospital.", "health", "innovation_digital"),
            List.of("Hackers leaked personal data.", "innovation_digital"),
            List.of("Police carried out raids in 11 states.", "security_defence"),
            List.of("Two were killed by police.", "human_rights", "security_defence"),
            List.of("Amnesty International condemned the verdict.", "human_rights"),
            List.of("He was denied a lawyer.", "human_rights"),
            List.of("The men were forced to work unpaid.", "human_rights"),
            List.of("Turnout in the mayoral election was low.", "governance_reform"),
            List.of("The auditor-general found waste.", "governance_reform"),
            List.of("The junta promised a return to constitutional order.", "governance_reform"),
            // (a film's budget is no finance; since 2026.12.61 "the film" is culture's)
            List.of("The film was shot on a budget of 2 million dollars.", "culture_tourism"),
            List.of("She worked as a finance clerk."),
            List.of("The state refused to grant new permits."),
            // (data corruption is no governance; since 2026.12.121 it is the data's)
            List.of("A bug could cause data corruption.", "innovation_digital"),
            List.of("Thieves stole copper wire from the line."),
            // the same taxonomy, from the forty-first blind set (humanitarian, health, migration
            // and development news, with their words in other senses): displaced people in a
            // camp are no migration (their needs are aid), a displacement still is; a record's
            // or a bird's migration, a health check of an economy, a bank holiday and food
            // rations are none of their word's topics; emigration, polio and cutting are
            // (since 2026.12.83 moving records "to the cloud" is digital, as "migration to cloud
            // servers" has been since 2026.12.81; still no migration)
            List.of("The migration of its records to the cloud finished.", "innovation_digital"),
            List.of("Geese rest on their migration south."),
            List.of("Around 28,000 people emigrated to Australia.", "migration"),
            List.of("Many displaced people live in the camp."),
            List.of("The fighting caused the displacement of millions.", "migration",
                "regional_stability"),
            List.of("The outbreak reached displacement sites.", "health"),
            List.of("A health check of the economy found rising debt.", "finance"),
            List.of("Cases of wild poliovirus rose.", "health"),
            List.of("Doctors at the Teaching Hospital ran short of insulin.", "health"),
            List.of("WFP cut food rations in the camps.", "humanitarian_aid"),
            List.of("Shops were busy over the bank holiday."),
            List.of("Campaigners fought female genital cutting.", "human_rights"),
            // the third wave (business pages): a share of a company bought is investment, a
            // stake in a struggle is not; a lender is a bank; a market's session, a shop still
            // trading, an emissions trading system and a metaphor of currency are no trade or
            // finance; barrels a day are energy
            List.of("Manara bought a 10% stake in the unit.", "investment"),
            List.of("We all have a stake in peace."),
            List.of("The lender cut its forecast.", "finance"),
            List.of("Brent rose in early Asian trade.", "energy"),
            List.of("The shops still trading have fewer customers."),
            List.of("Attention is the currency of marketing."),
            List.of("Output reached 1 million barrels a day.", "energy"),
            // taxonomy 2026.12.34 (the forty-second round's world news set): a military budget
            // is defence, not finance; a national grid is energy; vintage port is a wine; a
            // mutiny and a prisoner exchange are conflict; segregation is a right denied; an
            // oil painting is art; a national assembly licenses a friendship group's visit
            List.of("Tokyo approved a record defence budget.", "security_defence"),
            List.of("The national grid collapsed again.", "energy"),
            List.of("A bottle of vintage port sold for 12,000 pounds."),
            // the soldiers of a mutiny are the mutiny's (since 2026.12.39, as in a clash)
            List.of("Mutinous soldiers seized the broadcaster.", "regional_stability"),
            List.of("The two sides agreed a prisoner exchange.", "regional_stability"),
            List.of(
                "Roma pupils are taught in segregated classes.", "education", "human_rights"),
            List.of("The oil painting will go on show in May.", "culture_tourism"),
            List.of("Members of the National Assembly's friendship group will visit Budapest.",
                "parliamentary_cooperation"),
            // taxonomy 2026.12.35 (the round's opinion and speech set): hacking, telemedicine
            // and undersea cables are digital, limbs hacked off are not; naval vessels are
            // defence; millions of visitors are tourism; a parliament dissolved is governance,
            // girls barred from school a right denied; political capital and a bank of fog are
            // no investment or finance; an attribution study is climate; the Darién Gap is a
            // migrants' route; a grain corridor is transport
            List.of("A state-backed group hacked the ministry's servers.", "innovation_digital"),
            List.of("He hacked off a branch."),
            List.of("Telemedicine links rural clinics.", "health", "innovation_digital"),
            List.of("The undersea cable links Honiara to Sydney.", "innovation_digital"),
            List.of("Patrols by naval vessels were stepped up.", "security_defence"),
            List.of("The country welcomed seven million visitors last year.", "culture_tourism"),
            List.of("The president dissolved parliament.", "governance_reform"),
            List.of("Girls are barred from secondary school.", "education", "human_rights"),
            List.of("Investing political capital in a lost cause is risky."),
            List.of("A bank of fog rolled in."),
            List.of("World Weather Attribution studied the floods.", "climate_change",
                "natural_disasters"),
            List.of("Migrants crossed the Darién Gap.", "migration"),
            List.of("The grain corridor reopened.", "agriculture_food", "transport_connectivity"),
            // taxonomy 2026.12.36 (the round's local news set): local government is governance;
            // an arrest or a patrol beside the police, and a checkpoint, are policing; a mobile
            // app is digital, pit latrines water, paddy farming; schools of thought, the cream
            // of the crop and high-energy biscuits are none of their words' topics; resurfacing
            // and sewers alone were tried and dropped (nationalism resurfaces, oceans become
            // sewers)
            List.of("The county assembly voted to remove the deputy speaker.", "governance_reform"),
            List.of("The mayor resigned on Sunday.", "governance_reform"),
            List.of("Police in Kano arrested 14 people overnight.", "security_defence"),
            List.of("Ecuadorian police began nightly patrols.", "security_defence"),
            List.of("Checkpoints went up on every road into the city.", "security_defence"),
            List.of("Traders can renew permits through a mobile app.", "innovation_digital"),
            List.of("Most homes rely on pit latrines.", "water_resources"),
            List.of("Floods submerged 40,000 hectares of paddy.", "agriculture_food",
                "natural_disasters"),
            List.of("Rival schools of thought disagree."),
            List.of("The cream of the crop took first prize."),
            List.of("Volunteers packed high-energy biscuits."),
            List.of("The new expressway cuts travel times.", "transport_connectivity"),
            List.of("Narrow nationalism is resurfacing."),
            List.of("We are turning the oceans into global sewers."),
            // taxonomy 2026.12.37: the crops of export news; a river's bank; a coding boot camp
            List.of("The banana plantation employs 400 people.", "agriculture_food"),
            List.of("Sorghum and millet failed in the north.", "agriculture_food"),
            List.of("Fishermen hauled their boats up the bank.", "agriculture_food"),
            // (since 2026.12.68 coding is innovation's too, as t5e labels pupils learning it)
            List.of("Forty women finished a coding boot camp.", "education",
                "innovation_digital"),
            // taxonomy 2026.12.38 (the round's last topic set, a random-like week): chemical
            // weapons' agents and their watchdog; visitor numbers and a sitcom; study permits;
            // egg prices; water allowances; a defence in court, an Oscar drought, a school play
            // and butterflies' migration are none of their words' topics
            List.of("The OPCW verified the destruction of the mustard agent.",
                "nuclear_nonproliferation"),
            List.of("Visitor numbers at Machu Picchu will be capped.", "culture_tourism"),
            List.of("Ottawa capped the number of study permits.", "migration"),
            List.of("Egg prices fell 30 percent.", "agriculture_food"),
            List.of("The daily water allowance was cut.", "water_resources"),
            List.of("In his defence, the landlord said he never got the letters."),
            List.of("Her Oscar drought is over."),
            List.of("The set looked borrowed from a school play."),
            List.of("Monarch butterflies complete their migration each November."),
            // taxonomy 2026.12.39 (the fortieth round): food carried as aid is aid, a food
            // shortage or a harvest still farming; the troops of a clash are the conflict's, of a
            // drill defence's; a junta governs; a parliament at work is governance; livestock
            // disease is farming; utility tariffs, a personal energy, a board's sanction, a
            // brisk trade and a landslide win are none of their words' topics
            List.of(
                "Trucks of the World Food Programme brought flour and rice to the camp.",
                "humanitarian_aid"),
            List.of("Farmers expect a record rice harvest this autumn.", "agriculture_food"),
            List.of(
                "Aid agencies warned of severe food shortages in the camps.",
                "agriculture_food",
                "humanitarian_aid"),
            List.of("Troops exchanged fire across the disputed border overnight.",
                "regional_stability"),
            List.of("Troops held joint drills near the border.", "security_defence"),
            List.of(
                "The military junta dissolved parliament and suspended the constitution.",
                "governance_reform"),
            List.of(
                "Parliament passed a law barring ministers from holding dual citizenship.",
                "governance_reform"),
            List.of(
                "An outbreak of foot-and-mouth disease hit three cattle farms.",
                "agriculture_food"),
            List.of("An outbreak of cholera hit the capital.", "health"),
            List.of("The canal reopened to shipping on Tuesday.", "transport_connectivity"),
            List.of(
                "The sovereign wealth fund bought a stake in the airline.",
                "investment",
                "transport_connectivity"),
            List.of("The UN rights office condemned the sentence.", "human_rights"),
            List.of("Rockets were fired at the northern towns overnight.", "regional_stability"),
            List.of("The striker scored twice before the break.", "culture_tourism"),
            // a telecom tariff is no trade; since taxonomy 2026.12.79 mobile data is telecoms
            // (innovation_digital), as labelling.md gives telecoms to it
            List.of("The regulator approved higher mobile data tariffs.", "innovation_digital"),
            List.of("There was a certain energy in the hall that night."),
            List.of("The senator is in excellent health, his office said."),
            List.of("The board sanctioned the new car park."),
            List.of("The stall did a brisk trade all afternoon."),
            // a landslide win is no disaster; since taxonomy 2026.12.91 the ruling party that
            // won it is governance's
            List.of("The ruling party won by a landslide.", "governance_reform"),
            // taxonomy 2026.12.40: the World Bank as a source is no finance, the Cold War as a time
            // no conflict; shelters, passenger trains, textbooks, a foreign agents bill, a plant
            // that costs billions, mistreatment and a break point are their topics' words
            List.of(
                "According to the World Bank, extreme poverty fell again last year.",
                "sustainable_development"),
            List.of("Since the end of the Cold War, trade between them has tripled.", "trade"),
            List.of("About 900 people spent the night in emergency shelters.", "humanitarian_aid"),
            List.of(
                "The first passenger train crossed the new bridge on Sunday.",
                "transport_connectivity"),
            List.of("The ministry will print new history textbooks.", "education"),
            List.of("It was a textbook example of bad timing."),
            List.of("Protesters rallied against the foreign agents bill.", "governance_reform"),
            List.of("The carmaker will build a $1 billion plant in Hungary.", "investment"),
            List.of("Detainees said they had been mistreated in custody.", "human_rights"),
            List.of("He saved a break point in the third set.", "culture_tourism"),
            // taxonomy 2026.12.41: a top seed, a collapsed government, critics detained, rubber
            // bullets, fleeing fighting are their topics'; a farmers' market is no farming
            List.of(
                "The top seed crashed out in the second round at Roland Garros.",
                "culture_tourism"),
            List.of("The Dutch government collapsed on Tuesday.", "governance_reform"),
            List.of("UN experts condemned the detention of critics.", "human_rights"),
            List.of(
                "Police fired tear gas and rubber bullets at the marchers.", "security_defence"),
            // (and since 2026.12.60 the fighting is the conflict's too, as set ti labels it)
            List.of("Thousands crossed into Chad, fleeing fighting in Darfur.", "migration",
                "regional_stability"),
            List.of("The weekly farmers' market moved to the square behind the church."),
            // taxonomy 2026.12.42: a team's energy and title defence are sport's, not energy's or
            // defence's; a development plan, people brought ashore, obesity and a title race are
            // their topics'; "the port city of" places a city, no transport
            List.of("The midfielder said the squad had found its energy again.", "culture_tourism"),
            List.of("The striker said the title defence was over.", "culture_tourism"),
            List.of("The new national development plan runs to 2030.", "sustainable_development"),
            List.of(
                "Italy's coast guard said 312 people were brought ashore at Lampedusa.",
                "migration"),
            List.of("One in eight adults now lives with obesity.", "health"),
            List.of(
                "Leverkusen lead the Bundesliga title race by six points.", "culture_tourism"),
            List.of("The port city of Manzanillo is the country's busiest."),
            // taxonomy 2026.12.43: sport's and health's words; a takeover of billions is
            // investment, a military one governance; a "best investment" is a figure of speech
            List.of("The Dodgers won the World Series in five games.", "culture_tourism"),
            List.of(
                "The grandmaster held with the Berlin defence at the chess olympiad.",
                "culture_tourism"),
            List.of("The NHS waiting list fell for a third month.", "health"),
            List.of(
                "Nippon Steel remains committed to its $14.9 billion takeover of US Steel.",
                "investment"),
            List.of("The military takeover was condemned across the region.", "governance_reform"),
            List.of(
                "Parliament passed a motion of no confidence in the government.",
                "governance_reform"),
            List.of("Sierra Leone believes children are the best investment for its future."),
            // taxonomy 2026.12.44: bird flu on a farm is farming's; attacks claimed, stock
            // indices, fighting, sport's and science's words; a bidding war is no war, the
            // Louvre agreement no museum, flour on aid trucks aid
            List.of(
                "Bird flu was confirmed at a poultry farm, and 120,000 birds will be culled.",
                "agriculture_food"),
            List.of(
                "A car bomb exploded in Mogadishu, and al-Shabab claimed responsibility.",
                "terrorism_extremism"),
            List.of("The Nikkei fell 3 percent on Tuesday.", "finance"),
            List.of("Fighting broke out in the capital on Sunday.", "regional_stability"),
            List.of("Her father sold the house after a bidding war."),
            List.of("The champion needed five sets to beat the qualifier.", "culture_tourism"),
            List.of("The Louvre agreement set targets for exchange rates.", "finance"),
            List.of("Trucks carrying flour entered northern Gaza on Sunday.", "humanitarian_aid"),
            List.of("Researchers built a processor with 256 qubits.", "innovation_digital"),
            List.of("Roadworks will close the bridge until March.", "transport_connectivity"),
            // taxonomy 2026.12.45: a team's defence gives way to the sport, as the troops of a
            // war give way to the war, while a defence budget stays defence; a river's bank and
            // a piggy bank are no bank
            List.of("Arsenal's defence crumbled as the home side won 2-1.", "culture_tourism"),
            List.of("The country's defence budget rose by a tenth.", "security_defence"),
            List.of("Cyclists were asked to slow down on the bank of the river."),
            List.of("The piggy bank held 14 pounds and two buttons."),
            List.of(
                "India and China agreed on patrolling along the Line of Actual Control.",
                "regional_stability"),
            List.of("The utility restarted a reactor at its plant in the north.", "energy"),
            // taxonomy 2026.12.46: a government named, a constitution rewritten, futures, cricket
            // and the dead of a fight are their topics'
            List.of(
                "Haiti's transitional council named a new prime minister on Sunday.",
                "governance_reform"),
            List.of(
                "Bangladesh set up a commission to rewrite the constitution.", "governance_reform"),
            List.of("Cocoa futures fell to their lowest in a year.", "agriculture_food", "finance"),
            List.of("Sri Lanka's spinners bowled India out for 187.", "culture_tourism"),
            List.of(
                "Colombian soldiers were killed in the fighting with rebels in Cauca.",
                "regional_stability"),
            // taxonomy 2026.12.47: fire traded is no trade, a day of fighting is the conflict's
            // (and its troops with it), a rate to the dollar is finance, an orchestra culture
            List.of(
                "The army and the rebels traded heavy shelling around the city overnight.",
                "regional_stability"),
            List.of(
                "Somali troops retook two villages after a day of fighting.", "regional_stability"),
            List.of("The rupee hit a record low of 89 to the dollar.", "finance"),
            List.of("The Vienna Philharmonic played Bruckner's Eighth.", "culture_tourism"),
            List.of("A jury convicted a man of plotting to attack a synagogue.",
                "terrorism_extremism"),
            List.of("Avalanches cut off three villages in the valley.", "natural_disasters"),
            // taxonomy 2026.12.48: a hope banked on is no bank; aid's funding gives way to the
            // aid; coal makes emissions the climate's; toilets are sanitation; "since the
            // pandemic" dates
            List.of("Gran banked on the weather holding for the church fete."),
            List.of("The wicketkeeper took four catches in the one-day international.",
                "culture_tourism"),
            List.of("The WFP cut rations because of a funding shortfall.", "humanitarian_aid"),
            List.of("Emissions from the power sector fell as wind displaced coal.",
                "climate_change", "energy"),
            List.of("Only four in ten schools have working toilets.", "education",
                "water_resources"),
            List.of("Tourism has not recovered since the pandemic.", "culture_tourism"),
            // taxonomy 2026.12.50: people who fled are migration's, a flood's homeless the
            // flood's; medical supplies in an aid convoy are the aid's
            List.of("Some 60,000 people had fled Sudan since September.", "migration"),
            List.of("Floods forced 30,000 people from their homes.", "natural_disasters"),
            List.of("Trucks carrying flour and medical supplies entered Gaza.",
                "humanitarian_aid"),
            // taxonomy 2026.12.51: a putt, stranded passengers and a completed takeover are
            // their topics'; leaving for health reasons and a port visit are none
            List.of("She holed the eagle putt on the 18th.", "culture_tourism"),
            List.of("Lufthansa cancelled 900 flights, leaving passengers stranded.",
                "transport_connectivity"),
            List.of("Nippon Steel completed its takeover of US Steel.", "investment"),
            List.of("The finance director left for health reasons."),
            List.of("The carrier docked in Busan for a port visit."),
            // taxonomy 2026.12.52: a result beside its score is a match, whatever the sport
            List.of("Salah's late header gave Liverpool a 2-1 win at Villa Park.",
                "culture_tourism"),
            List.of("The Wallabies edged Argentina 24-22 in Mendoza.", "culture_tourism"),
            List.of("The race has not yet been won, if we judge by the latest report of the"
                + " Secretary-General (paras. 61-71)."),
            // taxonomy 2026.12.53: martial law is military rule; a displacement camp is aid's;
            // digital nomads are migrants, not technology; a war memorial and a player traded
            // are no war and no trade; VAT is a tax
            List.of("The president declared martial law late on Tuesday.", "governance_reform"),
            List.of("Famine was confirmed in the displacement camp.", "agriculture_food",
                "humanitarian_aid"),
            List.of("Japan will offer a visa for digital nomads.", "migration"),
            List.of("The queue stretches past the war memorial."),
            List.of("The Red Sox traded their ace to Houston."),
            List.of("The government ended a temporary VAT cut.", "finance"),
            // taxonomy 2026.12.54: people who leave their homes are migration's unless a disaster
            // drove them; the siege of a city is the conflict's; a study in Nature is research;
            // sedition is a charge only when a court or a law speaks of it
            List.of("The civil war forced 40,000 people to leave their homes.", "migration",
                "regional_stability"),
            List.of("Floods forced 40,000 people to leave their homes.", "natural_disasters"),
            List.of("The siege of the city entered its third month.", "regional_stability"),
            List.of("The study was published in Nature on Wednesday.", "innovation_digital"),
            List.of("Two editors were convicted of sedition.", "human_rights"),
            List.of("They spread chaos and sedition among the people."),
            // taxonomy 2026.12.55: Wall Street and a runway to be built are their topics'; a
            // touchdown is sport, so a defense beside it is the team's; a spirited defence of a
            // pizza is no defence, a detailed recital no concert
            List.of("Wall Street closed at a record high.", "finance"),
            List.of("The government backed a third runway at Heathrow.",
                "transport_connectivity"),
            List.of("Allen threw three touchdowns against the Miami defense.", "culture_tourism"),
            List.of("She mounted a spirited defence of pineapple on pizza."),
            List.of("The facts are too well known to need a detailed recital."),
            // taxonomy 2026.12.56: a fund that takes a stake is investment's, funds diverted
            // governance's, funds for missiles defence's, funding for clinics health's; a fund
            // alone is still finance
            List.of("Saudi Arabia's Public Investment Fund took a 9 percent stake in the firm.",
                "investment"),
            List.of("He was convicted of diverting public funds, a corruption case.",
                "governance_reform"),
            List.of("The defence budget includes funds for long-range missiles.",
                "security_defence"),
            List.of("Australia will fund 60 new mental health clinics.", "health"),
            List.of("The fund lent $2 billion to the government.", "finance"),
            // taxonomy 2026.12.57: a military occupation or offensive is the conflict's alone; a
            // military pact stays defence beside it; the shadow fleet is sanctions' story
            List.of("Foreign military occupation of the territory must end.",
                "regional_stability"),
            List.of("The war ended, but the military pact between them endured.",
                "regional_stability", "security_defence"),
            List.of("The EU sanctioned 40 more tankers of Russia's shadow fleet.", "sanctions"),
            // taxonomy 2026.12.58: a startup's round led by a fund is investment's; a cable car
            // is transport, a crime drama culture, two cups of flour no farming; tensions
            // resurfacing and a world record of refugees are neither road works nor sport
            List.of("The start-up raised $25 million in a round led by a Silicon Valley fund.",
                "innovation_digital", "investment"),
            List.of("Medellin opened a new cable car line.", "transport_connectivity"),
            List.of("The new season of the crime drama moves to the fjords.", "culture_tourism"),
            List.of("The recipe calls for two cups of flour."),
            List.of("Geopolitical tensions are resurfacing."),
            List.of("This area holds the sad world record for number of refugees.", "migration"),
            // taxonomy 2026.12.59: uranium traces in an inspection are the nuclear file's, not a
            // mineral's; a school of dolphins teaches nothing; police raids at dawn are policing
            List.of("The IAEA censured Iran over uranium traces at two undeclared sites.",
                "nuclear_nonproliferation"),
            List.of("Kazakhstan mined more uranium than ever.", "critical_minerals"),
            List.of("A school of dolphins was spotted off Tenby."),
            List.of("Police carried out dawn raids across Marseille.", "security_defence"),
            // taxonomy 2026.12.60: fighting in a place, strikes by a state's forces and an
            // insurgency are conflict; a parliament that ratifies and an audit are governance
            List.of("Thousands fled fighting in Darfur last week.", "migration",
                "regional_stability"),
            List.of("Russian strikes damaged three thermal power plants.", "energy",
                "regional_stability"),
            // (since 2026.12.84 an insurgency found as a conflict is no terrorism by itself)
            List.of("The insurgency in Cabo Delgado has not gone away.", "regional_stability"),
            List.of("Hungary's parliament finally ratified the treaty.", "governance_reform"),
            List.of("The new government ordered an audit of the ministries.",
                "governance_reform"),
            // taxonomy 2026.12.61: a coup attempted by an army commander is governance's; a
            // title defence, a break of serve and rival fans are sport; a landslide of votes no
            // disaster; a nickel-sized ravioli no mineral
            List.of("The president accused the army commander of attempting a coup.",
                "governance_reform"),
            List.of("The champions' defence of its title ended in the quarter-finals.",
                "culture_tourism"),
            List.of("A landslide of votes handed the challenger the race for mayor.",
                "governance_reform"),
            List.of("The dish is a nickel-sized ravioli."),
            // taxonomy 2026.12.62: a goal drought is sport, not a disaster; mineral water no
            // mineral; bus fares transport; a by-election governance; a debt owed to a rescuer
            // no finance
            List.of("Isak ended a nine-game goal drought at St James' Park.", "culture_tourism"),
            List.of("Britons bought more sparkling mineral water this summer."),
            List.of("Bus fares will stay capped at 2 pounds.", "transport_connectivity"),
            List.of("Voters in the riding go to the polls in a by-election.", "governance_reform"),
            List.of("We owe him a debt we can never repay, she said."),
            // taxonomy 2026.12.63: a player sanctioned by a league is sport's, not sanctions
            // (an unless-term of the pitch), while sports sanctions against a state stay
            // sanctions; energy lacked is no energy; the water level, aid lorries, postponed
            // elections are their topics; CERN is written in capitals, so a word broken by a
            // scanner's hyphen sign ("con\u00accern") is none; food and medicine running out
            // is aid, not health
            List.of("The disciplinary panel sanctioned the goalkeeper for time-wasting.",
                "culture_tourism"),
            List.of("The Commonwealth backed sports and cultural sanctions against the apartheid"
                + " regime.", "culture_tourism", "human_rights", "sanctions"),
            List.of("The lads had lacked energy after the break, the manager admitted."),
            List.of("The water level of the lake has fallen by two metres.", "water_resources"),
            List.of("Aid lorries queued at the crossing for a third day.", "humanitarian_aid"),
            List.of("The junta postponed elections for a second time.", "governance_reform"),
            List.of("Three physicists joined the particle physics lab at CERN.",
                "innovation_digital"),
            List.of("Such situations are subjects of grave con\u00accern to us."),
            List.of("Families in the camps are running out of food and medicine.",
                "humanitarian_aid"),
            // taxonomy 2026.12.64: students met with tear gas are a protest's, not education's
            // (the word's unless-terms), while students at their examinations stay education;
            // a household's electricity tariff is energy, not trade; islands on the front line
            // of climate change are no front of a war, while states that demarcate a border
            // are regional stability; a club's points deduction makes its sanctions sport's
            List.of("Riot police fired tear gas at students marching on the ministry.",
                "security_defence"),
            List.of("Students sat their final examinations this week.", "education"),
            List.of("Electricity customers will pay a higher tariff from May, the regulator said.",
                "energy"),
            List.of("Small islands are on the front line of climate change.", "climate_change"),
            List.of("The two states agreed to demarcate their border.", "regional_stability"),
            List.of("The league upheld the sanctions against the club, a ten-point deduction that"
                + " leaves it in the relegation zone.", "culture_tourism"),
            List.of("The ruling party lost its majority in the lower house.",
                "governance_reform"),
            // taxonomy 2026.12.65: a checkpoint a suicide bomber struck is terrorism's alone (the
            // new unless-terms of security), while troops at one stay security; energy wanted in
            // midfield is a team's vigour; a household price cap is no sanction, the G7's on oil
            // is; a planet's carbon dioxide is no climate change, the warmest years are
            List.of("A suicide bomber killed nine people at a checkpoint, and the group claimed"
                + " responsibility.", "terrorism_extremism"),
            List.of("Troops manned a checkpoint on the border road.", "security_defence"),
            List.of("The coach said he wanted more energy in midfield.", "culture_tourism"),
            List.of("The regulator's price cap will raise household electricity bills by 9"
                + " percent.", "energy"),
            List.of("The G7 agreed a price cap on Russian oil.", "energy", "sanctions"),
            List.of("Astronomers detected carbon dioxide in the atmosphere of a distant planet.",
                "innovation_digital"),
            List.of("Nine of the ten warmest years on record came after 2000.", "climate_change"),
            List.of("He learned his trade in a boatyard."),
            // taxonomy 2026.12.67: a coup that suspends the constitution is governance's; a
            // besieged city and an ambush are a conflict's; a rig count is energy's, public
            // attitudes to nuclear power too, while a nuclear power among states is not;
            // spodumene is a critical mineral, cobalt-blue shutters are none; a war room is no
            // war; fisheries subsidies at the WTO are trade's and farming's; maritime security
            // is defence's; a hospital drama is a show, no health story
            List.of("Soldiers announced that the constitution was suspended.",
                "governance_reform"),
            List.of("An aid convoy reached the besieged city.", "humanitarian_aid",
                "regional_stability"),
            List.of("The rig count fell again this week.", "energy"),
            List.of("The disaster still shapes public attitudes to nuclear power.", "energy"),
            List.of("Israel had become the world's sixth nuclear power."),
            List.of("The plant will need 20,000 tonnes of spodumene a year.",
                "critical_minerals"),
            List.of("The bistro's cobalt-blue shutters are famous."),
            List.of("The campaign headquarters has turned into a war room."),
            List.of("WTO members failed to agree on curbing fisheries subsidies.",
                "agriculture_food", "trade"),
            List.of("Maritime security is of the utmost importance to coastal States.",
                "security_defence"),
            List.of("The hospital drama returns for a fifth season.", "culture_tourism"),
            // taxonomy 2026.12.68: coups are governance's (a diplomatic coup is none); a
            // marathon debate is no race; human-caused warming
            // is climate change; a player's medal is sport; a war for talent is no war; jailed
            // journalists are human rights', armed dissidents are not
            List.of("The Sahel has seen four coups in three years.", "governance_reform"),
            List.of("The summit was a diplomatic coup for the host."),
            List.of("Parliament passed the bill after a marathon overnight debate.",
                "governance_reform"),
            List.of("The heat was made 50 times more likely by human-caused warming.",
                "climate_change"),
            List.of("The company said it had won its war for talent."),
            List.of("The court sentenced three jailed journalists to further terms.",
                "human_rights"),
            // taxonomy 2026.12.69: the dead a health ministry counts are no health story; a
            // climate fund is climate change's, not finance's; a data migration is no migration;
            // the M23's rebels are a conflict's
            List.of("Strikes killed five people, the health ministry said."),
            List.of("Denmark pledged $500 million to the Green Climate Fund.", "climate_change"),
            List.of("The retailer completed the migration of customer data."),
            List.of("Talks between Kinshasa and M23 rebels opened in Doha.",
                "regional_stability"),
            // taxonomy 2026.12.70: a minister's or a ministry's title is no story of its topic
            // (what the minister says may be); heavy rain is a disaster's; coral bleaching is
            // climate change; the weapon states are the NPT's, not defence's; an election
            // commission is governance's; living without papers is migration; a national team
            // is sport unless a government forms one; a turf war is no war; fighting that
            // resumed is a conflict's; a sovereign fund's stake is investment; families living
            // in tents are aid's; racist chants are human rights'; a coup's seized broadcaster
            List.of("The trade minister thanked her staff at a farewell lunch."),
            List.of("Officials at the Ministry of Education moved into a new building."),
            List.of("The energy minister said petrol prices would rise next month.", "energy"),
            List.of("Days of heavy rain left the valley cut off.", "natural_disasters"),
            List.of("Divers reported coral bleaching along the whole reef.", "climate_change"),
            List.of("The five weapon states met in Geneva.", "nuclear_nonproliferation"),
            List.of("The election commission will publish the results on Monday.",
                "governance_reform"),
            List.of("He had lived in the city for years without papers.", "migration"),
            List.of("The national team won the final.", "culture_tourism"),
            List.of("The government formed a national team to fight the pandemic.", "health"),
            List.of("Two law firms are locked in a turf war over the contracts."),
            List.of("Talks stalled and the fighting resumed in the north.",
                "regional_stability"),
            List.of("A sovereign fund bought a stake in the brewer.", "investment"),
            List.of("Families still live in tents a year after the storm.", "humanitarian_aid"),
            List.of("The club was fined after racist chants from the stands.", "human_rights"),
            List.of("Officers seized the state broadcaster and declared the constitution"
                + " suspended.", "governance_reform"),
            // taxonomy 2026.12.71: rebels are a conflict's and guns that fell silent too; a
            // heat pump and a gas bill are energy's; copper thieves and a shipping tycoon are
            // no mining and no shipping; the defence minister's title is no defence story
            List.of("The rebels rejected the proposal.", "regional_stability"),
            List.of("The guns fell silent at midnight.", "regional_stability"),
            List.of("The family installed a heat pump to cut its gas bill.", "energy"),
            List.of("Copper thieves stole the cable overnight."),
            List.of("The shipping tycoon bought a villa."),
            List.of("The defence minister opened a new school.", "education"),
            // taxonomy 2026.12.72: the conflict in a place is a conflict's; a film is
            // culture's; money sent home is migration's; roofs torn off are a storm's; a pact
            // that removes duties is trade's; free bus travel is transport's; a delegation of
            // members of the European Parliament is parliamentary cooperation
            List.of("Envoys met to end the conflict in the north.", "regional_stability"),
            List.of("The film opens in cinemas on Friday.", "culture_tourism"),
            List.of("Thousands of young men send money home from the Gulf.", "migration"),
            List.of("The storm tore roofs off dozens of houses.", "natural_disasters"),
            List.of("The pact removes duties on most goods.", "trade"),
            List.of("Pensioners get free bus travel in the city.", "transport_connectivity"),
            List.of("A delegation of members of the European Parliament arrived in Kyiv.",
                "parliamentary_cooperation"),
            // taxonomy 2026.12.73: an arms embargo is a sanction, not defence; the transport
            // minister's title is no transport story, nor is energy infrastructure; cancelled
            // flights are transport's; enrichment plants are the nuclear file's; people who
            // flee across the border and temporary visas are migration's; funds for wells give
            // way to water resources; a war epic is a film; shelter in a school is no schooling
            List.of("The council extended the arms embargo for a year.", "sanctions"),
            List.of("The transport minister opened a flower show."),
            List.of("Snow closed the airport and hundreds of flights were cancelled.",
                "transport_connectivity"),
            List.of("Inspectors visited two enrichment plants last week.",
                "nuclear_nonproliferation"),
            List.of("Villagers flee across the border every night.", "migration"),
            List.of("The government will offer temporary visas to the survivors.", "migration"),
            List.of("Community funds paid for a tube well that now gives the village drinking"
                + " water.", "water_resources"),
            List.of("The war epic won the jury prize.", "culture_tourism"),
            List.of("Families are sheltering in schools after the quake.", "natural_disasters"),
            List.of("The prisoners described electric shocks and beatings.", "human_rights"),
            List.of("She recovered after electric shock therapy."),
            List.of("Saboteurs damaged the energy infrastructure.", "energy"),
            // taxonomy 2026.12.74: a former central bank governor is a person, no finance story,
            // and an oil-rich place no energy story; the sitting governor's rates are finance
            List.of("A former central bank governor will run for mayor.", "governance_reform"),
            List.of("The central bank governor said interest rates would rise.", "finance"),
            List.of("The two states are locked in a territorial dispute over an oil-rich island.",
                "regional_stability"),
            List.of("Oil output in the oil-rich province doubled.", "energy"),
            // taxonomy 2026.12.75: a river that broke its banks is a disaster's, and a storm
            // that battered a coast; a crackdown on drugs is no rights story; a food court is
            // no farming; forced sterilisation and equal rights for women are human rights;
            // water deliveries and dam levels are water's; a just peace in a place is a
            // conflict's; missile strikes in a war are the conflict's, not defence's; a joint
            // exercise is defence; refugees living in camps are aid's; a wave of energy is none
            List.of("The river broke its banks overnight.", "natural_disasters"),
            List.of("A storm battered the coast for two days.", "natural_disasters"),
            List.of("The crackdown on drug smuggling continued."),
            List.of("The mall's food court reopened."),
            List.of("The report describes women who were forcibly sterilised.", "human_rights"),
            List.of("The new constitution guarantees equal rights for women.",
                "governance_reform", "human_rights"),
            List.of("Residents queued for water deliveries as dam levels fell.",
                "water_resources"),
            List.of("The envoy called for a just peace in Ukraine.", "regional_stability"),
            List.of("Missile strikes hit the city as the war entered its third year.",
                "regional_stability"),
            List.of("The army fired a missile at a test range.", "security_defence"),
            List.of("The navy and the air force held a joint exercise off the coast.",
                "security_defence"),
            List.of("Thousands of refugees are still living in camps.", "humanitarian_aid",
                "migration"),
            List.of("A fresh wave of energy swept the hall."),
            List.of("The bill passed its second reading.", "governance_reform"),
            List.of("Cocoa futures rose in New York.", "agriculture_food", "finance"),
            List.of("Students marched against higher tuition fees.", "education"),
            // taxonomy 2026.12.76: an opposition leader detained is human rights beside the
            // policing; a bill that cleared the Commons is governance; the sale of tobacco is
            // health; a currency named with its article is finance; an infrastructure fund is
            // no transport, and a stake it bought is investment; an export blacklist is a
            // sanction, not trade; a ramming attack is terrorism
            List.of("Police detained the opposition leader and two reporters.", "human_rights",
                "security_defence"),
            List.of("The bill cleared the Commons on Tuesday.", "governance_reform"),
            List.of("A ban on the sale of tobacco to teenagers takes effect in June.", "health"),
            List.of("The naira fell to a record low.", "finance"),
            List.of("An infrastructure fund bought a stake in the solar developer.", "energy",
                "investment"),
            List.of("The agency put the firm on its export blacklist.", "sanctions"),
            List.of("Three people died in a ramming attack on the promenade.",
                "terrorism_extremism"),
            List.of("The river overflowed its banks after a week of rain.",
                "natural_disasters"),
            // taxonomy 2026.12.77: an emotional or electoral earthquake is no disaster, nor
            // "an earthquake of a" verdict; a real one still is
            List.of("The verdict was an emotional earthquake for the village."),
            List.of("The vote was an earthquake of a result for the party."),
            List.of("The earthquake destroyed two bridges.", "natural_disasters"),
            // taxonomy 2026.12.78: a curfew licenses the policing words (robberies, arrests)
            // as the police do; soybean shipments are trade beside the crop
            List.of("The minister imposed a curfew after a wave of armed robberies.",
                "security_defence"),
            List.of("Soybean shipments to Europe rose by a fifth.", "agriculture_food",
                "trade"),
            // taxonomy 2026.12.79: rebel leaders, separatists and the invasion are a conflict's
            // (an invasion of privacy or of locusts is none); crimes against humanity and sexual
            // violence are human rights; a humanitarian truce is aid's as well as the conflict's;
            // a unity government is governance; power demand is energy ("power demands" is not);
            // a bitter harvest is no farming; people who escape the fighting are migration and
            // the conflict's; the finance ministry said is no finance story; the yen is finance;
            // seed funding is investment
            List.of("The rebel leaders arrived in the capital on Monday.", "regional_stability"),
            List.of("Separatists seized the town hall.", "regional_stability"),
            List.of("The invasion began before dawn.", "regional_stability"),
            List.of("The tabloid apologised for the invasion of privacy."),
            List.of("The tribunal tried him for crimes against humanity.", "human_rights"),
            List.of("Sexual violence was widespread, the report said.", "human_rights"),
            List.of("A humanitarian truce let the wounded leave the city.", "humanitarian_aid",
                "regional_stability"),
            List.of("The two parties formed a unity government.", "governance_reform"),
            List.of("Power demand peaked at noon.", "energy"),
            List.of("History shows that power demands restraint."),
            List.of("The result was a bitter harvest for the party."),
            List.of("Thousands crossed the river to escape the fighting.", "migration",
                "regional_stability"),
            List.of("The finance ministry said exports rose by 3%.", "trade"),
            List.of("The yen rose against the dollar.", "finance"),
            List.of("The start-up raised $2 million in seed funding.", "innovation_digital",
                "investment"),
            // taxonomy 2026.12.80: people fleeing the conflict are migration too; families
            // displaced by a disaster or a war are aid's; the offensive began is a conflict's;
            // the melting of glaciers is climate; mobile money is digital beside finance; a deal
            // drought is no disaster and mining the archives no mining
            List.of("Women fleeing the conflict reached the border town.", "migration",
                "regional_stability"),
            List.of("Families displaced by the floods slept in tents.", "humanitarian_aid",
                "natural_disasters"),
            List.of("The offensive began on Thursday.", "regional_stability"),
            List.of("The melting of glaciers has sped up.", "climate_change"),
            List.of("Mobile money transfers doubled.", "finance", "innovation_digital"),
            List.of("The deal drought ended in March."),
            List.of("She spent a year mining the archives."),
            // taxonomy 2026.12.81: mediators and an end to the violence are a conflict's (not
            // the violence against a group); the RSF; an Islamist group; bird flu in flocks is
            // farming; the repo rate; a bill vetoed; a Pride march; crypto-
            // mining is digital and no mining; a migration to cloud servers is no migration; an
            // earthquake for someone is no disaster; a UNICEF survey is no aid
            List.of("Mediators from Qatar spoke to both sides on Monday.", "regional_stability"),
            List.of("The president called for an end to the violence in the north.",
                "regional_stability"),
            List.of("Bishops urged an end to the violence against migrants.", "migration"),
            List.of("The RSF shelled the city again.", "regional_stability"),
            List.of("The ministry banned an Islamist group on Thursday.", "terrorism_extremism"),
            List.of("Our little terrors slept through the night."),
            List.of("Bird flu has thinned the region's turkey flocks.", "agriculture_food"),
            List.of("The central bank left the repo rate at 6%.", "finance"),
            List.of("The governor vetoed the bill on Friday.", "governance_reform"),
            List.of("The city's Pride march drew 50,000 people.", "human_rights"),
            List.of("Crypto-mining rigs run day and night.", "innovation_digital"),
            List.of("The firm completed its migration to cloud servers.", "innovation_digital"),
            List.of("The verdict was an earthquake for the family."),
            List.of("A UNICEF survey counted the pupils.", "education"),
            // taxonomy 2026.12.82: the multilateral development banks are finance; a delegation
            // of a parliament's members, and the Diet of Japan as a parliament word
            List.of("The multilateral development banks pledged more lending.", "finance"),
            List.of("A delegation of Irish MPs toured the Senedd.", "parliamentary_cooperation"),
            List.of("Members of Japan's Diet met the visiting speaker.",
                "parliamentary_cooperation"),
            List.of("A delegation of farmers met the minister.", "agriculture_food"),
            // taxonomy 2026.12.83: the fighting and guerrillas are a conflict's (not a fighting
            // spirit); natural catastrophes are disasters and insured losses finance; affirmative
            // action is rights (not a call to take it); a security pact is defence; an election
            // timetable is governance; temporary shelter is aid; exams are education; a court
            // that sanctioned a scheme and a lunar eclipse are neither sanctions nor digital
            List.of("Since the fighting began, the valley has been cut off.", "regional_stability"),
            List.of("Her fighting spirit never faded."),
            List.of("The guerrillas came down from the mountains to sign the accord.",
                "regional_stability"),
            List.of("Insured losses from natural catastrophes rose again.", "finance",
                "natural_disasters"),
            List.of("The party's affirmative action rule reserves seats for women.",
                "human_rights"),
            List.of("We must take affirmative action to close the gap."),
            List.of("The two countries signed a security pact.", "security_defence"),
            List.of("The electoral commission published the election timetable.",
                "governance_reform"),
            List.of("Flood victims found temporary shelter in a church.", "humanitarian_aid",
                "natural_disasters"),
            List.of("Exams were cancelled after the papers leaked.", "education"),
            List.of("The judge sanctioned the scheme of arrangement."),
            List.of("A total lunar eclipse is due on Sunday."),
            // taxonomy 2026.12.84: an insurgency or insurgents found as a conflict are no
            // terrorism by themselves (labelling.md gives an insurgency to the conflict); a
            // jihadist insurgency keeps terrorism through its own word
            List.of("Insurgents attacked two villages near the border.", "regional_stability"),
            List.of("The army says the insurgency is nearly over.", "regional_stability"),
            List.of("A jihadist insurgency has spread to the coast.", "regional_stability",
                "terrorism_extremism"),
            // taxonomy 2026.12.85: competitive exams for a service's posts are no education
            List.of("She passed the competitive exams for the foreign service."),
            List.of("Pupils sat their exams in a tent.", "education"),
            // taxonomy 2026.12.86: a wind-farm with the hyphen is energy (no farming); a metal's
            // refinery is no energy; championships and a new musical are culture; a bill at
            // committee stage is governance; a street closed to traffic is transport; an IT
            // system is digital and the migration of customer records no migration; Rovers the
            // club is no rover; armed groups found as a conflict are no terrorism
            List.of("A new wind-farm will rise off the coast.", "energy"),
            List.of("The nickel refinery opens next year.", "critical_minerals"),
            List.of("The club has won two league championships.", "culture_tourism"),
            List.of("A new musical opened on Broadway.", "culture_tourism"),
            List.of("The bill has cleared committee stage.", "governance_reform"),
            List.of("We shall return to this at the committee stage."),
            List.of("The high street is closed to traffic until Friday.",
                "transport_connectivity"),
            List.of("The migration of customer records to the new IT system took a weekend.",
                "innovation_digital"),
            List.of("Rovers beat City 2-0 at home.", "culture_tourism"),
            List.of("The rover sent back its first images.", "innovation_digital"),
            List.of("Armed groups signed a ceasefire with the government.",
                "regional_stability"),
            // taxonomy 2026.12.87: political detainees are rights; a reception centre and free
            // movement of persons are migration (a record Atlantic crossing is none); merger
            // talks, a concession to operate and the shares it does not already own are
            // investment (an investment in peace is none); prisoners exchanged, an offer to
            // mediate and the Peace and Security Council are a conflict's ("land for peace and
            // Security Council resolutions" is no council); a Patriot battery is defence; an
            // Islamist insurgency keeps terrorism; glasses of port are no port
            List.of("The new government freed all political detainees.", "human_rights"),
            List.of("Two hundred people were taken to the reception centre on the island.",
                "migration"),
            List.of("Free movement of persons across the bloc starts in January.", "migration"),
            List.of("She set a record Atlantic crossing in a rowing boat."),
            List.of("The retailers resumed merger talks on Monday.", "investment"),
            List.of("The group offered 20 euros for the shares it does not already own.",
                "investment"),
            List.of("The firm won a 25-year concession to operate the airport.", "investment",
                "transport_connectivity"),
            List.of("An investment in peace is never wasted."),
            List.of("Both sides agreed to exchange prisoners.", "regional_stability"),
            List.of("Qatar offered to mediate between the two governments.",
                "regional_stability"),
            List.of("The Peace and Security Council met in Addis Ababa.", "regional_stability"),
            List.of("Land for peace and Security Council resolutions were cited."),
            List.of("The battalion received a second Patriot battery.", "security_defence"),
            List.of("An Islamist insurgency has spread across the north.", "regional_stability",
                "terrorism_extremism"),
            List.of("She ordered two glasses of port."),
            // taxonomy 2026.12.88: elections, plural and bare, are governance (a President's
            // election, singular, stays out); a peaceful resolution or settlement of a dispute or
            // a conflict is a conflict's, as the peaceful settlement of disputes was
            List.of("Elections are due in March.", "governance_reform"),
            List.of("We congratulate you on your election."),
            List.of("Both leaders pledged a peaceful resolution of the dispute.",
                "regional_stability"),
            List.of("We support the peaceful settlement of the conflict.", "regional_stability"),
            // taxonomy 2026.12.89: glaciers, plural, are climate; a development gap is
            // development
            List.of("The glaciers above the town shrink each summer.", "climate_change"),
            List.of("ASEAN wants to narrow the development gap among its members.",
                "sustainable_development"),
            // taxonomy 2026.12.90: words of a topic in everyday senses give no
            // topic (trading in an old phone, a chamber of commerce, a lunatic asylum, health
            // drinks, a person's energy and curiosity, a retired teacher, a dinner that will not
            // break the bank, a marathon overnight session, a war on plastic, a crop of young
            // players); a water tariff is a price (tap water); a war in a sentence with a
            // coach is sport's, while a war of attrition alone stays the conflict's; border
            // talks, a rail strike, low water, mortgage approvals, an agricultural emergency, a
            // neo-Nazi cell plotting to bomb, a football club, a teammate's stage win and a
            // three-match ban are their topics'
            List.of("Trade in your old phone and get money off a new one."),
            List.of("The chamber of commerce held its annual dinner."),
            List.of("The chamber of commerce called for lower tariffs on imports.", "trade"),
            List.of("The old lunatic asylum will become flats."),
            List.of("The café sells health drinks and fruit-flavoured yoghurt."),
            List.of("She was loved for her energy and curiosity."),
            List.of("The retired teacher turned 100."),
            List.of("The recipe will not break the bank."),
            List.of("The debate ended after a marathon overnight session."),
            List.of("The supermarket declared war on plastic packaging."),
            List.of("The crop of young players at the academy is strong.", "culture_tourism"),
            List.of("Households will pay more for tap water under the new tariff.",
                "water_resources"),
            List.of("The coach called the derby a war of attrition.", "culture_tourism"),
            List.of("The war of attrition went on for three years.", "regional_stability"),
            List.of("The quarterback's energy lifted the team.", "culture_tourism"),
            List.of("The two governments resumed border talks in the capital.",
                "regional_stability"),
            List.of("The rail strike has been called off.", "transport_connectivity"),
            List.of("Low water on the river has halted the hydropower plant.", "energy",
                "water_resources"),
            List.of("Mortgage approvals rose in May.", "finance"),
            List.of("The ministry declared an agricultural emergency after the harvest failed.",
                "agriculture_food", "natural_disasters"),
            List.of("Police arrested a neo-Nazi cell plotting to bomb a synagogue.",
                "security_defence", "terrorism_extremism"),
            List.of("A consortium bought Riverside FC last year.", "culture_tourism"),
            List.of("Her teammate won the stage by ten seconds.", "culture_tourism"),
            List.of("He was handed a three-match ban.", "culture_tourism"),
            // taxonomy 2026.12.90: a war on corruption, crime, illiteracy, want or
            // waste is no conflict, nor a dinner made without breaking the bank finance
            List.of("The new mayor declared war on corruption.", "governance_reform"),
            List.of("The city has waged a war on litter since spring."),
            List.of("They ate well without breaking the bank."),
            // taxonomy 2026.12.93: regional news told with local words: a hunger
            // strike, early and forced marriage, the age of marriage, Dalits and girls barred
            // from school are rights; Lassa fever and thoughts of suicide are health; rainwater,
            // a falaj and the Amu Darya are water; JNIM is terrorism; anchoveta is fishing;
            // heterogenite is a critical mineral; a sukuk and a chama are finance (Chama Cha
            // Mapinduzi, a party, is not); inter-clan fighting and revenge attacks are a
            // conflict's; jobs in the Gulf and permanent residency are migration; the Falepili
            // Union is climate and migration; a seawall is climate; barges are transport; MPs'
            // talks with members of another parliament are parliamentary cooperation
            List.of("The inmate has been on hunger strike for three weeks.", "human_rights"),
            // taxonomy 2026.12.94: a hunger strike is rights' only beside a prison's or an
            // activist's word (the co-terms human rights gains)
            List.of("Dock workers began a hunger strike on Monday."),
            List.of("The jailed blogger began a hunger strike on Monday.", "human_rights"),
            List.of("Campaigners want to end early and forced marriages in the province.",
                "human_rights"),
            List.of("Parliament raised the minimum age for marriage to 18.", "human_rights"),
            List.of("Dalit families were barred from the village temple.", "human_rights"),
            List.of("The Taliban barred girls from secondary schools.", "education",
                "human_rights"),
            List.of("Lassa fever cases rose in three states.", "health"),
            List.of("A helpline offers support to people thinking of suicide.", "health"),
            List.of("Villagers store rainwater in tanks for the dry months.", "water_resources"),
            List.of("The old falaj channels carry water to the date gardens.", "water_resources"),
            List.of("Uzbekistan and Tajikistan discussed the Amu Darya.", "water_resources"),
            List.of("JNIM claimed the kidnapping of two engineers.", "terrorism_extremism"),
            List.of("The anchoveta season opened off the coast.", "agriculture_food"),
            List.of("Artisanal miners sell heterogenite to traders.", "critical_minerals"),
            List.of("The government priced its first sukuk in May.", "finance"),
            List.of("Her chama lends to members at low interest.", "finance"),
            List.of("Chama Cha Mapinduzi is the ruling party.", "governance_reform"),
            List.of("Inter-clan fighting killed twelve people.", "regional_stability"),
            List.of("Revenge attacks between the two villages left nine dead.",
                "regional_stability"),
            List.of("Young men from the district look for jobs in the Gulf.", "migration"),
            List.of("She applied for permanent residency in Canada.", "migration"),
            List.of("Tuvaluans can move to Australia under the Falepili Union.", "climate_change",
                "migration"),
            List.of("The island is raising its seawall.", "climate_change"),
            List.of("The barges were stuck at the lock for a week.", "transport_connectivity"),
            List.of("Kenyan MPs held talks with members of Uganda's parliament.",
                "parliamentary_cooperation"),
            // taxonomy 2026.12.93: words of a topic in other senses: a
            // diesel-electric submarine is no energy, nor the energy of a carnival; lithium
            // tablets are medicine, not a mineral; a signing that is a real coup is no coup;
            // blankets and medicine are an aid load (as medicine and blankets were); Bhutan's
            // Sustainable Development Fee is a tourist levy
            List.of("The navy ordered two diesel-electric submarines.", "security_defence"),
            List.of("The energy at the carnival was contagious.", "culture_tourism"),
            List.of("Pharmacies ran out of lithium tablets.", "health"),
            List.of("Signing the striker was a real coup for the club.", "culture_tourism"),
            List.of("Aid workers handed out blankets and medicine.", "humanitarian_aid"),
            List.of("Tourists pay a Sustainable Development Fee of $100 a night.",
                "culture_tourism"),
            // taxonomy 2026.12.91: figures-led items and headlines; CO2 alone is climate; a final
            // score beside a result is sport; shipments abroad are trade; supply chains beside a
            // critical mineral are the minerals' alone, while a tariff on a mineral stays trade
            // and a tariff on electricity stays a price; police arrest is policing; a claimed
            // attack and an aid convoy take the defence away from an army checkpoint; women
            // holding seats and children working are rights; kilometres of roads, dry taps,
            // cooperation on water, a river dispute, an expenses scandal, the ruling party, a
            // laptop, peak demand in GW are their topics'; a retired nurse is no health
            List.of("CO2 per head fell to nine tonnes.", "climate_change"),
            List.of("Final score 3-1.", "culture_tourism"),
            List.of("Shipments abroad rose by a fifth in the quarter.", "trade"),
            List.of("Battery makers must secure their supply chains for cobalt.",
                "critical_minerals"),
            List.of("Retailers warned of supply chain delays before Christmas.", "trade"),
            List.of("The government will impose a tariff on graphite from China.",
                "critical_minerals", "trade"),
            List.of("The regulator froze the tariffs on electricity for a year.", "energy"),
            List.of("The bloc agreed to remove tariff and non-tariff barriers on nickel ore.",
                "critical_minerals", "trade"),
            List.of("Police arrest two men over a string of burglaries.", "security_defence"),
            List.of("A militant group claims attack on an army checkpoint.",
                "terrorism_extremism"),
            List.of("Aid convoys were held for days at army checkpoints.", "humanitarian_aid"),
            List.of("Women now hold a third of the seats on the council.", "human_rights"),
            List.of("Children working in the quarries earn a dollar a day.", "human_rights"),
            List.of("The province paved 800 kilometres of roads last year.",
                "transport_connectivity"),
            List.of("Residents complained of dry taps for a week.", "water_resources"),
            List.of("The ministers pledged cooperation on water and schools.", "education",
                "water_resources"),
            List.of("The two states took their river dispute to the court.",
                "regional_stability", "water_resources"),
            List.of("The minister quit over an expenses scandal.", "governance_reform"),
            List.of("The ruling party lost its majority.", "governance_reform"),
            List.of("Every pupil will get a laptop.", "education", "innovation_digital"),
            List.of("Peak demand reached 48 GW on Tuesday.", "energy"),
            List.of("The hedgehog sanctuary is run by a retired nurse."),
            // taxonomy 2026.12.92: the UN refugee agency is migration's, not aid's by itself;
            // exit polls and a vote share are governance; GHG and CO2e are climate
            List.of("UNHCR said 2,000 people crossed the border on Monday.", "migration"),
            List.of("Exit polls gave the opposition a narrow lead.", "governance_reform"),
            List.of("The party doubled its vote share.", "governance_reform"),
            List.of("The plant emits two million tonnes of CO2e a year.", "climate_change"),
            List.of("GHG output fell by a tenth.", "climate_change"),
            // taxonomy 2026.12.95: organisations, programmes and treaties by name: Gavi and the
            // WHO are health (the footballer Gavi is not), the IOM is migration, the UPR human
            // rights, a peacekeeping mission's acronym and the Blue Line a conflict's, the
            // snapback mechanism sanctions, the Belt and Road and CPEC investment, the FAO
            // farming; a commitment to the Paris Agreement is climate (the 1973 Paris
            // Agreement on Viet Nam is not); talks mediated by a third party, fighting that
            // continues, a border's demarcation and assaults repelled are a conflict's; police
            // water cannon is policing; smallholders are farming; an opposition leader in
            // detention is rights
            List.of("Gavi approved a new strategy for 2026-2030.", "health"),
            List.of("Gavi, the Barca midfielder, signed a new contract.", "culture_tourism"),
            List.of("The WHO warned of a rise in cholera.", "health"),
            List.of("The IOM counted 900 deaths on the route.", "migration"),
            List.of("The country will present its report at the UPR in May.", "human_rights"),
            List.of("UNIFIL reported new incidents near the Blue Line.", "regional_stability"),
            List.of("Tehran warned against the snapback mechanism.", "sanctions"),
            List.of("The leaders signed two Belt and Road agreements.", "investment",
                "transport_connectivity"),
            List.of("The FAO released its monthly report.", "agriculture_food"),
            List.of("She reaffirmed her commitment to the Paris Agreement.", "climate_change"),
            List.of("Hanoi demanded respect for the Paris Agreement on Viet Nam."),
            List.of("The talks, mediated by Qatar, resumed on Monday.", "regional_stability"),
            List.of("The two states agreed on the demarcation of their frontier.",
                "regional_stability"),
            List.of("The brigade repelled 30 assaults near the town.", "regional_stability"),
            List.of("Police used water cannon on the crowd.", "security_defence"),
            List.of("The app links smallholders with buyers.", "agriculture_food",
                "innovation_digital"),
            List.of("The opposition leader was freed after a year in detention.", "human_rights"),
            // taxonomy 2026.12.95: other senses vetoed: reform of the international financial
            // architecture is finance, not governance; a city council's hacked computers are no
            // governance; active cyber defence is digital, not defence; gas transit and the Port
            // State Measures are no transport, nor a deportation's charter flight; the IAEA at a
            // nuclear power plant is energy, not non-proliferation; a former finance minister is
            // no finance; a residents' association that sanctioned a purchase imposed no
            // sanctions; reopening a border crossing is no migration
            List.of("Leaders called for reform of the international financial architecture.",
                "finance"),
            List.of("Hackers froze the city council's computer systems.", "innovation_digital"),
            List.of("The law allows active cyber defence against foreign servers.",
                "innovation_digital"),
            List.of("Gas transit through the country ends in January.", "energy"),
            List.of("Fifty men were deported on a charter flight.", "migration"),
            List.of("The IAEA said the nuclear power plant had lost external power.", "energy"),
            List.of("Interpol issued a red notice for the former finance minister.",
                "security_defence"),
            List.of("The residents' association sanctioned the purchase of new benches."),
            List.of("The two neighbours agreed to reopen the border crossing."),
            // taxonomy 2026.12.96: troop contributions to a peacekeeping mission are defence,
            // beside the conflict the mission's acronym finds
            List.of("Nepal is a leading troop contributor.", "security_defence"),
            List.of("Ghana will contribute troops to UNIFIL.", "regional_stability",
                "security_defence"),
            // taxonomy 2026.12.97: bare emissions and warming are climate's
            // without a co-term (other senses vetoed); carbon-neutral; a just transition
            // beside a climate co-term only
            List.of("Our emissions fell by a fifth last year.", "climate_change"),
            List.of("The Arctic is warming faster than anywhere else.", "climate_change"),
            List.of("Her heart-warming speech moved the hall."),
            List.of("The visit signalled a warming of relations."),
            List.of("The leak caused radioactive emissions."),
            List.of("The brewery says its beer is carbon-neutral.", "climate_change"),
            List.of("The country seeks a just transition away from coal.", "climate_change",
                "energy"),
            List.of("The junta promised a just transition to civilian rule.",
                "governance_reform"),
            // taxonomy 2026.12.97: connectivity gives way to digital found in
            // its sentence; a flood of goods on a market is no disaster; development goals;
            // a party asked to mediate
            List.of("Internet connectivity reached every island.", "innovation_digital"),
            List.of("Regional connectivity tops the summit agenda.", "transport_connectivity"),
            List.of("Cheap imports are flooding the domestic market.", "trade"),
            List.of("Floods swept the market town.", "natural_disasters"),
            List.of("The country is on track to meet its development goals.",
                "sustainable_development"),
            List.of("The elders agreed to mediate.", "regional_stability"),
            // taxonomy 2026.12.97: news vocabulary (higher duties, cruise ships,
            // rappers, running water, wells beside water, a psychiatrist, cancer deaths, medical
            // kits as an aid load, bomb-making, a claimed attack, beatings of a detainee,
            // nearshoring) and vetoes (a sports hall, a friendship's investment, dynamic energy)
            List.of("The mills want higher duties on foreign steel.", "trade"),
            List.of("Two cruise ships docked at the old harbour.", "culture_tourism"),
            List.of("The rapper released a diss track.", "culture_tourism"),
            List.of("Families slept in a sports hall after the quake.", "natural_disasters"),
            List.of("Most homes have no running water.", "water_resources"),
            List.of("Villagers draw their water from open wells.", "water_resources"),
            List.of("She waited months to see a psychiatrist.", "health"),
            List.of("Her father died of cancer last spring.", "health"),
            List.of("The convoy brought tents and medical kits to the camp.", "humanitarian_aid"),
            List.of("Police found bomb-making equipment in the flat.", "terrorism_extremism"),
            List.of("The group claimed the attack in a statement.", "terrorism_extremism"),
            List.of("The detainee described beatings in custody.", "human_rights"),
            List.of("Nearshoring is bringing new plants to northern Mexico.", "investment"),
            List.of("Our investment in this friendship will endure."),
            List.of("The delegates showed a dynamic energy."),
            // taxonomy 2026.12.97: froze, freeze and frozen beside assets are an
            // asset freeze, whatever stands between them
            List.of("The bloc froze $2 billion of the oligarch's assets.", "sanctions"),
            List.of("A hiring freeze hit the ministry."),
            // taxonomy 2026.12.98: wire vocabulary: biofuels are energy; a wealth fund, a
            // stake told by its price and factories moved abroad are investment; tent cities
            // are aid; mass detentions are rights; people fleeing their homes are migration;
            // a maritime corridor and Maersk are transport; online accounts are digital;
            // months of siege are the conflict's
            List.of("Brazil blends biodiesel into its diesel.", "energy"),
            List.of("A Gulf wealth fund now owns a slice of the retailer.", "investment"),
            List.of("The insurer bought a $90 million stake in the retailer.", "investment"),
            List.of("Rising wages led firms to relocate factories to Mexico.", "investment"),
            List.of("The survivors were moved to tent cities outside the town.",
                "humanitarian_aid"),
            List.of("Rights groups condemned the mass detentions in the province.",
                "human_rights"),
            List.of("Shelling forced thousands of families to flee their homes.", "migration",
                "regional_stability"),
            List.of("A maritime corridor keeps the cargo ships moving.", "transport_connectivity"),
            List.of("Maersk rerouted its vessels around the cape.", "transport_connectivity"),
            List.of("The platform closed 300 online accounts.", "innovation_digital"),
            List.of("The city fell after months of siege.", "regional_stability"),
            // taxonomy 2026.12.98: other senses vetoed: student days recalled, a bond between
            // people, a sustainability-linked bond (finance, not development), a disease of a
            // harvest (farming, not health); a regional development bank is finance alone
            List.of("The two ministers reminisced about their student days."),
            List.of("The two nations share a special bond."),
            List.of("Theirs is a bond that has only deepened."),
            List.of("The company sold sustainability-linked bonds.", "finance"),
            List.of("Disease cut this year's cocoa harvest.", "agriculture_food"),
            List.of("The African Development Bank approved a loan for the port.", "finance",
                "transport_connectivity"),
            // taxonomy 2026.12.99: the least developed countries give way to trade found in
            // their sentence (market access for them is trade's), and stay development's
            // elsewhere
            List.of("Canada scrapped tariffs on goods from least developed countries.", "trade"),
            List.of("Nepal will graduate from least developed country status next year.",
                "sustainable_development"),
            // taxonomy 2026.12.100: uranium enriched and weapons-grade are
            // non-proliferation's; nuclear arms are no defence; women's participation and
            // women earning less than men are rights; a spy satellite put into orbit is
            // technology; a public library is culture and education; the energy of our young,
            // a bank of goodwill and a player who was a terror for the defence are figures; the
            // medicine and fuel of an aid convoy or of lorries are aid loads
            List.of("Inspectors found uranium enriched to 90 per cent at the plant.",
                "nuclear_nonproliferation"),
            List.of("The country has no weapons-grade plutonium.", "nuclear_nonproliferation"),
            List.of("Talks on nuclear arms control stalled.", "nuclear_nonproliferation"),
            List.of("She urged the full participation of women in public life.", "human_rights"),
            List.of("The envoy backed the role of women in peace processes.", "human_rights",
                "regional_stability"),
            List.of("Women still earn less than men in most jobs.", "human_rights"),
            List.of("The country put its first spy satellite into orbit.", "innovation_digital"),
            List.of("The city will build a new public library.", "culture_tourism", "education"),
            List.of("The energy of our young people will carry us."),
            List.of("The bank of goodwill between our peoples is full."),
            List.of("The winger was a terror for the defence as the home side won 2-0.",
                "culture_tourism"),
            List.of("The aid convoy carried flour, medicine and fuel to the camp.",
                "humanitarian_aid"),
            List.of("Lorries brought blankets and medicines to the camp.", "humanitarian_aid"),
            // taxonomy 2026.12.100: peacekeeping, peacekeepers and
            // peace-keeping are the conflict's, not defence's; a troop contribution stays defence
            List.of("Two peacekeepers were hurt near the town.", "regional_stability"),
            List.of("The council renewed the peacekeeping mission for a year.",
                "regional_stability"),
            List.of("Nepal is a leading troop contributor to UN peacekeeping.",
                "regional_stability", "security_defence"),
            // taxonomy 2026.12.100: finance's fund and funding give way to
            // education found in the sentence, as they do to health; a loan stays finance
            List.of("The state announced new funding for primary schools.", "education"),
            List.of("A loan from the development bank will pay for new schools.", "education",
                "finance"),
            // taxonomy 2026.12.101: arms laid down are the conflict's, not defence's; tensions
            // eased are the conflict's; a far-right group is extremism; opposition supporters
            // jailed and a rights report are rights; a chief justice sacked is governance; a dam
            // on a river, the Nile waters and wells left dry are water; leaving to find work in
            // the cities is migration; rare earth shipments and a flood of cheap steel are
            // trade; a takeover beside a company or a regulator is investment; a bank that stops
            // lending is finance; crowded camps, displaced children and food and shelter beside
            // refugees are aid, as is aid beside a quake; an undersea cable for electricity is
            // energy's; an actress is culture, and her energy no energy
            List.of("The movement laid down its weapons last year.", "regional_stability"),
            List.of("Tensions eased after the two leaders spoke.", "regional_stability"),
            List.of("Members of a far-right group marched through the town.",
                "terrorism_extremism"),
            List.of("Opposition supporters remain in jail.", "human_rights"),
            List.of("The rights report was published on Monday.", "human_rights"),
            List.of("The president sacked the chief justice.", "governance_reform"),
            List.of("Work began on a dam on the Mekong.", "water_resources"),
            List.of("The drought left wells dry.", "natural_disasters", "water_resources"),
            List.of("Egypt depends on the Nile waters.", "water_resources"),
            List.of("Many young men leave to find work in the cities.", "migration"),
            List.of("Rare earth shipments to Europe resumed.", "critical_minerals", "trade"),
            List.of("A flood of cheap steel hurt the mills.", "trade"),
            List.of("Regulators blocked the takeover of the company.", "investment"),
            List.of("To meet its climate goals the bank will stop lending to coal mines.",
                "climate_change", "energy", "finance"),
            List.of("Families live in crowded camps outside the city.", "humanitarian_aid"),
            List.of("The displaced children need blankets.", "humanitarian_aid"),
            List.of("Refugees were given food and shelter.", "humanitarian_aid", "migration"),
            List.of("Quake survivors are still waiting for aid.", "humanitarian_aid",
                "natural_disasters"),
            List.of("The undersea cable will bring fast internet to the islands.",
                "innovation_digital"),
            List.of("The actress brought great energy to the stage.", "culture_tourism"),
            // taxonomy 2026.12.101: other senses: supporters rallying with no jail, the
            // migration of wildebeest, a UN agency's name in attribution, the takeover of a
            // city, food and shelter as basic needs with no disaster or refugees, and an
            // undersea cable carrying electricity
            List.of("Opposition supporters rallied in the square."),
            List.of("The yearly migration of the wildebeest drew tourists.", "culture_tourism"),
            List.of("Foreign direct investment fell, the UN trade and development agency said.",
                "investment"),
            List.of("The takeover of the city took a week."),
            List.of("Millions lack food and shelter.", "agriculture_food"),
            List.of("The undersea cable will carry electricity to the mainland.", "energy"),
            // taxonomy 2026.12.101: farming's bare foods give way to aid found in the
            // sentence, as food carried as aid is aid's; food short on farms stays farming
            List.of("Relief flights brought food to the cyclone's survivors.", "humanitarian_aid",
                "natural_disasters"),
            List.of("The cyclone left farmers short of food.", "agriculture_food",
                "natural_disasters"),
            // taxonomy 2026.12.101: peace talks in a boardroom are a figure; a rival bidder is
            // investment
            List.of("PEACE TALKS STALL IN BOARDROOM FIGHT"),
            List.of("Peace talks resumed in Doha.", "regional_stability"),
            List.of("A rival bidder offered more for the brewer.", "investment"),
            // taxonomy 2026.12.101: a local council is governance (public administration);
            // putting their money into something is investment
            List.of("The local council will meet on Monday.", "governance_reform"),
            List.of("Savers from abroad put their money into new flats.", "investment"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void localNewsWordingOfTheFiftyThirdRoundFindsItsTopics() {
    // fifty-third round (set t13b, local news): each sentence with the topics it must get,
    // nothing more. Vocabulary: tornadoes; irrigators, a water allocation, a water point and a
    // dam dried up are water; a camp for displaced people is aid; delayed flights, a control
    // tower, a fully paved or repaved road, roads listed beside schools or clinics, and a
    // bridge across or over a river are transport (a bridge across a divide is a figure); a
    // choir, an eisteddfod and a county final are culture (preaching to the choir is not); a
    // fish market is farming; a gubernatorial race and candidates for governor are
    // governance; refusing to rent and a dismissal for joining a union are rights; a traffic
    // officer licenses an arrest for defence; a small satellite is technology; a fund that
    // has bought an asset is investment, not finance; the share or number of people or
    // households living in poverty is development; a bomb attack is terrorism; the flight of
    // young people is migration
    List<List<String>> cases =
        List.of(
            List.of("Tornadoes flattened homes across the county.", "natural_disasters"),
            List.of("Irrigators will get half their usual water allocation.", "water_resources"),
            List.of("The village's only water point has broken down.", "water_resources"),
            List.of("The town's dam has dried up.", "water_resources"),
            List.of("Thousands live in a camp for displaced people.", "humanitarian_aid"),
            List.of("Flights were delayed by three hours.", "transport_connectivity"),
            List.of("A fault in the control tower halted take-offs.", "transport_connectivity"),
            List.of("The road is now fully paved.", "transport_connectivity"),
            List.of("The council will repave the high street.", "transport_connectivity"),
            List.of("The villagers asked for schools, clinics and roads.", "education", "health",
                "transport_connectivity"),
            List.of("A new bridge across the river will open in May.",
                "transport_connectivity"),
            List.of("The envoy built a bridge across the divide."),
            List.of("The village choir won first prize.", "culture_tourism"),
            List.of("He was preaching to the choir."),
            List.of("Poets gathered for the Eisteddfod.", "culture_tourism"),
            List.of("Ballymena reached the county final.", "culture_tourism"),
            List.of("Traders sell their catch at the fish market.", "agriculture_food"),
            List.of("The gubernatorial race is tight.", "governance_reform"),
            List.of("Three candidates for governor debated on Sunday.", "governance_reform"),
            List.of("The landlord refused to rent the flat to a Roma couple.", "human_rights"),
            List.of("Two workers were fired for joining a trade union.", "human_rights"),
            List.of("A traffic officer was arrested for taking bribes.", "governance_reform",
                "security_defence"),
            List.of("Students built a small satellite.", "education", "innovation_digital"),
            List.of("A pension fund has bought the shopping centre.", "investment"),
            List.of("The share of households living in poverty fell to 20 per cent.",
                "sustainable_development"),
            List.of("A bomb attack on a market killed nine.", "terrorism_extremism"),
            List.of("The flight of young people abroad has emptied the villages.",
                "migration"),
            // fifty-third round, vetoes: a rich harvest is a figure unless farm words stand
            // beside it; a school gym used as a shelter is no education; a trade school is no
            // trade, nor trading on an exchange; a sanction for fielding an ineligible player is
            // sport's; an audit office quoted as a source is no governance, an audit office at
            // work still is
            List.of("Freedom is a rich harvest to reap."),
            List.of("Farmers expect a rich harvest of maize.", "agriculture_food"),
            List.of("The Red Cross set up a shelter in a school gym.", "humanitarian_aid"),
            List.of("She trained as a plumber at a trade school.", "education"),
            List.of("Trading on the stock exchange was halted.", "finance"),
            List.of("The federation fined the club as a sanction for using an ineligible player.",
                "culture_tourism"),
            List.of("Municipal debt hit a record, the audit office said.", "finance"),
            List.of("The audit office will review the ministry's contracts.",
                "governance_reform"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void mixedRegisterWordingOfTheFiftyThirdRoundFindsItsTopics() {
    // fifty-third round (set t13d: features, opinion, headlines, posts): each sentence with the
    // topics it must get, nothing more. Vocabulary: a bus ride is transport; an ice shelf and
    // glaciologists are climate; privacy as a right, the disappeared and death threats are
    // rights; fan mail, a drummer's solo, birdwatching and a jockey are culture (powers that
    // jockey for position, the jazz effect and birdwatchers quoted are not); shares sold in a
    // company are investment; a grocery bill is food prices; a gas-fired station is energy;
    // money sent home, bitcoin and a microloan are finance (a ransom in bitcoin is not); a
    // minister who resigns and a grip on power are governance; a bomb that went off is
    // terrorism; learning to read is education
    List<List<String>> cases =
        List.of(
            List.of("The nearest town is a long bus ride away.", "transport_connectivity"),
            List.of("A slab of the ice shelf broke away.", "climate_change"),
            List.of("Glaciologists measured the melt.", "climate_change"),
            List.of("Privacy is a human right.", "human_rights"),
            List.of("The mothers of the disappeared marched again.", "human_rights"),
            List.of("The editor has received death threats.", "human_rights"),
            List.of("Her fan mail filled three sacks.", "culture_tourism"),
            List.of("The drummer played a ten-minute drum solo.", "culture_tourism"),
            List.of("Birdwatching is popular on the marshes.", "culture_tourism"),
            List.of("The jockey rode two winners.", "culture_tourism"),
            List.of("Rival powers jockey for influence in the region."),
            List.of("Some called it the jazz effect."),
            List.of("Birdwatchers say the eagle has returned."),
            List.of("The pension funds sold their shares in the miner.", "investment"),
            List.of("Our grocery bill keeps rising.", "agriculture_food"),
            List.of("The town gets its power from a gas-fired station.", "energy"),
            List.of("Money sent home by her brother pays the rent.", "finance", "migration"),
            List.of("He lost his savings when bitcoin crashed.", "finance"),
            List.of("Hackers demanded a ransom in bitcoin.", "innovation_digital"),
            List.of("A microloan helped her buy a sewing machine.", "finance"),
            List.of("The foreign minister resigned on Friday.", "governance_reform"),
            List.of("The general tightened his grip on power.", "governance_reform"),
            List.of("A bomb went off near the mosque.", "terrorism_extremism"),
            List.of("My grandmother learned to read at seventy.", "education"),
            // fifty-third round (t13d), vetoes and yields: a night spent somewhere is no
            // spending, a cultural export no trade, a navy patrolling the shipping lanes no
            // transport; a station is the scene of a bombing, not transport, beside a bomb or a
            // terrorist attack; regular or routine blood tests are care, not technology;
            // lithium beside a psychiatrist or bipolar disorder is a drug, not a mineral; a
            // tremor gives way to a nuclear test found in its sentence, a stadium to aid found in
            // its sentence; a head teacher's sanction and a state's, a government's or an
            // official sanction of an act are approval, not sanctions
            List.of("We are spending the night at the airport.", "transport_connectivity"),
            List.of("K-pop is the country's biggest cultural export.", "culture_tourism"),
            List.of("The navy's frigates patrol the shipping lanes.", "security_defence"),
            List.of("A bomb went off at the bus station.", "terrorism_extremism"),
            List.of("The new bus station opens in May.", "transport_connectivity"),
            List.of("Hospital patients need regular blood tests.", "health"),
            List.of("Lithium is still prescribed by psychiatrists for bipolar disorder.",
                "health"),
            List.of("Chile mines more lithium than ever.", "critical_minerals"),
            List.of("A magnitude 4 tremor at the test site was the sign of a nuclear test.",
                "nuclear_nonproliferation"),
            List.of("A magnitude 6 tremor shook the coast.", "natural_disasters"),
            List.of("Aid agencies set up tents in the stadium.", "humanitarian_aid"),
            List.of("The stadium was full for the final.", "culture_tourism"),
            List.of("The head teacher sanctioned a longer lunch break.", "education"),
            List.of("Washington sanctioned three banks.", "finance", "sanctions"),
            List.of("The scheme was officially sanctioned."),
            // fifty-third round (t13d): "Professor" with a capital is a title before a name, no
            // education; a professor in lower case still is
            List.of("Professor Lin plays jazz on Thursdays.", "culture_tourism"),
            List.of("The professor teaches physics at night.", "education"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyThirdRoundsSetT13cFindsItsTopics() {
    // fifty-third round (set t13c, news in plain words): each sentence with the topics it must
    // get, nothing more. Sides agreeing to stop shooting are a conflict's; families sleeping in
    // tents and trucks carrying medicine are aid (the medicine no health); a heart attack and
    // low mood are health; accounts frozen and penalties lifted are sanctions; scrapping
    // duties is trade, a cross-border tax matter no trade; a central bank that holds rates is
    // finance; the hottest years on record and salt-tolerant crops are climate; a computer is
    // technology; blazes are a disaster when firefighters fight them; stepped-up patrols are
    // defence; a cabinet named, a bill passed, laws rushed through and an election looming are
    // governance; trains running and a dock strike are transport; a goal thriller, the seaside
    // and a new play are culture (a new playing field is not); open drains are sanitation;
    // metals and mines for batteries are critical minerals (mines alone are not); jailed for
    // mocking a ruler is rights
    List<List<String>> cases =
        List.of(
            List.of("The two sides agreed to stop shooting at dawn.", "regional_stability"),
            List.of("Hundreds of families are sleeping in tents after the storm.",
                "humanitarian_aid"),
            List.of("Trucks carrying medicine reached the town.", "humanitarian_aid"),
            List.of("He died of a heart attack.", "health"),
            List.of("Many teenagers report low mood.", "health"),
            List.of("Their accounts abroad were frozen.", "sanctions"),
            List.of("Washington lifted the penalties on the steel maker.", "sanctions"),
            List.of("The two countries agreed to scrap duties on textiles.", "trade"),
            List.of("Officials met to discuss cross-border tax evasion.", "finance"),
            List.of("The Fed holds rates steady.", "finance"),
            List.of("The past decade was the hottest on record.", "climate_change"),
            List.of("Farmers are planting salt-tolerant rice.", "agriculture_food",
                "climate_change"),
            List.of("A virus wiped the files on the office computers.", "innovation_digital"),
            List.of("Firefighters are battling blazes across the region.", "natural_disasters"),
            List.of("The sky blazes with colour at sunset."),
            List.of("Guards stepped up patrols along the fence.", "security_defence"),
            List.of("The prime minister named her cabinet on Friday.", "governance_reform"),
            List.of("Not a single bill has passed this year.", "governance_reform"),
            List.of("The government is rushing laws through parliament.", "governance_reform"),
            List.of("With an election looming, the party changed its leader.",
                "governance_reform"),
            List.of("Commuters want the trains running on time.", "transport_connectivity"),
            List.of("The dock strike is in its second week.", "transport_connectivity"),
            List.of("United won a five-goal thriller.", "culture_tourism"),
            List.of("Families flocked to the seaside.", "culture_tourism"),
            List.of("Her new play opens next week.", "culture_tourism"),
            List.of("They want a new playing field."),
            List.of("Children play beside open drains.", "water_resources"),
            List.of("Car makers need more metals for batteries.", "critical_minerals"),
            List.of("New mines will feed the battery plants.", "critical_minerals"),
            List.of("The field is full of mines."),
            List.of("A blogger was jailed for mocking the king.", "human_rights"),
            // fifty-third round (t13c), vetoes: the border tax is trade's, no finance; a bank or
            // fund beside a freeze is the sanction's, a bank at work stays finance; a cotton
            // mill is no farming, cotton picked is; invested years of work is a figure, invested
            // savings an investment
            List.of("The government raised the border tax on imported cars.", "trade"),
            List.of("Under the penalties, the general's bank accounts abroad are frozen.",
                "sanctions"),
            List.of("The bank opened ten new branches.", "finance"),
            List.of("The old cotton mill is now a museum.", "culture_tourism"),
            List.of("Farmers picked the cotton early.", "agriculture_food"),
            List.of("She invested years of work in the shop."),
            List.of("She invested her savings in the shop.", "investment"),
            // fifty-third round (t13c), investment told by its sum: millions raised from
            // backers (a start-up's round, so the fund beside it is no finance), millions put
            // into a factory or a plant, a solar park or a wind farm of so many millions; backers
            // without a sum are no investment
            List.of("The start-up raised $5 million from backers including a pension fund.",
                "innovation_digital", "investment"),
            List.of("Militants got weapons from backers abroad.", "security_defence"),
            List.of("A carmaker will put $600 million into a factory near the port.",
                "investment", "transport_connectivity"),
            List.of("A $300 million wind farm opened off the coast.", "energy", "investment"),
            // fifty-third round (t13c): people in tents are aid's beside a disaster's or a
            // displacement's word (aid's co-terms), scouts in tents are not
            List.of("Refugees have lived in tents for years.", "humanitarian_aid", "migration"),
            List.of("The scouts slept in tents by the lake."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void plainNewsWordingOfTheFiftyThirdRoundsSetT13eFindsItsTopics() {
    // fifty-third round (set t13e, plain news wording): each sentence with the topics it must
    // get, nothing more. The atomic watchdog is the IAEA's story; a disputed island and a
    // border row are a territorial dispute; hate preachers are extremism; MPs voting, a
    // cabinet meeting and a rigged vote are governance; a gas pipe is energy; a cycle or bike
    // lane is transport; a mobile network is telecoms; the final whistle and an ancient temple
    // are culture; the school holidays are a season, no education (a school reopening is)
    List<List<String>> cases =
        List.of(
            List.of("The atomic watchdog wants answers from Tehran.",
                "nuclear_nonproliferation"),
            List.of("Both countries claim the disputed island.", "regional_stability"),
            List.of("A border row has soured ties.", "regional_stability"),
            List.of("Hate preachers draw young followers.", "terrorism_extremism"),
            List.of("MPs voted against the plan.", "governance_reform"),
            List.of("The cabinet meeting ran late.", "governance_reform"),
            List.of("Observers reported vote rigging.", "governance_reform"),
            List.of("They rigged the vote.", "governance_reform"),
            List.of("Opposition leaders alleged electoral fraud.", "governance_reform"),
            List.of("A gas pipe burst under the street.", "energy"),
            List.of("The city is painting new bike lanes.", "transport_connectivity"),
            List.of("A cycle lane will open in June.", "transport_connectivity"),
            List.of("The mobile network went down.", "innovation_digital"),
            List.of("Fans cheered at the final whistle.", "culture_tourism"),
            List.of("The ancient temple was restored.", "culture_tourism"),
            List.of("Shops were busy in the school holidays."),
            List.of("The school reopened after the holidays.", "education"),
            // fifty-third round (t13e): women in politics is gender equality; a painter is the
            // arts; crops withered are a drought striking as a disaster; an arrest after a
            // burglary or break-ins is policing, while the burglary alone is no defence word
            List.of("We need more women in politics.", "human_rights"),
            List.of("The painter died at ninety.", "culture_tourism"),
            List.of("The crops have withered.", "agriculture_food", "natural_disasters"),
            List.of("Two men were arrested after a burglary.", "security_defence"),
            List.of("Two men were arrested after a string of break-ins.", "security_defence"),
            List.of("A burglary was reported."),
            // fifty-third round (t13e): a lack of rain is water scarcity; knee operations, a hip
            // replacement and wheezing are health; the January window is football's transfer
            // window
            List.of("The lack of rain has emptied the wells.", "water_resources"),
            List.of("She is waiting for a knee operation.", "health"),
            List.of("He had a hip replacement.", "health"),
            List.of("The boy was wheezing.", "health"),
            List.of("The club will sign a striker in the January window.", "culture_tourism"),
            // fifty-third round (t13e): a mining town is a place, no critical minerals; the
            // mining of a metal stays the topic
            List.of("She grew up in a mining town."),
            List.of("The mining of lithium is growing.", "critical_minerals"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void headlineWordingOfTheFiftyFourthRoundsSetT14dFindsItsTopics() {
    // fifty-fourth round (set t14d, headlines): each sentence with the topics it must get,
    // nothing more. Markets and the ECB are finance in a headline's present tense; a finance
    // minister named is a government's story, no finance; crude's moves are energy; an election
    // date, the eve of a poll and an expenses row are governance; a teaching post is education;
    // air traffic and a road's direction are transport
    List<List<String>> cases =
        List.of(
            List.of("The retailer's shares slump on weak sales.", "finance"),
            List.of("The toymaker issued a profit warning.", "finance"),
            List.of("Policymakers kept rates on hold.", "finance"),
            List.of("Rates unchanged, says the ECB.", "finance"),
            List.of("The premier reshuffles his cabinet and names a new finance minister.",
                "governance_reform"),
            List.of("Crude slumps as demand fades.", "energy"),
            List.of("The election date is set for May.", "governance_reform"),
            List.of("On the eve of the poll, both candidates held rallies.", "governance_reform"),
            List.of("An expenses row has engulfed the speaker.", "governance_reform"),
            List.of("She applied for a teaching post.", "education"),
            List.of("Air traffic resumed on Monday.", "transport_connectivity"),
            List.of("Traffic is heavy northbound.", "transport_connectivity"),
            // t14d: the defence of a trial is no defence; an arrest after shots or a stabbing
            // is policing, the shots alone are no defence word; a rout with a score is sport,
            // so the side's defence gives way to it, and a rout with none is not
            List.of("The defence rests its case."),
            List.of("A man was arrested after shots were fired.", "security_defence"),
            List.of("Shots were fired at the wedding."),
            List.of("The visitors' defence collapsed in a 4-1 rout.", "culture_tourism"),
            List.of("It was a rout."),
            // t14d: blood pressure and a stroke's risk are health; an earth tremor, or a
            // tremor with the injured, is a disaster, tremors through a party are not
            List.of("High blood pressure raises the stroke risk.", "health"),
            List.of("An earth tremor rattled windows.", "natural_disasters"),
            List.of("A minor tremor shook the town, and no one was injured.",
                "natural_disasters"),
            List.of("The news sent tremors through the party."),
            // t14d: a city rationing its water hands out no rations, aid's rations stay aid; a
            // household utility's tariff is a price, a tariff on household goods is trade; an
            // editor's arrest is press freedom
            List.of("The city rations water as reservoirs run low.", "water_resources"),
            List.of("Aid agencies handed out rations.", "humanitarian_aid"),
            List.of("A tariff on household electricity will rise.", "energy"),
            List.of("Tariffs on household appliances rose.", "trade"),
            List.of("The editor's arrest drew protests.", "human_rights"),
            List.of("The arrest of an editor alarmed the press.", "human_rights"),
            // t14d: a gallery is the arts beside an art or a visitor's word (culture's first
            // co-terms), a press or public gallery and a gallery alone are not; rain flooding a
            // pitch is sport, no disaster, while floods in a valley stay one; a new phone and a
            // handset are technology
            List.of("The gallery bought a Monet painting.", "culture_tourism"),
            List.of("Tickets for the gallery sold out.", "culture_tourism"),
            List.of("The press gallery was full of reporters."),
            List.of("He watched from the public gallery."),
            List.of("The gallery owner said nothing."),
            List.of("Rain flooded the pitch and play was abandoned.", "culture_tourism"),
            List.of("Floods swept through the valley.", "natural_disasters"),
            List.of("The firm launched a new phone.", "innovation_digital"),
            List.of("The handset maker cut jobs.", "innovation_digital"),
            // t14d: headlines tell past acts in the present, so the acts listed in the past
            // tense also match in it (a parliament passes, a coalition collapses, fighting
            // erupts, a court jails a journalist, a country closes its airspace, a river
            // overflows its banks); to resign oneself to a fate is no resignation
            List.of("Parliament passes a new media law.", "governance_reform"),
            List.of("Lawmakers pass the pension bill.", "governance_reform"),
            List.of("MPs vote to delay the deadline.", "governance_reform"),
            List.of("The coalition collapses after a week.", "governance_reform"),
            List.of("The cabinet resigns en masse.", "governance_reform"),
            List.of("No government can resign itself to this."),
            List.of("Fighting erupts in the north.", "regional_stability"),
            List.of("The two armies exchange fire.", "regional_stability"),
            List.of("Tensions flare on the border.", "regional_stability"),
            List.of("Villagers flee fighting in the hills.", "migration", "regional_stability"),
            List.of("A court jails a journalist for two years.", "human_rights"),
            List.of("The country closes its airspace.", "transport_connectivity"),
            List.of("The storm rips roofs off homes.", "natural_disasters"),
            List.of("The river overflows its banks.", "natural_disasters"),
            List.of("Japan restarts a reactor.", "energy"),
            // a new phone line is a helpline, no new phone (set t13c)
            List.of("A new phone line for tenants opened on Monday."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void plainNewsWordingOfTheFiftyFourthRoundsSetT14aFindsItsTopics() {
    // fifty-fourth round (set t14a, plain news wording): each sentence with the topics it must
    // get, nothing more. A current account deficit and the balance of payments are finance; a
    // title defended, a team captain and a head coach are sport; a cyber command is cyber
    // security; night and evening classes are education; police on duty are policing; people
    // in need of relief are aid, and aid to those who fled their homes is aid; an election
    // boycotted and a president to elect are governance; a journalist beside a prison word
    // and a muzzled press are human rights; a water board is the water supply, whose tariffs
    // are a price, no trade; a power distributor is energy; leaving the country to work is
    // migration; a firm's holdings in another are investment
    List<List<String>> cases =
        List.of(
            List.of("The current account deficit narrowed.", "finance"),
            List.of("The balance of payments improved.", "finance"),
            List.of("She will defend her title in June.", "culture_tourism"),
            List.of("The team captain was dropped.", "culture_tourism"),
            List.of("He was named head coach.", "culture_tourism"),
            List.of("The ministry set up a cyber command.", "innovation_digital"),
            List.of("Night classes open in May.", "education"),
            List.of("There will be 300 police on duty.", "security_defence"),
            List.of("Millions are in need of relief.", "humanitarian_aid"),
            List.of("Families who fled their homes need aid.", "humanitarian_aid", "migration"),
            List.of("The opposition boycotted the election.", "governance_reform"),
            List.of("The deputies must elect a new president.", "governance_reform"),
            List.of("The journalist is still in prison.", "human_rights"),
            List.of("The regime muzzled the press.", "human_rights"),
            List.of("The water board raised its tariffs.", "water_resources"),
            List.of("The state power distributor was sold.", "energy"),
            List.of("Young people are leaving the country to work in Germany.", "migration"),
            List.of("The insurer raised its holdings in the firm.", "investment"),
            // fifty-fourth round (t14a): other senses: a market's health is no health story (the
            // housing market is finance's), families sleeping in schools are no education story,
            // a journalist alone is no rights story, and fighting in a parliament is a brawl, no
            // conflict
            List.of("Analysts fear for the health of the housing market.", "finance"),
            List.of("Families sleep in schools."),
            List.of("A journalist asked the first question."),
            List.of("Fighting broke out in parliament."),
            // fifty-fourth round (t14a): the cost of living, consumer and shop prices and wages
            // keeping up with prices are inflation (finance); wells or a river run dry are water
            // scarcity, while a story run dry has no water word; an energy regulator's price cap
            // is a price, no sanction (the energy bills are energy's)
            List.of("The cost of living keeps rising.", "finance"),
            List.of("Shop prices rose again in May.", "finance"),
            List.of("Wages are not keeping up with prices.", "finance"),
            List.of("The wells in the village ran dry.", "water_resources"),
            List.of("The river has run dry.", "water_resources"),
            List.of("The story has run dry."),
            List.of("The regulator cut the price cap on energy bills.", "energy"),
            // fifty-fourth round (t14a): guns and drugs found by the police are policing, not
            // guns and drugs alone; going to the Gulf to work is migration, work in a gulf of the
            // sea is not; marking a border is its demarcation (regional stability)
            List.of("Police found guns and drugs in the flat.", "security_defence"),
            List.of("Guns and drugs are easy to buy here."),
            List.of("Many go to the Gulf to work.", "migration"),
            List.of("Two firms will work in the Gulf of Thailand."),
            List.of("The two states began marking their border.", "regional_stability"),
            List.of("Border marking will resume in May.", "regional_stability"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void localNewsWordingOfTheFiftyFourthRoundsSetT14bFindsItsTopics() {
    // fifty-fourth round (set t14b, local news): a bus network, a ring road, commuters, bus
    // drivers, a line's first passengers and trains to run are transport; power restored is
    // energy; a winter or ice storm is a disaster; a cup or league match is sport; a convoy
    // beside displaced people or victims is aid, but not one found in a conflict
    List<List<String>> cases =
        List.of(
            List.of("The city will extend its bus network.", "transport_connectivity"),
            List.of("Traffic was slow on the ring road.", "transport_connectivity"),
            List.of("Commuters waited an hour in the rain.", "transport_connectivity"),
            List.of("Bus drivers walked out over pay.", "transport_connectivity"),
            List.of("The new line carried its first passengers.", "transport_connectivity"),
            List.of("More trains to run on Sundays.", "transport_connectivity"),
            List.of("Power was restored to most homes by evening.", "energy"),
            List.of("Power has been restored in the capital.", "energy"),
            List.of("A winter storm swept across the region.", "natural_disasters"),
            List.of("An ice storm coated the trees.", "natural_disasters"),
            List.of("The cup match ended goalless.", "culture_tourism"),
            List.of("The league match was postponed.", "culture_tourism"),
            List.of("A convoy carrying blankets reached the displaced.", "humanitarian_aid"),
            List.of("The convoy left the capital at dawn."),
            List.of("Rebels ambushed a military convoy, killing civilians.",
                "regional_stability"),
            // fifty-fourth round (t14b), vetoes: fighting in the stands is crowd trouble at a
            // game, no armed conflict (fighting in a region stays one); a governor who told
            // someone something is a source quoted, as "the provincial governor said" (a
            // governor resigning stays governance)
            List.of("Fighting in the stands delayed the kick-off.", "culture_tourism"),
            List.of("Fighting in the north killed ten soldiers.", "regional_stability"),
            List.of("The provincial governor told reporters the road was open."),
            List.of("The provincial governor resigned.", "governance_reform"),
            // fifty-fourth round (t14b), yields and vetoes: people who fled a disaster are the
            // disaster's (and aid's), as those who left their homes (fleeing over a border stays
            // migration); schools or classrooms used as shelters are a venue, no education; a
            // sports ground is a venue, as a sports hall
            List.of("Families fled the floods overnight.", "natural_disasters"),
            List.of("Thousands fled over the border.", "migration"),
            List.of("The schools turned into shelters will reopen in May.", "humanitarian_aid"),
            List.of("Classrooms used as shelters are full."),
            List.of("The classrooms are full.", "education"),
            List.of("Families are sleeping at the sports ground."),
            List.of("The Red Cross put up tents at the sports ground.", "humanitarian_aid"),
            // fifty-fourth round (t14b): leaving for jobs elsewhere is migration, as "left for
            // jobs" was
            List.of("Many leave for jobs in the Gulf.", "migration"),
            List.of("Young people are leaving for jobs in the cities.", "migration"),
            // fifty-fourth round (t14b): the National Guard licenses policing words as the police
            // do; a bare guard does not
            List.of("National Guard patrols were stepped up.", "security_defence"),
            List.of("The guard arrested two men."),
            // fifty-fourth round (t14b), veto: sewage or wastewater sampled for a virus is
            // disease surveillance, no water matter (sewage as sanitation stays water)
            List.of("Polio was found in sewage samples from two cities.", "health"),
            List.of("Wastewater surveillance picked up the polio virus early.", "health"),
            List.of("Raw sewage flows into the river.", "water_resources"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFourthRoundsSetT14cFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round (t14c): motorways, buses and their drivers, timetables, train
            // crews and rail unions are transport; buses attacked by gunmen are the attack's
            List.of("The motorway will open next year.", "transport_connectivity"),
            List.of("The buses were late again.", "transport_connectivity"),
            List.of("Bus drivers will strike on Monday.", "transport_connectivity"),
            List.of("The new train timetable starts in May.", "transport_connectivity"),
            List.of("The rail union rejected the offer.", "transport_connectivity"),
            List.of("Gunmen ambushed two buses near the town.", "regional_stability"),
            // running for president is an election; a debate in parliament is its work
            List.of("She will run for president next year.", "governance_reform"),
            List.of("The parliamentary debate lasted six hours.", "governance_reform"),
            // a bank bailout is finance; the school of hard knocks is no school
            List.of("The bank bailout cost taxpayers dearly.", "finance"),
            List.of("He came up through the school of hard knocks."),
            // a brain tumour is health; bird flu on a farm is livestock's, in people health's
            List.of("The scan showed a brain tumour.", "health"),
            List.of("Bird flu was found on a chicken farm.", "agriculture_food"),
            List.of("Bird flu has killed two people.", "health"),
            // a mobile phone is telecoms
            List.of("Most villagers now own a mobile phone.", "innovation_digital"),
            // swimmers and referees are sport, a referee between two sides and swimmers
            // against the tide are not
            List.of("The young swimmer set a new record.", "culture_tourism"),
            List.of("The referee sent off two players.", "culture_tourism"),
            List.of("The court acted as a referee between the two sides."),
            List.of("Like swimmers against the tide, we cannot go forward."),
            // countries sharing a river is water; tents after a disaster are relief, a party
            // as a big tent and a tent in a garden are not
            List.of("The two countries share the river.", "water_resources"),
            List.of(
                "Survivors of the earthquake are still waiting for tents.",
                "humanitarian_aid",
                "natural_disasters"),
            List.of("The party is a big tent."),
            List.of("The tent was pitched in the garden."),
            // a man who blew himself up is a suicide bombing, the checkpoint is its place
            List.of("A man blew himself up outside the ministry.", "terrorism_extremism"),
            List.of("A man blew himself up at a checkpoint.", "terrorism_extremism"),
            List.of("Police set up a checkpoint on the road.", "security_defence"),
            // aid trucks held at a checkpoint are humanitarian access, not policing
            List.of(
                "Trucks carrying food were held at the checkpoint for a week.",
                "humanitarian_aid"),
            // the treasury and a state that has to borrow are finance; a treasury of stories
            // is not
            List.of("The treasury said it would publish the figures on Friday.", "finance"),
            List.of("The national treasury is empty.", "finance"),
            List.of("The state will have to borrow more next year.", "finance"),
            List.of("Her memory is a treasury of old stories."),
            // uranium for a bomb is non-proliferation, uranium mined is a mineral, depleted
            // uranium shells are neither
            List.of(
                "Inspectors found that the uranium could be used to build a bomb.",
                "nuclear_nonproliferation"),
            List.of("The mine produces uranium.", "critical_minerals"),
            List.of("The army fired depleted uranium shells at the tanks.", "security_defence"),
            // a party ahead in the polls is an election, an earthquake in the polls no quake
            List.of("The party is ten points ahead in the polls.", "governance_reform"),
            List.of("Commentators called it an earthquake in the polls.", "governance_reform"),
            // cutting duties on goods is trade; lost card details are a data breach
            List.of("The two sides agreed to cut duties on wine.", "trade"),
            List.of("The shop lost the card details of its customers.", "innovation_digital"),
            // cod is a fish stock, the CoD a forum; money raised from backers is investment
            List.of("The cod quota was used up early this year.", "agriculture_food"),
            List.of("The CoD Youth Forum met in July."),
            List.of("The firm raised five million euros from backers.", "investment"),
            // a blaze over hectares of forest is a wildfire; blazing a trail is no fire
            List.of(
                "A blaze burned through two hundred hectares of pine forest.",
                "natural_disasters"),
            List.of("She blazed a trail for women in business."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void localNewsWordingOfTheFiftyFourthRoundsSetT14bAfterItsFirstFixesFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round (t14b, second pass): a city, town or municipal manager runs a
            // local administration, as a mayor does
            List.of("The city manager was suspended on Monday.", "governance_reform"),
            List.of("The town manager resigned after a year.", "governance_reform"),
            List.of("The municipal manager has been suspended.", "governance_reform"),
            // students jailed, imprisoned, sentenced, arrested or detained are a rights or
            // policing story, no education (students in class stay education)
            List.of("Two students were jailed for a year."),
            List.of("The detained students were released on bail."),
            List.of("Police arrested five students on Friday.", "security_defence"),
            List.of("The students started the new term.", "education"),
            // mocking someone, beside jail or detention, is speech punished; mocking alone is
            // not
            List.of(
                "The man was jailed for two years for a post that mocked the king.",
                "human_rights"),
            List.of("Critics mocked the plan."),
            // stolen bank details are data theft, as lost card details are; bank details
            // asked for are not
            List.of("A fake shop was stealing bank details from its customers.",
                "innovation_digital"),
            List.of("Send your bank details to the office."),
            // a highway robbery, or robberies on the highway, are crime (or a price called one),
            // no road; a place near the airport is a place (the highway and the airport
            // themselves stay transport)
            List.of("Critics called the new prices highway robbery."),
            List.of("Robberies on the highway have risen this year."),
            List.of("The highway will be widened next year.", "transport_connectivity"),
            List.of("They live in a village near the airport."),
            List.of("The airport will reopen on Monday.", "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFourthRoundsSetT14cSecondPassFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round, second pass on t14c: trains between two cities are a rail
            // service
            List.of("Trains between the two capitals run every hour.", "transport_connectivity"),
            // a street under a metre of water is a flood's depth, not the water supply (the
            // river that rose is the flood's, natural_disasters since 2026.12.103 (the t15b pass))
            List.of("The river rose and the cellars were under a metre of water.",
                "natural_disasters"),
            List.of("The river supplies drinking water to the city.", "water_resources"),
            // Harvest Moon is a name, no harvest; a folk singer is music
            List.of("Harvest Moon played to a full hall."),
            List.of("The folk singer opened the evening.", "culture_tourism"),
            // a group saying it was behind the attack is a claim of responsibility
            List.of("A group said it was behind the attack.", "terrorism_extremism"),
            // a carmaker building a new factory is investment
            List.of("The carmaker will build a new factory near the coast.", "investment"),
            // young people leaving the village for the city are migrants
            List.of("Many young men left the village for the capital.", "migration"),
            // no drought is no disaster; a broken pump at a reservoir is the water supply
            List.of("There was no drought this year."),
            List.of("A broken pump left the reservoir empty.", "water_resources"),
            // traders on the floor are a stock exchange's
            List.of("Traders on the floor cheered at the opening bell.", "finance"),
            // a rigged vote is an election's; a flu jab is health
            List.of("The opposition said the vote was rigged.", "governance_reform"),
            List.of("Pensioners can get a flu jab at the pharmacy.", "health"),
            // the Senate's nuclear option is a rule change, the weapon's is not governance
            List.of("Senators may turn to the nuclear option next week.", "governance_reform"),
            List.of("The nuclear option must never be used."),
            // duties put on goods and ships carrying goods are trade
            List.of("Beijing put heavy duties on wine from the region.", "trade"),
            List.of("Ships carrying goods to the island were turned back.", "trade"),
            // an attack said not to be terror is not terrorism
            List.of("Police said it was not a terror attack."),
            // people flown back to their home country are returned migrants, the charter
            // flight that takes them is the return's; a charter flight alone is transport
            List.of(
                "The men were flown back to their home country on a charter flight.",
                "migration"),
            List.of("The charter flight landed in Faro.", "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void plainNewsWordingOfTheFiftyFourthRoundsWorkOnSetT13eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round (t13e): orders from abroad are exports; obeying orders from
            // abroad is no trade
            List.of("Furniture makers are busy with orders from abroad.", "trade"),
            List.of("They say the rulers obey orders from abroad."),
            // a funding round told as a group of backers
            List.of("The company raised two million pounds from a group of backers.", "investment"),
            List.of("The round drew backers led by a Swiss fund.", "investment"),
            // editors locked up or behind bars are the detention of critics; an editor alone
            // is not
            List.of("The regime has locked up two newspaper editors.", "human_rights"),
            List.of("Three journalists are still behind bars.", "human_rights"),
            List.of("The newspaper editor retired after forty years."),
            // jabs are vaccines; a jab at a rival or in the ring is not
            List.of("Flu jabs are free for the over-65s.", "health"),
            List.of("Critics took jabs at the minister."),
            List.of("He threw jabs all night."),
            // young people feeling low are mental health
            List.of("Young people feeling low can call the helpline.", "health"),
            // a farming town is a place and a food-delivery app no farm; farming still counts
            List.of("The film is set in a farming town.", "culture_tourism"),
            List.of("Farming in the valley has suffered.", "agriculture_food"),
            List.of("The food-delivery app hired a thousand riders.", "innovation_digital"),
            // a valley flooded to create a lake is no flood disaster
            List.of("The valley was flooded to create a lake."),
            List.of("The river flooded the town.", "natural_disasters"),
            // the novel of a review is a book; a novel idea is not
            List.of("The novel follows three sisters in Lagos.", "culture_tourism"),
            List.of("It is a novel idea."),
            // officials who credit a cause use a verb; credit for small firms is finance
            List.of("Economists credit the weather for the good year."),
            List.of("Small firms cannot get credit.", "finance"),
            // a group that claimed a bombing is terrorism; a listed building is heritage
            List.of("The group claimed a bombing in the capital.", "terrorism_extremism"),
            List.of("Nobody may pull down a listed building.", "culture_tourism"),
            List.of("The house was listed as a protected monument.", "culture_tourism"),
            // a team of scientists at a university or institute is research, not schooling;
            // teaching at a university stays education; the sun's power is solar energy
            List.of("Scientists at the institute found a cheaper filter.", "innovation_digital"),
            List.of("A team at the university has found a cheaper filter.", "innovation_digital"),
            List.of("She teaches history at the university.", "education"),
            List.of("Homes will run on the sun's power.", "energy"),
            // a local food bank is relief; a world food bank of grain reserves is not
            List.of("More families now rely on the local food bank.", "humanitarian_aid"),
            List.of("Volunteers at the food bank packed boxes.", "humanitarian_aid"),
            List.of("The World Food Bank would hold grain reserves.", "agriculture_food"),
            // a demand that girls or women be allowed to do something is about their rights
            List.of("They demand that girls be allowed to work.", "human_rights"),
            List.of("The group wants women to be allowed to drive.", "human_rights"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFourthRoundsSetT14eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round (t14e): what is heating the planet, planet-heating gases and
            // an ice core are climate
            List.of("Our way of life is heating the planet.", "climate_change"),
            List.of("Planet-heating pollution keeps rising.", "climate_change"),
            List.of("The ice core holds a record of the air long ago.", "climate_change"),
            // a planet that heated up is warming; a debate that heated up is not
            List.of("The planet has heated up faster than expected.", "climate_change"),
            List.of("The debate heated up after lunch."),
            // armies that traded shells are at war, no trade (and their troops the war's)
            List.of("The two armies traded shells along the front.", "regional_stability"),
            // soldiers from both sides are two forces facing each other
            List.of("Soldiers from both sides were seen near the river.", "regional_stability"),
            // an operating theatre is a hospital's, no stage
            List.of("The surgeon left the operating theatre at noon.", "health"),
            // a gas line and homes to heat are energy; a toll road is transport
            List.of("A gas line under the street was damaged.", "energy"),
            List.of("Many families cannot afford to heat their homes.", "energy"),
            List.of("The new toll road cuts the journey by an hour.", "transport_connectivity"),
            // a pipe bomb is a terrorist's weapon
            List.of("A pipe bomb was left outside the office.", "terrorism_extremism"),
            // people who fell ill, a stomach bug are health
            List.of("Dozens of pupils fell ill after lunch.", "education", "health"),
            List.of("He was off work for a week with a stomach bug.", "health"),
            // a horse that romped home and a television drama are culture; a party that romped
            // home in an election is no sport
            List.of("The favourite romped home by five lengths.", "culture_tourism"),
            List.of("The ruling party romped home in the election.", "governance_reform"),
            // nor is a stadium that serves as a place to vote
            List.of("The stadium was used to count votes in the elections.", "governance_reform"),
            List.of("She starred in a television drama about a small town.", "culture_tourism"),
            // standing in an election, and being barred from it, is an election; being barred
            // from running a company is not
            List.of("He is standing in the election for mayor.", "governance_reform"),
            List.of("The former minister was barred from running again.", "governance_reform"),
            List.of("He was barred from running a company for ten years."),
            // early warning sirens warn of a disaster
            List.of("Early warning sirens sounded along the coast.", "natural_disasters"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFourthRoundsSetT14fFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fourth round (t14f): a hotter world and a cooler planet are climate
            List.of("Millions will struggle to cope in a hotter world.", "climate_change"),
            List.of("We all want a cooler planet.", "climate_change"),
            // a rebel attack is a conflict
            List.of("A rebel attack cut the town off.", "regional_stability"),
            // new duties on goods are tariffs
            List.of("The government announced new duties on shoes.", "trade"),
            // data leaked online and a 3G or 4G mast are digital; the 3G group of states is not
            List.of("Thousands of passwords were leaked online.", "innovation_digital"),
            List.of("Villagers objected to a new 4G mast.", "innovation_digital"),
            List.of("The 3G met again."),
            // punished for criticising the president is a rights case
            List.of("She was punished for criticising the president.", "human_rights"),
            // people trying to reach Europe are migrants
            List.of("The number of people trying to reach Europe has fallen.", "migration"),
            // a reality show and the Old Firm are culture; what reality shows, and an old firm
            // of lawyers, are not
            List.of("Nobody watches that reality show any more.", "culture_tourism"),
            List.of("The reality TV show returns next week.", "culture_tourism"),
            List.of("Reality shows that we are failing."),
            List.of("Fans are ready for the Old Firm.", "culture_tourism"),
            List.of("He joined an old firm of lawyers."),
            // a singer on stage is culture; Stage I of a plan is not
            List.of("She looked nervous on stage.", "culture_tourism"),
            List.of("We agreed on Stage I."),
            // penalties on a regime are sanctions
            List.of("The bloc imposed new penalties on the regime.", "sanctions"),
            // drip lines and drip irrigation are irrigation
            List.of("The village laid drip lines last spring.", "water_resources"),
            // people who fled to neighbouring countries are migrants
            List.of("Half a million have fled to neighbouring countries.", "migration"),
            // the same pay as men is equal pay; a league final is sport
            List.of("The players want the same pay as men.", "human_rights"),
            List.of("They lost the league final.", "culture_tourism"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15aFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15a): warmer seas are climate
            List.of("Warmer seas are killing the coral.", "climate_change"),
            List.of("Ice melts faster as the sea gets warmer.", "climate_change"),
            // a power bill is energy; a tariff beside power bills is a price, not trade
            List.of("Her power bill doubled this winter.", "energy"),
            List.of("A new tariff will raise power bills.", "energy"),
            // an oil on canvas is a painting, not oil; a punk or rock band, a Test at Lord's and
            // a run down the left wing are culture; the Lord's table is not
            List.of("The museum bought an oil on canvas by Turner.", "culture_tourism"),
            List.of("He formed a punk band with his brother.", "culture_tourism"),
            List.of("The rock band sold out the arena.", "culture_tourism"),
            List.of("Rain stopped play at Lord's.", "culture_tourism"),
            List.of("We gathered at the Lord's table."),
            List.of("He ran down the left wing and crossed.", "culture_tourism"),
            // plotting attacks is terrorism
            List.of("They were plotting attacks in the capital.", "terrorism_extremism"),
            // food poisoning is health, not food
            List.of("Dozens fell ill with food poisoning after the wedding.", "health"),
            // a firm agreeing to be bought and takeover talks are investment
            List.of("The retailer agreed to be bought by a rival.", "investment"),
            List.of("Takeover talks with the rival collapsed.", "investment"),
            // an email attachment, a data leak, a tech giant, a phone network, a chatbot and a
            // probe to the moon's south pole are digital
            List.of("The file came as an email attachment.", "innovation_digital"),
            List.of("The firm apologised for the data leak.", "innovation_digital"),
            List.of("The tech giant was fined.", "innovation_digital"),
            List.of("The phone network went down.", "innovation_digital"),
            List.of("A chatbot answered the questions.", "innovation_digital"),
            List.of("The lander touched down near the moon's south pole.", "innovation_digital"),
            // a school bus is transport
            List.of("The school bus was late.", "education", "transport_connectivity"),
            // nerve gas is a chemical weapon
            List.of("Traces of nerve gas were found.", "nuclear_nonproliferation"),
            // knife crime is policing, and a crackdown on it is no rights abuse
            List.of("Knife crime rose again last year.", "security_defence"),
            List.of("There will be a crackdown on knife crime.", "security_defence"),
            // a jab rollout is health
            List.of("The jab rollout starts on Monday.", "health"),
            // living on less than two dollars a day is poverty
            List.of("Millions still live on less than two dollars a day.",
                "sustainable_development"),
            // a vote on a bill is a parliament's work
            List.of("The vote on the bill was delayed.", "governance_reform"),
            // a spelling bee is a school contest
            List.of("She won the spelling bee.", "education"),
            // a tax on imported goods is a tariff, not public finance
            List.of("The tax on imported steel rose.", "trade"),
            // a toilet is sanitation
            List.of("The village has no toilet.", "water_resources"),
            // families crossing a border are migrants
            List.of("Hundreds of families crossed the border overnight.", "migration"),
            // so are nurses and pickers brought in from abroad
            List.of("Hospitals rely on nurses from abroad.", "health", "migration"),
            List.of("The farm hires pickers from abroad.", "agriculture_food", "migration"),
            // something said to be an investment is a figure of speech; an investment in a
            // factory is not
            List.of("This sofa is an investment."),
            List.of("An investment in the new factory was announced.", "investment"),
            // hotter summers are climate
            List.of("Hotter summers are coming.", "climate_change"),
            List.of("Our summers keep getting hotter.", "climate_change"),
            // cheap steel is a trade story
            List.of("Cheap steel hurt the mills.", "trade"),
            // two states claiming islands is a territorial dispute
            List.of("Both countries claim the islands.", "regional_stability"),
            // a test site and underground tests are nuclear tests; a missile's or a drive-through
            // test site is not
            List.of("Work has resumed at the test site.", "nuclear_nonproliferation"),
            List.of("They carried out two underground tests.", "nuclear_nonproliferation"),
            List.of("The missile test site was expanded.", "security_defence"),
            List.of("The drive-through test site closed on Friday."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftySixthRoundsSetT16aFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round (t16a): backbenchers, a returning officer and a parish council
            // are governance
            List.of("Two backbenchers spoke out.", "governance_reform"),
            List.of("The returning officer read out the result.", "governance_reform"),
            List.of("The parish council meets on Tuesdays.", "governance_reform"),
            // weak governance words: a reshuffle, a cabinet, a supreme court, an elected
            // assembly, public contracts, a deputy minister and a recount name it together only
            List.of("The reshuffle surprised the cabinet.", "governance_reform"),
            List.of("The cabinet was made of oak."),
            List.of("The supreme court ruled that the elected assembly must sit again.",
                "governance_reform"),
            List.of("The supreme court sat late."),
            List.of("A deputy minister handed out public contracts to friends.",
                "governance_reform"),
            List.of("After the recount, the cabinet met.", "governance_reform"),
            List.of("She will recount her story."),
            // men led away in handcuffs by police are policing; a figure of speech is not
            List.of("Police led the burglars away in handcuffs.", "security_defence"),
            List.of("His hands are tied, as if in handcuffs."),
            // the building society is a lender; building societies that last are not
            List.of("The building society raised its rates.", "finance"),
            List.of("Building societies that last takes patience."),
            // a per cent duty, goods let in without quotas or duties and border paperwork are
            // trade
            List.of("A 25 per cent duty was slapped on whisky.", "trade"),
            List.of("The goods enter without quotas or duties.", "trade"),
            List.of("Exporters face new border paperwork.", "trade"),
            // a sin bin, a tribute band, a blue plaque and the away team are culture; so are a
            // straight defeat beside the bottom of the table, two goals against the league
            // leaders and a keeper at a corner, but none of these weak words alone
            List.of("The sin bin cost them the game.", "culture_tourism"),
            List.of("A tribute band played all night.", "culture_tourism"),
            List.of("A blue plaque marks the house.", "culture_tourism"),
            List.of("The away team arrived late.", "culture_tourism"),
            List.of("A sixth straight defeat left them bottom of the table.", "culture_tourism"),
            List.of("He scored twice against the league leaders.", "culture_tourism"),
            List.of("The league leaders lost."),
            List.of("The keeper saved a corner.", "culture_tourism"),
            List.of("We searched every corner of the house."),
            // seascapes in a gallery are art; a land's seascape is not
            List.of("Seascapes by Turner hang in the gallery.", "culture_tourism"),
            List.of("The landscape and seascape of our islands are our pride."),
            // the last bus and trains that will run are transport; passengers on the tarmac and
            // trains in a new timetable are too, a runway or a man who trains others alone not
            List.of("The last bus leaves at ten.", "transport_connectivity"),
            List.of("Trains will run every hour.", "transport_connectivity"),
            List.of("Passengers waited on the tarmac.", "transport_connectivity"),
            List.of("The new timetable adds early trains.", "transport_connectivity"),
            List.of("The runway lights failed."),
            List.of("He trains young lawyers."),
            // turbines are energy; oil painters are painters, not oil
            List.of("Three turbines will rise on the ridge.", "energy"),
            List.of("Members of the Oil Painters' Guild met.", "culture_tourism"),
            // A&E, the ambulance service and a GP surgery are health, and so are patients at the
            // surgery; a surgery alone and standing down on health grounds are not
            List.of("She waited six hours in A&E.", "health"),
            List.of("The ambulance service is stretched.", "health"),
            List.of("A new GP surgery opened.", "health"),
            List.of("Patients at the surgery waited an hour.", "health"),
            List.of("The surgery was closed."),
            List.of("The councillor stood down on health grounds.", "governance_reform"),
            // sixth-formers and a sixth form college are school
            List.of("Sixth-formers sat their exams.", "education"),
            List.of("She teaches at a sixth form college.", "education"),
            // a tremor measuring 3.8, gusts tearing roofs and a blaze across 300 acres are
            // disasters; roofs alone are not
            List.of("A tremor measuring 3.8 shook the town.", "natural_disasters"),
            List.of("Gusts tore roofs from houses.", "natural_disasters"),
            List.of("The roofs were repainted."),
            List.of("A blaze spread across 300 acres of heather.", "natural_disasters"),
            // bird flu where birds are culled is farming, not health; eggs beside flocks are
            // farming, eggs alone are not
            List.of("Bird flu was confirmed and the birds were culled.", "agriculture_food"),
            List.of("Eggs cost more as producers cut their flocks.", "agriculture_food"),
            List.of("She boiled two eggs."),
            // blankets and tinned food for the camps are aid; blankets alone or a training camp
            // are not
            List.of("Tinned food and blankets were sent to the camps.", "humanitarian_aid"),
            List.of("Blankets lay on the bed."),
            List.of("The recruits left the training camps with their blankets."),
            // a visa renewal is migration
            List.of("Her visa renewal was refused.", "migration"),
            // a hiring or pay freeze is no sanction
            List.of("They announced a hiring freeze on all accounts."),
            List.of("Staff face a pay freeze."),
            // a greenfield project is investment; a place named Greenfield is not
            List.of("They favour greenfield projects abroad.", "investment"),
            List.of("She lives near Greenfield."),
            // a bus or buses that will run are transport; the village primary is a school
            List.of("The bus will run every ten minutes.", "transport_connectivity"),
            List.of("Buses will run all night.", "transport_connectivity"),
            List.of("They plan to close the village primary.", "education"),
            // herds sold at auction are no art sale; a painting sold at auction is
            List.of("Two herds were sold at auction."),
            List.of("A Turner was sold at auction.", "culture_tourism"),
            // weak words of the same kind: a ward, a waiting list and a waiting time are health
            // beside patients or a surgery, a pitch and a fixture are sport beside a keeper or
            // the league leaders; alone, or in another sense, none of them is
            List.of("Patients on the ward waited.", "health"),
            List.of("The ward elects a councillor.", "governance_reform"),
            List.of("The waiting list grew as the surgery lost staff.", "health"),
            List.of("The waiting time at the surgery doubled.", "health"),
            List.of("The waiting list for the new model grew."),
            List.of("The keeper slipped on the wet pitch.", "culture_tourism"),
            List.of("He made a sales pitch."),
            List.of("The fixture against the league leaders was postponed.", "culture_tourism"),
            List.of("The lamp is a fixture of the room."),
            // a corner-stone, every corner of the world and a date around the corner are no
            // corner kick, even beside a keeper
            List.of("The keeper called it the corner-stone of his life."),
            List.of("The keeper went to every corner of the world."),
            List.of("The keeper knows the deadline is around the corner."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondPassOfTheFiftySixthRoundOnSetT14fFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round, second pass on t14f: weak words name a topic only together.
            // A quarrel at the frontier is a conflict; a frontier town is not
            List.of("The quarrel over the frontier has gone on for years.", "regional_stability"),
            List.of("The frontier town was quiet."),
            // foreign companies opening factories invest; foreign companies alone do not
            List.of("Foreign companies opened two factories.", "investment"),
            List.of("Foreign companies must register by May."),
            // milk at the supermarket is food; a supermarket alone is not
            List.of("Milk is cheaper at the supermarket.", "agriculture_food"),
            List.of("The supermarket opens at eight."),
            // a chip beside processors is technology; a bag of chips is not
            List.of("The new chip is faster than older processors.", "innovation_digital"),
            List.of("He ate a bag of chips."),
            // imports banned as a penalty are a sanction; a ban or a penalty alone is not
            List.of("The bloc banned imports of steel as a penalty.", "sanctions", "trade"),
            List.of("The country banned imports of cheese.", "trade"),
            List.of("They paid a penalty for the late filing."),
            // a shipment that needs a licence is trade; a shipment or a licence alone is not
            List.of("Every shipment of machine tools now needs a licence.", "trade"),
            List.of("The shipment arrived late."),
            List.of("He showed his licence at the door."),
            // data put online is digital; data or online alone is not
            List.of("The figures will be put online as open data.", "innovation_digital"),
            List.of("The data show a rise."),
            List.of("She applied online."),
            // a country, a society or a world governed by law is the rule of law; any other
            // thing governed by law is not
            List.of("Ours is a country governed by law.", "governance_reform"),
            List.of("They want free societies governed by laws.", "governance_reform"),
            List.of("Their conduct is governed by law."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15bFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15b): tilapia, an olive grove and cane cutters are farming
            List.of("His catch of tilapia has halved.", "agriculture_food"),
            List.of("The family has tended the olive grove for a century.", "agriculture_food"),
            List.of("Cane cutters asked for higher pay per tonne.", "agriculture_food"),
            // argan and coconut oil are no energy; shelled peanuts are no war; a school of
            // tuna is no school
            List.of("She rubs argan oil into her hands."),
            List.of("A jar of coconut oil stood on the shelf."),
            List.of("Women shelled peanuts outside the hut."),
            List.of("Soldiers shelled the village.", "regional_stability"),
            List.of("A school of tuna came close to the reef."),
            // a first-aid kit or course and bipolar disorder are health (lithium for it is no
            // mineral)
            List.of("Each driver must carry a first-aid kit.", "health"),
            List.of("Lithium is used to treat bipolar disorder.", "health"),
            // a bus service, a bus strike and road crashes are transport
            List.of("The bus service was cut to twice a day.", "transport_connectivity"),
            List.of("The bus strike ended on Monday.", "transport_connectivity"),
            List.of("Road crashes kill thousands every year.", "transport_connectivity"),
            // a swollen river and a river that rose are floods
            List.of("The swollen river cut off the village.", "natural_disasters"),
            List.of("The river rose two metres overnight.", "natural_disasters"),
            // buying shares in something is investment
            List.of("Villagers bought shares in the new wind farm.", "energy", "investment"),
            // wells running low, dams run dry and water in pipes are water; under-water is not
            List.of("Their wells are running low.", "water_resources"),
            List.of("The dams ran dry in March.", "water_resources"),
            List.of("Water comes through old pipes.", "water_resources"),
            List.of("The pipes were welded under-water."),
            // the mayor quoted as a source is no governance
            List.of("Schools will reopen next week, the mayor says.", "education"),
            // paying smugglers is a migrant's crossing; wages sent home to a family are
            // remittances
            List.of("They paid smugglers to take them to Italy.", "migration"),
            List.of("He sends half his wages home to his mother.", "migration"),
            // families sleeping in a school are sheltering, no education (beside the listed
            // "sleeping in school", which does not reach "sleeping in a school")
            List.of("Flood victims are sleeping in a school.", "natural_disasters"),
            // a school that sanctions pupils disciplines them, no sanctions
            List.of("The academy sanctioned two pupils for bullying.", "education"),
            // a team's parade is sport's celebration
            List.of("Thousands turned out for the team's parade.", "culture_tourism"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftySixthRoundsSetT16bFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round (t16b): a bus, a driver, a route and a truck are weak words of
            // transport, the topic only two together; a data bus is a computer's
            List.of("The bus was late."),
            List.of("She drove the bus on the same route for years.", "transport_connectivity"),
            List.of("The truck driver waited all night.", "transport_connectivity"),
            List.of("Trust is the driver of everything."),
            List.of("The route was blocked."),
            List.of("The engineer tested the data bus and its driver."),
            // a firm funding a factory is investment (both words weak, each needing a company
            // word); without one the fund stays finance's, and a factory alone is no topic
            List.of("A Korean firm is funding a new factory in the north.", "investment"),
            List.of("The factory closed and the fund was wound up.", "finance"),
            List.of("The company sold the factory."),
            List.of("The foreign owners cut the night shift.", "investment"),
            // robots beside servers are technology; people treated like robots are not
            List.of("The new robots check each server in the hall.", "innovation_digital"),
            List.of("They were treated like robots."),
            // a blogger or a photojournalist held is a rights case (beside a prison word only);
            // an equality body and gender equity are rights
            List.of("A blogger has been in prison for three years.", "human_rights"),
            List.of("The blogger posted a recipe."),
            List.of("The photojournalist was held in detention for a year.", "human_rights"),
            List.of("The equality body took up her complaint.", "human_rights"),
            List.of("The plan promotes gender equity.", "human_rights"),
            // police batons are policing; a baton passed on is not
            List.of("Police used batons on the crowd.", "security_defence"),
            List.of("She passed the baton to her successor."),
            // phone credit, spending a day and passing trade are no finance or trade
            List.of("She sells phone credit at the market."),
            List.of("They are spending a day at the lake."),
            List.of("Shops lost half their passing trade."),
            // a governor impeached is governance; to impeach a right is to challenge it
            List.of("The governor was impeached by the assembly.", "governance_reform"),
            List.of("They cannot impeach our right to speak."),
            // home and away games, backpackers, skiers and tour guides are sport and tourism;
            // a squad, a coach, visitors, a hotel, a holiday, an entry fee and travellers are
            // weak words of it, the topic two together; a death squad is no team
            List.of("He never misses a home game.", "culture_tourism"),
            List.of("Members want cheaper tickets for away games.", "culture_tourism"),
            List.of("Backpackers fill the hostels in summer.", "culture_tourism"),
            List.of("Skiers crowded the slopes.", "culture_tourism"),
            List.of("The tour guides lead visitors around the church.", "culture_tourism"),
            List.of(
                "Her son trains with the squad and the coach likes him.", "culture_tourism"),
            List.of("The coach left at noon."),
            List.of("The death squad was led by a former coach."),
            List.of("Hotel owners say visitors are back.", "culture_tourism"),
            List.of("The minister stayed at a hotel."),
            List.of("Visitors pay an entry fee.", "culture_tourism"),
            List.of("Travellers say the trip felt like a holiday.", "culture_tourism"),
            // a soup kitchen and an aid charity are relief; a heifer is livestock
            List.of("A soup kitchen feeds two hundred people a day.", "humanitarian_aid"),
            List.of("An aid charity sent blankets.", "humanitarian_aid"),
            List.of("The heifer won first prize.", "agriculture_food"),
            // a judge, a decree and the bench are weak words of governance (the judiciary's
            // independence), the topic two together
            List.of("Judges sacked by decree have not got their jobs back.", "governance_reform"),
            List.of("The judge said the law was clear."),
            List.of("The decree takes effect on Monday."),
            List.of(
                "A judge who sits on the bench must be free of pressure.", "governance_reform"),
            // mocking the powerful is a rights case once someone is sentenced for it; banned
            // films are censorship
            List.of(
                "The poet was sentenced for a verse that mocked the president.", "human_rights"),
            List.of("The poet mocked the president."),
            List.of(
                "A festival of banned films opened on Friday.", "culture_tourism", "human_rights"),
            // teaching reading is education; a cell culture is a laboratory's, no culture
            List.of("Volunteers teach reading to adults.", "education"),
            List.of("The laboratory grows the cells in cell culture."),
            // a sea that keeps rising is the climate's; water running out is water scarcity
            List.of("The islanders say the sea keeps rising.", "climate_change"),
            List.of("The farmers are running out of water.", "agriculture_food", "water_resources"),
            List.of("Their water is running out.", "water_resources"),
            // police beating people with batons, or people beaten by police, is a rights abuse
            // ("beat" and "baton" weak words of human_rights) as well as policing
            List.of("Riot police beat students with batons.", "human_rights", "security_defence"),
            List.of("He beat his rival in the final round."),
            List.of(
                "She was beaten by police at the march.", "human_rights", "security_defence"),
            // police beating singers at a concert stay policing beside the concert's sport and
            // culture ("beaten by police" is no unless-term of security_defence)
            List.of(
                "Singers were beaten by police at the concert.",
                "culture_tourism",
                "human_rights",
                "security_defence"),
            // galleries that collect a work are art's; a court's gallery is not
            List.of("Galleries abroad now collect her prints.", "culture_tourism"),
            List.of("She waited in the gallery of the court."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondPassOfTheFiftySixthRoundOnSetT13eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round, second pass (t13e): a penalty is a weak word of sport, the
            // topic beside a keeper; alone it is no topic, and the death penalty is no sport
            List.of("The keeper saved a penalty.", "culture_tourism"),
            List.of("The penalty was doubled."),
            List.of("The former champion faces the death penalty.", "human_rights"),
            // electric light is power
            List.of("Half the villages still have no electric light.", "energy"),
            // a coastguard and a boat packed with people are weak words of migration, the
            // topic two together
            List.of("The coastguard said the dinghy was packed with people.", "migration"),
            List.of("The coastguard was praised for its work."),
            List.of("The hall was packed with people."),
            // talks on a new coalition are governance, like coalition talks
            List.of("Talks on a new coalition resumed on Monday.", "governance_reform"),
            // a bookshop and a new book are weak words of culture, the topic two together
            List.of("She will sign her new book at the bookshop.", "culture_tourism"),
            List.of("The bookshop closed."),
            List.of("He read the new book."),
            // a scandal and a land deal are weak words of governance (graft), the topic two
            // together
            List.of("The land deal became a scandal.", "governance_reform"),
            List.of("The scandal filled the papers."),
            List.of("The land deal was signed."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15dFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15d): a presidential race, election day, a cabinet post,
            // nepotism, public money siphoned off, a cabinet dissolved and a prime minister
            // sacked are governance; lawmakers are governance's only beside a bill
            List.of("Three candidates have entered the presidential race.", "governance_reform"),
            List.of("Queues formed early on election day.", "governance_reform"),
            List.of("She was given a cabinet post last week.", "governance_reform"),
            List.of("The report lists cases of nepotism.", "governance_reform"),
            List.of("Officials were accused of siphoning off public money.",
                "governance_reform"),
            List.of("The president dissolves the cabinet.", "governance_reform"),
            List.of("President sacks prime minister", "governance_reform"),
            List.of("Lawmakers will debate the bill on Monday.", "governance_reform"),
            List.of("Several lawmakers attended the funeral."),
            // a male guardian's permission and the killing of unarmed protesters are rights; a
            // journalist in a cell is a rights case, a journalist alone is not
            List.of("Women no longer need permission from a male guardian to marry.",
                "human_rights"),
            List.of("The report condemned the killing of protesters.", "human_rights"),
            List.of("Mourners remembered the unarmed demonstrators.", "human_rights"),
            List.of("The journalist spent the night in a cell.", "human_rights"),
            List.of("The journalist filed her story."),
            // a new documentary is film; documentary evidence is not
            List.of("His new documentary is about his father.", "culture_tourism"),
            List.of("The court asked for documentary evidence."),
            // borders changed by force are the conflict's; a war on inflation is no war
            List.of("No state may change borders by force.", "regional_stability"),
            List.of("The central bank declared a war on inflation.", "finance"),
            // TikTok is a tech platform
            List.of("Teenagers spend hours on TikTok.", "innovation_digital"),
            // tanks and artillery on parade and artillery pieces are defence; tanks and
            // artillery in a war are the war's
            List.of("The parade featured tanks and artillery.", "security_defence"),
            List.of("The country bought forty new artillery pieces.", "security_defence"),
            List.of("Tanks and artillery pounded the town as the war entered its second year.",
                "regional_stability"),
            // flights resumed and flights to the capital are transport
            List.of("Flights resumed on Monday.", "transport_connectivity"),
            List.of("Flights to the capital were halted.", "transport_connectivity"),
            // a trading floor is finance's, not trade's
            List.of("He left the trading floor for good.", "finance"),
            // finance's fund gives way to a disaster or to extremism found in its sentence
            List.of("A regional fund will respond to droughts and floods.", "natural_disasters"),
            List.of("The ministry will fund efforts to stop radicalisation in prisons.",
                "terrorism_extremism"),
            // fighters who hand in or surrender their weapons are the conflict's, as arms laid
            // down are, not defence's
            List.of("The fighters have three months to hand in their weapons.",
                "regional_stability"),
            List.of("The men surrendered their arms at dawn.", "regional_stability"),
            // a main border crossing is a place, not people crossing; illegal border crossings
            // stay migration
            List.of("The army shut the main border crossing.", "security_defence"),
            List.of("Illegal border crossings fell by half.", "migration"),
            // dry clothes handed out are aid
            List.of("Volunteers handed out dry clothes to the survivors.", "humanitarian_aid"),
            // millions or billions put into a new asset are investment
            List.of("The group will put $300 million into a new office tower.", "investment"),
            // a takeover beside a chief executive or a banker is investment; alone it is not
            List.of("The chief executive defended the takeover.", "investment"),
            List.of("The takeover stunned the town."),
            // energy brought to the table is no energy
            List.of("She brings real energy to the table."),
            // transit is transport (the pass made it give way to a pipeline, which the merge
            // undid: as an unless-term it gave way to digital words too, and the labelled
            // set's "Digitalization of customs procedures will speed up transit" lost it)
            List.of("Transit traffic grew by a fifth.", "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftySixthRoundsSetT16dFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round (t16d): people turned back at the border and visas for
            // students are migration; a county or psychiatric asylum is a hospital, no asylum
            List.of("Dozens of families were turned back at the border.", "migration"),
            List.of("Visas for students will be issued faster.", "education", "migration"),
            List.of("He spent two years in a county asylum."),
            List.of("A psychiatric asylum stood on the hill."),
            // a bread subsidy is food prices
            List.of("The government cut the subsidy on bread.", "agriculture_food"),
            List.of("Protesters demanded the return of the bread subsidy.", "agriculture_food"),
            // a peace declaration ends a conflict
            List.of("The two leaders signed a peace declaration.", "regional_stability"),
            // a law passed or repealed by parliament and MPs debating are parliament's work
            List.of("The law was passed by parliament last year.", "governance_reform"),
            List.of("Parliament repealed the act in 1990.", "governance_reform"),
            List.of("MPs debated the bill until midnight.", "governance_reform"),
            // drilling for gas is energy; an oil fund is a sovereign fund, its stake investment
            List.of("The company began drilling for gas off the coast.", "energy"),
            List.of("Norway's oil fund sold its shares in the carmaker.", "investment"),
            // a river commission shares a river
            List.of("The Niger River Commission met in Niamey.", "water_resources"),
            // weak: camps and shelters together are aid, either alone is not, and training
            // camps are none
            List.of("The agency is building camps and shelters for the newcomers.",
                "humanitarian_aid"),
            List.of("The camps will reopen in summer."),
            List.of("Volunteers cleaned the shelters."),
            List.of("The group ran training camps and shelters in the hills."),
            // weak: militants, bombings, people shot dead and an armed campaign are terrorism
            // when two stand together, none alone, and beside a war they give way to it
            List.of("Two men were shot dead by militants.", "terrorism_extremism"),
            List.of("Militants took the town."),
            List.of("The group ended its armed campaign of bombings.", "terrorism_extremism"),
            List.of("Militants shot dead three villagers as the civil war spread.",
                "regional_stability"),
            // discrimination beside the WTO, tariffs, imports or exports is trade's (goods
            // treated unequally), elsewhere it stays a rights word
            List.of("The WTO found that the rules discriminated against foreign carmakers.",
                "trade"),
            List.of("Developing countries oppose discrimination against their exports.", "trade"),
            List.of("The report found that women are discriminated against at work.",
                "human_rights"),
            // the Commerce Department is no trade by its name; its tariffs are
            List.of("The Commerce Department hired a new spokesman."),
            List.of("The Commerce Department raised tariffs on steel.", "trade"),
            // a payment app is a tech product, a bank's payment fees are finance
            List.of("She built a payment app for street vendors.", "innovation_digital"),
            List.of("The bank cut payment fees.", "finance"),
            // records put online are digitisation
            List.of("The archive put its old records online.", "innovation_digital"));
    assertEachHasItsTopics(cases);
  }


  @Test
  void weakWordsOfTheFiftySixthRoundsPassesMeetOnlyWhereTheyNameTheirTopic() {
    // the four passes' weak words met in UN speeches on other things once merged: passengers
    // and a bus in a hijacking, a corner an issue was relegated to, a nuclear club, a fever
    // pitch; the transport words give way to violence against travellers, the rest are vetoed
    // (since 2026.12.126 hijackers are terrorism's)
    List<List<String>> cases =
        List.of(
            List.of("The bus was late and the passengers waited.", "transport_connectivity"),
            List.of("Hijackers held the bus and its passengers.", "terrorism_extremism"),
            List.of("Gunmen stopped the bus and robbed the passengers."),
            List.of("The keeper saved a corner.", "culture_tourism"),
            List.of("The issue was relegated to a corner of the agenda."),
            List.of("Newcomers to the nuclear club hurried."),
            List.of("Excitement rose to fever pitch among the fans."));
    assertEachHasItsTopics(cases);
  }
  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15cFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15c): a fare war is a price war, no conflict; a low-cost
            // carrier and a flag carrier are airlines
            List.of("A fare war broke out last spring."),
            List.of("The low-cost carrier grew fast.", "transport_connectivity"),
            List.of("She met the flag carrier's chief.", "transport_connectivity"),
            // a cardiologist and human cases are health; swine flu is health, but on pig farms
            // it is the livestock's, as bird flu is
            List.of("A cardiologist saw him that day.", "health"),
            List.of("Three human cases were reported.", "health"),
            List.of("Swine flu spread across the country.", "health"),
            List.of("Swine flu was found on three pig farms.", "agriculture_food"),
            // a tropical depression is a storm in the making
            List.of("A tropical depression is moving north.", "natural_disasters"),
            // oilfields, gas producers and barrels of crude are energy; greenhouse gas
            // producers are emitters, not energy
            List.of("The oilfield lies in the north.", "energy"),
            List.of("Gas producers met in the capital.", "energy"),
            List.of("Greenhouse gas producers must pay.", "climate_change"),
            List.of("He bought barrels of crude.", "energy"),
            // hotel groups and chains and cruise lines are tourism
            List.of("The hotel group opened in May.", "culture_tourism"),
            List.of("Hotel chains are hiring.", "culture_tourism"),
            List.of("The cruise line is based in Miami.", "culture_tourism"),
            // modem chips, smart meters and bitcoin miners are technology; mining bitcoin is
            // not finance, and harvesting data is no harvest
            List.of("The modem chip is made in-house.", "innovation_digital"),
            List.of("Smart meters were fitted in every home.", "innovation_digital"),
            List.of("Bitcoin miners moved to the north.", "innovation_digital"),
            List.of("The firm was harvesting data on its users."),
            // a school of sardines is fish, no school
            List.of("A school of sardines swam past."),
            // a regulator that sanctioned a merger approved it; an embargo on a report is the
            // press's
            List.of("The regulator sanctioned the merger.", "investment"),
            List.of("The embargo on the report ends at noon."),
            // a merger or takeover of makers is a deal between companies; makers alone are not
            List.of("The merger of two carpet makers was called off.", "investment"),
            List.of("A takeover of the shoe maker is likely.", "investment"),
            List.of("Carpet makers met in the capital."),
            // trading in shares is the market's, not trade; a price including debt is a deal's
            // value, not a debt story
            List.of("Trading in the shares was suspended.", "finance"),
            List.of("It will cost $2 billion including debt."),
            // a ship hit by missiles in a war is the war's; a warship hit with no war is defence
            List.of("A tanker was hit by missiles in the war.", "regional_stability"),
            List.of("A warship was hit by a missile.", "security_defence"),
            // fuel diverted to weapons is the IAEA's, not defence
            List.of(
                "The IAEA checks that fuel is not diverted to weapons.",
                "energy",
                "nuclear_nonproliferation"),
            // falling behind on one's mortgage is finance
            List.of("They fell behind on their mortgage.", "finance"),
            // a website that was down or crashed is digital; payment servers are machines, not
            // finance
            List.of("The bank's website was down all day.", "finance", "innovation_digital"),
            List.of("The website crashed as fans bought tickets.", "innovation_digital"),
            List.of("Payment servers failed at noon."),
            // a device's battery life is technology
            List.of("The phone's battery life is poor.", "innovation_digital"),
            // a pension fund is an investor: its funds are not finance's too
            List.of(
                "Two pension funds backed the toll road.",
                "investment",
                "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftySixthRoundsSetT16cFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round (t16c): weak words of sport and fiction name culture only two
            // together, in one sentence: a club and its coach or captain, a side relegated from
            // the top flight, fans and fireworks, a novel and its detective or heroine, an actor
            // on television
            List.of("The club sacked its coach on Monday.", "culture_tourism"),
            List.of("He was named captain of the club.", "culture_tourism"),
            List.of("Relegated last May, the side returned to the top flight.", "culture_tourism"),
            List.of("Fans watched the fireworks from the hill.", "culture_tourism"),
            List.of("She read a novel about a detective.", "culture_tourism"),
            List.of("The novel's heroine runs a tea shop.", "culture_tourism"),
            List.of("The actor had a long career on television.", "culture_tourism"),
            List.of("The club met on Monday."),
            List.of("The captain spoke first."),
            List.of("It is a novel idea."),
            List.of("The club met. Its coach left."),
            // fans who soldiered on are no soldiers, and fans alone are no sport
            List.of("Fans soldiered on in the rain."),
            // gold beside the dollar is the currency markets'; gold alone, or beside dollars
            // counted out, is not
            List.of("Gold rose as the dollar fell.", "finance"),
            List.of("The ring is made of gold."),
            List.of("The dollars and the gold were hidden."),
            // rebel fighters are a conflict's, and the troops that meet them are too
            List.of("Rebel fighters entered the town.", "regional_stability"),
            List.of("Troops advanced as rebel fighters withdrew.", "regional_stability"),
            // calls for a minister to resign are governance's
            List.of("Critics urged the minister to resign.", "governance_reform"),
            // milk prices are food prices; crop tops are clothes
            List.of("Milk prices fell again.", "agriculture_food"),
            List.of("Crop tops are back in fashion."),
            // a hospice is care for the dying
            List.of("The hospice cares for 30 patients.", "health"),
            // data that "is the new oil" is a metaphor; a new oil field is oil
            List.of("Data is the new oil."),
            List.of("The new oil field opened.", "energy"),
            // a former mine is a site, not mining, beside a battery plant
            List.of(
                "A solar farm and a battery plant rose on a former mine site.", "energy"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondPassOfTheFiftySixthRoundOnSetT15aFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round, second pass (t15a): dissidents and prisoners who vanished are
            // the disappeared; mist that vanished is not
            List.of("Two dissidents vanished last year.", "human_rights"),
            List.of("The prisoners vanished without trace.", "human_rights"),
            List.of("The mist vanished by noon."),
            // a goal famine is a striker's dry run, not hunger; a famine alone still is food
            List.of("Their goal famine ended at last."),
            List.of("Famine threatens the north.", "agriculture_food"));
    assertEachHasItsTopics(cases);
  }
  @Test
  void randomWeekOfTheFiftySeventhRoundsSetT17aFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round (t17a): cutting carbon is climate; pump prices and crude that
            // slipped are energy, and so are solar panels, but our solar system and remarkable
            // energy are not; a planet outside our solar system or an exoplanet is research
            List.of("The plan aims to cut carbon by half.", "climate_change"),
            List.of("Cutting carbon is the city's goal.", "climate_change"),
            List.of("Pump prices rose again in May.", "energy"),
            List.of("Crude slipped to a new low.", "energy"),
            List.of("A probe left our solar system last year."),
            List.of("She ran the office with remarkable energy."),
            List.of("Solar panels cover the roof.", "energy"),
            List.of("The probe found a planet outside our solar system.", "innovation_digital"),
            List.of("The exoplanet is twice the size of Earth.", "innovation_digital"),
            // a reservoir and a drought are water together (weak pair); a reservoir of goodwill
            // alone is not, and a drought alone is the disaster's
            List.of(
                "The reservoir is nearly empty after the drought.",
                "natural_disasters",
                "water_resources"),
            List.of("The reservoir of goodwill is deep."),
            List.of("The drought hit the north.", "natural_disasters"),
            // a bridge opened to traffic is transport
            List.of("The bridge opened to traffic on Monday.", "transport_connectivity"),
            // a ruling coalition, a majority in parliament and the race for the presidency are
            // governance
            List.of("The ruling coalition lost a vote.", "governance_reform"),
            List.of("He has a majority in parliament.", "governance_reform"),
            List.of("The race for the presidency is tight.", "governance_reform"),
            // not knowing where the next meal comes from is hunger; talking therapy is health
            List.of("Many do not know where their next meal is coming from.", "agriculture_food"),
            List.of("The wait for talking therapy is long.", "health"),
            // a concert with tickets, batsmen, the Derby, chess and visitors to an ancient city
            // are culture; the concert of nations, a chess game of powers, an ancient city alone
            // and a marathon of meetings are not
            List.of("Tickets for the concert sold out.", "culture_tourism"),
            List.of("Its admission to the concert of nations was welcomed."),
            List.of("The batsmen struggled on the last day.", "culture_tourism"),
            List.of("She won the Derby on a grey colt.", "culture_tourism"),
            List.of("He plays chess every evening.", "culture_tourism"),
            List.of("Small states are pawns in a chess game."),
            List.of("Visitors flock to the ancient city.", "culture_tourism"),
            List.of("The ancient city lies in ruins."),
            List.of("It was a marathon of meetings."),
            // traders who fled risky assets are no migrants, nor are families who fled a town
            // and sleep in tents (displaced people in a camp are aid's); fleeing alone still is
            List.of("Traders fled risky assets."),
            List.of("Families who fled the town are sleeping in tents.", "humanitarian_aid"),
            List.of("Families fled the town overnight.", "migration"),
            // grants for students are education's, as funds are; spending on the armed forces or
            // on arms is defence's, as military spending is; spending alone stays finance
            List.of("The university offers grants to students.", "education"),
            List.of("Spending on the armed forces will rise.", "security_defence"),
            List.of("Spending on arms keeps rising.", "security_defence"),
            List.of("Spending rose faster than revenue.", "finance"));
    assertEachHasItsTopics(cases);
  }


  @Test
  void randomWeekOfTheFiftySeventhRoundsSetT17bFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round (t17b): tuna is a fishery (a school of tuna by a reef is
            // wildlife), tomato and vegetable prices are food prices
            List.of("Tuna makes up most of the catch.", "agriculture_food"),
            List.of("Schools of tuna swam past the boat."),
            List.of("Tomato prices doubled in a week.", "agriculture_food"),
            List.of("Vegetable prices rose again.", "agriculture_food"),
            // a volcano erupted beside its crater is a disaster (two weak words); applause that
            // erupted and a crater alone are not
            List.of("Mount Merapi erupted and the crater glowed.", "natural_disasters"),
            List.of("Applause erupted in the hall."),
            List.of("The crater is three kilometres wide."),
            // families sheltering in a school are no schooling story
            List.of("Families were sheltering in a school."),
            // oil rations are food aid, no energy; a power link is energy, a Power linked to
            // another is a state
            List.of("They handed out oil rations.", "humanitarian_aid"),
            List.of("A new power link joins the two countries.", "energy"),
            List.of("Two new power links will open.", "energy"),
            List.of("It is a Power linked to the West."),
            // lorry drivers (two weak words) and a cross-border road are transport; a lorry
            // alone is not
            List.of("Lorry drivers waited for hours.", "transport_connectivity"),
            List.of("The lorry was parked outside."),
            List.of("Work began on a cross-border road.", "transport_connectivity"),
            // supply dams hold a town's water
            List.of("The supply dams are half empty.", "water_resources"),
            // a rigged tender, bid rigging, vote counting and a budget debate are governance;
            // every vote counts is a saying
            List.of("The ministry rigged the tender.", "governance_reform"),
            List.of("He denied bid rigging.", "governance_reform"),
            List.of("Officials halted the vote counting.", "governance_reform"),
            List.of("Every vote counts."),
            List.of("The budget debate was put off.", "finance", "governance_reform"),
            // thousands of visitors are tourists; a flamingo migration is no migration
            List.of("Thousands of visitors come each spring.", "culture_tourism"),
            List.of("The flamingo migration began."),
            // a road closed is transport
            List.of("Officials closed the road for a week.", "transport_connectivity"),
            List.of("Road closures are expected.", "transport_connectivity"),
            // a harvest festival and the food at a festival are culture, no farming; a harvest
            // brought in still is
            List.of("The harvest festival drew crowds.", "culture_tourism"),
            List.of("Stalls at the festival sold rice and fruit.", "culture_tourism"),
            List.of("Farmers brought in the rice harvest.", "agriculture_food"),
            // a wave of arrests is policing; a firm the army owns is no defence story, the army
            // on the move is; markets that reacted are financial markets
            List.of("A wave of arrests followed the protests.", "security_defence"),
            List.of("He ran an army-owned firm."),
            List.of("The army moved north.", "security_defence"),
            List.of("Markets reacted calmly to the news.", "finance"));
    assertEachHasItsTopics(cases);
    // a school of spinner dolphins is no school
    assertEquals(
        false,
        TopicMatcher.defaultPhrases()
            .topicsOf("A school of spinner dolphins swam past.")
            .contains("education"));
  }

  @Test
  void randomWeekOfTheFiftySeventhRoundsSetT17cFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round (t17c, a random week of news): a company's shares at the head
            // of a sentence are the market; a share of the blame is not
            List.of("Shares of the toy maker rose 5% on Monday.", "finance"),
            List.of("Both sides must bear their shares of the blame."),
            // mortgages are loans; a policy that mortgages the future is not
            List.of("Mortgages are getting cheaper.", "finance"),
            List.of("This policy mortgages the future of our children."),
            // fuel duty and stamp duty are taxes, a deficit in the accounts is finance; a duty
            // alone is not
            List.of("The chancellor cut fuel duty by 5p.", "energy", "finance"),
            List.of("Stamp duty will rise for buyers of second homes.", "finance"),
            List.of("The club ended the year in deficit.", "finance"),
            List.of("It is our duty to act."),
            // sexual orientation is a ground of discrimination
            List.of(
                "No one may be refused a job because of their sexual orientation.",
                "human_rights"),
            // cancers by their organ and what causes cancer are health; a cancer of corruption
            // is governance's
            List.of("He has pancreatic cancer.", "health"),
            List.of("Asbestos is known to cause cancer.", "health"),
            List.of("Weight-loss jabs are in short supply.", "health"),
            List.of("Corruption is a cancer on society.", "governance_reform"),
            // lorries at a border crossing are freight, not migration; families are
            List.of("Lorries queued for two days at the border crossing."),
            List.of("Hundreds of families waited at the border crossing.", "migration"),
            // congestion names transport beside a second transport word, not alone
            List.of("Congestion on the route adds an hour.", "transport_connectivity"),
            List.of("Congestion is a problem in the city."),
            // a regulator's price cap is a price control; the cap on Russian oil is a sanction
            List.of("The regulator will lower the price cap in April."),
            List.of("The G7 agreed a price cap on Russian oil.", "energy", "sanctions"),
            // vinyl records are music
            List.of("Vinyl records are selling again.", "culture_tourism"),
            // lab-grown meat is food and technology; a lab-grown diamond only technology
            List.of(
                "Lab-grown meat went on sale in Singapore.",
                "agriculture_food",
                "innovation_digital"),
            List.of("Cultivated meat is now sold in shops.", "agriculture_food"),
            List.of("She bought a lab-grown diamond.", "innovation_digital"),
            // machine and deep learning are computing, not schooling
            List.of("The firm uses machine learning to sort invoices.", "innovation_digital"),
            List.of("Deep learning needs huge data sets.", "innovation_digital"),
            List.of("Pupils are learning to read.", "education"),
            // a ceasefire or a truce in a price war is commerce; between two sides it is peace
            List.of("The rivals called a ceasefire in their price war."),
            List.of("Shops declared a truce in the price wars."),
            List.of("The two sides agreed a ceasefire.", "regional_stability"),
            // a firm's work culture is no culture
            List.of("Staff say the long-hours culture has eased."),
            List.of("Its office culture has changed."),
            List.of("The town's culture draws tourists.", "culture_tourism"),
            // shares that began trading are a listing, a drought in listings a dry spell of
            // them; countries trading with each other trade, and a drought is a disaster
            List.of("The firm's shares began trading on the stock exchange.", "finance"),
            List.of("Both countries began trading with each other.", "trade"),
            List.of("A drought in new listings ended this week."),
            List.of("The drought has lasted three years.", "natural_disasters"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void randomWeekOfTheFiftySeventhRoundsSetT17dFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round (t17d): a mayor or a councillor is governance only beside a
            // second governance word (resigning, elected, sacked, an election, corruption); a
            // mayor cutting a cake or councillors meeting are not
            List.of("The mayor cut a cake on Friday."),
            List.of("The councillors met on Monday."),
            List.of("The mayor resigned over the report.", "governance_reform"),
            List.of("She was elected mayor in 2019.", "governance_reform"),
            List.of("She is running for mayor in Leeds.", "governance_reform"),
            List.of("The mayor stepped down in June.", "governance_reform"),
            List.of("A councillor resigned over the leak.", "governance_reform"),
            List.of("The town elects a mayor every four years.", "governance_reform"),
            List.of("The mayor and two councillors were sacked.", "governance_reform"),
            List.of("The new mayor won Sunday's election by 300 votes.", "governance_reform"),
            // the merge (taxonomy 2026.12.107): corruption and a council's vote told in plain
            // words make a mayor's or a councillor's story governance, as before they were weak;
            // a resignation is weak, so a bare one is no topic
            List.of("The deputy mayor took backhanders from builders.", "governance_reform"),
            List.of("Councillor quits over cash-for-votes claim", "governance_reform"),
            List.of("The mayor was filmed taking an envelope of cash.", "governance_reform"),
            List.of("Councillors voted for a freeze on hiring.", "governance_reform"),
            List.of("The mayor handed in her resignation.", "governance_reform"),
            List.of("The coach handed in his resignation."),
            // a bare election is weak too: alone, or an election of judges, it is no topic
            List.of("She thanked the assembly for her election."),
            List.of("The election of judges is due in May."),
            // a coalition agreement and a president removed from office are governance
            List.of("The parties signed a coalition agreement on Monday.", "governance_reform"),
            List.of("Congress removed the president from office on Thursday.", "governance_reform"),
            // rights violated are rights; an opposition leader's aides arrested and activists
            // banned from travelling are rights, a lone travel ban is not
            List.of(
                "The coast guard violated the rights of asylum seekers.",
                "human_rights",
                "migration"),
            List.of(
                "The opposition leader said two of her aides had been arrested.", "human_rights"),
            List.of("The activists are banned from travelling abroad.", "human_rights"),
            List.of("He was banned from travelling for a year."),
            // a bishop's sanction is his approval, not a penalty
            List.of("The bishop gave his sanction to the plan."),
            List.of("The EU imposed new sanctions on Monday.", "sanctions"),
            // lignite is coal; research labs and a Silicon Valley are technology; the dialogue
            // between Serbia and Kosovo is a peace process
            List.of("The plant burns lignite.", "energy"),
            List.of(
                "The university opened two new research labs.",
                "education",
                "innovation_digital"),
            List.of("Every government wants its own Silicon Valley.", "innovation_digital"),
            List.of(
                "Both sides backed the EU-led dialogue between Serbia and Kosovo.",
                "regional_stability"),
            // a border crossing opened for aid convoys or freight is no migration
            List.of("A new border crossing opened for aid convoys.", "humanitarian_aid"),
            List.of("The border crossing reopened to freight.", "transport_connectivity"),
            List.of("Thousands queued at the border crossing.", "migration"),
            // a person who has the energy of ten men is no energy story
            List.of("Her son has the energy of ten men."),
            List.of("Oil and gas give the country the energy it needs.", "energy"),
            // daily visitors to a site are tourism
            List.of("The city will cap daily visitors at the old fort.", "culture_tourism"),
            // a finance minister dropped in a reshuffle is governance alone; a finance minister
            // raising taxes or finance ministers meeting stay finance
            List.of(
                "The finance minister would be dropped in a cabinet reshuffle.",
                "governance_reform"),
            List.of("The finance minister raised taxes.", "finance"),
            List.of("Finance ministers met in Washington.", "finance"),
            // power concentrated in a leader's office is governance
            List.of(
                "The prime minister has concentrated power in his own office.",
                "governance_reform"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondWaveOfTheFiftySeventhRoundOnSetT17eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round, second wave (t17e): poverty alleviation is poverty reduction
            List.of("Poverty alleviation is the first aim.", "sustainable_development"),
            List.of("The scheme helps to alleviate poverty.", "sustainable_development"),
            // the Environmental Protection Agency is an agency's name, environmental protection
            // itself stays sustainable development
            List.of("The Environmental Protection Agency published the figures."),
            List.of("Environmental protection comes first.", "sustainable_development"),
            // a trading licence is a shop's or a club's permit, not trade between countries
            List.of("The stall lost its trading licence."),
            List.of("Trading between the two countries has doubled.", "trade"),
            // heavy traffic is road transport
            List.of("There was heavy traffic in the city.", "transport_connectivity"),
            // a police station is a place: alone it names no policing story (the merge took the
            // pass's "police station" out: an attack on one is the attackers' story, and a
            // tortoise handed in at one is none)
            List.of("A tortoise was handed in at the police station."),
            // a hospital pass is a rugby pass (a task handed over at the worst moment)
            List.of("The captaincy was a hospital pass."),
            List.of("The hospital will close in May.", "health"),
            // a series win is sport
            List.of("A series win in India is rare.", "culture_tourism"),
            // gusts make a named storm a storm; a storm of protest stays no disaster
            List.of("Storm Ciara brought gusts of 120km/h.", "natural_disasters"),
            List.of("A storm of protest followed."),
            // rail and a roundabout are weak: transport beside a second transport word (a
            // timetable, a driver), not alone ("rail against", "a roundabout way")
            List.of("Northern Rail has published a new timetable.", "transport_connectivity"),
            List.of("The new roundabout confuses every driver.", "transport_connectivity"),
            List.of("Critics rail against the plan."),
            List.of("He made his point in a roundabout way."),
            // student housing and student accommodation are property, not schooling
            List.of("Rents for student housing rose again."),
            List.of("The student accommodation block is full."),
            // Nigeria's Economic and Financial Crimes Commission is an agency's name, no finance
            // story; financial markets stay finance
            List.of("The Economic and Financial Crimes Commission said so on Monday."),
            List.of("Financial markets fell on Monday.", "finance"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondWaveOfTheFiftySeventhRoundOnSetT17fFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-seventh round, second wave (t17f): a plot to blow something up is terrorism;
            // balloons blown up are not
            List.of(
                "Two men admitted plotting to blow up a shopping centre.", "terrorism_extremism"),
            List.of("The children blew up the balloons."),
            // the Oslo Accords and years or decades of conflict are a conflict's story
            List.of("Both sides reaffirmed the Oslo Accords.", "regional_stability"),
            List.of("The town is recovering from decades of conflict.", "regional_stability"),
            // a leader who has been sworn in and a power-sharing executive are governance
            List.of(
                "She has been sworn in as the country's first woman president.",
                "governance_reform"),
            List.of("The power-sharing executive met on Monday.", "governance_reform"),
            // a Royal College of a profession is no college of learning, a nurses' body is
            // health; a college is education
            List.of("The Royal College of Nursing warned of long waits in hospital.", "health"),
            List.of("She went to college in Ohio.", "education"),
            // the Hunger Games are a film, not hunger
            List.of("The Hunger Games topped the box office.", "culture_tourism"),
            List.of("Hunger is rising in the region.", "agriculture_food"),
            // mad cow disease is a disease of livestock, not health; a bare disease is health
            List.of("Mad cow disease has spread to Ireland.", "agriculture_food"),
            List.of("The disease has spread to Ireland.", "health"),
            // a government that agreed to buy jets makes an arms deal, not an investment; a firm
            // that agreed to buy its rival stays investment; a Eurofighter is defence
            List.of("India agreed to buy 26 fighter jets.", "security_defence"),
            List.of("The firm agreed to buy its smaller rival.", "investment"),
            List.of("Austria will keep its Eurofighters.", "security_defence"),
            // a party's rebels voting against the government are governance, no armed rebels;
            // rebels who seize a town are
            List.of("The Tory rebels voted against the government.", "governance_reform"),
            List.of("The rebels seized the town.", "regional_stability"),
            // a candidate who reaches a run-off is in an election
            List.of("Two candidates went into a run-off on Sunday.", "governance_reform"),
            // a ban on women is a rights story
            List.of("The ban on women working in offices was lifted.", "human_rights"),
            // a probe's flyby is space research
            List.of("The probe made a flyby of Venus.", "innovation_digital"),
            // a bank named after Silicon Valley is a bank, not technology
            List.of("Silicon Valley Bank collapsed in March.", "finance"),
            // a migration to a new computer system is no migration of people
            List.of("The migration to a new computer system took a week.", "innovation_digital"),
            List.of("The migration of workers to the Gulf grew.", "migration"),
            // Roman or ancient ruins are heritage, and a score told in words is sport
            List.of("The Roman ruins were damaged.", "culture_tourism"),
            List.of("Spain won four-nil.", "culture_tourism"),
            // a parliament that has approved or passed a law is governance
            List.of("The parliament has approved the new pact.", "governance_reform"),
            // cloning is research; a clone alone is a copy
            List.of("Scientists have cloned a monkey.", "innovation_digital"),
            List.of("Human cloning should be banned.", "innovation_digital"),
            List.of("The shop sells a clone of the famous bag."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void randomWeekOfTheFiftyEighthRoundsSetT18aFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18a): a record label is the music industry; a record alone
            // is no topic
            List.of("The band signed with a major record label last year.", "culture_tourism"),
            List.of("The company set a record last year."),
            // a rainbow or captain's armband is worn on the pitch
            List.of("He wore a rainbow armband.", "culture_tourism"),
            // a barrister for the defence is a court's; flood defences are a disaster's walls;
            // air defences are defence
            List.of("The defence barrister spoke for an hour."),
            List.of("Flood defences were raised along the river.", "natural_disasters"),
            List.of("Its air defences were raised.", "security_defence"),
            // a player who failed a medical is a transfer story, not health
            List.of("The striker failed a medical.", "culture_tourism"),
            List.of("She needs medical care.", "health"),
            // junk food is diet, not farming; food prices are
            List.of("Children eat too much junk food."),
            List.of("Food prices rose again.", "agriculture_food"),
            // security queues are an airport's
            List.of(
                "Security queues stretched out of the terminal.", "transport_connectivity"),
            // shipping banned goods is smuggling; shipping through a canal is transport
            List.of("The firm was accused of shipping banned goods."),
            List.of("Shipping through the canal resumed.", "transport_connectivity"),
            // overseas students are migration, as international students are
            List.of("Overseas students must now pay higher fees.", "education", "migration"),
            // lesbian, gay, bisexual and transgender people and homophobia are rights stories,
            // as is a woman's need of a male relative's permission
            List.of("She is the country's first transgender mayor.", "human_rights"),
            List.of("Homophobia is still common in football.", "culture_tourism", "human_rights"),
            List.of("Women cannot travel without a male relative.", "human_rights"),
            // a battery plant being built is an investment; a battery plant on fire is not
            List.of("Toyota is building a battery plant in North Carolina.", "investment"),
            List.of("The battery plant caught fire."),
            // a territory both countries or nations claim is a territorial dispute; a past
            // claim of something else is not
            List.of("The reef lies in waters both nations claim.", "regional_stability"),
            List.of("Both countries claimed the match was fixed."),
            // the hottest month, year or summer is a warming record, as the hottest years are;
            // the hottest issues are not
            List.of("July was the hottest month on record.", "climate_change"),
            List.of("Hunger is among the hottest issues on the agenda.", "agriculture_food"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void randomWeekOfTheFiftyEighthRoundsSetT18bFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18b): a power shortage is energy
            List.of("The region faces a power shortage every winter.", "energy"),
            // metro stations, bus lines and train delays are transport
            List.of("Two new metro stations opened on Monday.", "transport_connectivity"),
            List.of("A new bus line links the two towns.", "transport_connectivity"),
            List.of("Signal faults caused train delays on Monday.", "transport_connectivity"),
            // a minibus is transport, but a bomb on a minibus is the attack's story alone
            List.of("The minibus overturned on the mountain road.", "transport_connectivity"),
            List.of(
                "A bomb on a minibus killed four people, and militants claimed the attack.",
                "terrorism_extremism"),
            // heart surgery and heart operations are health
            List.of("The boy needs heart surgery.", "health"),
            List.of("She had two heart operations last year.", "health"),
            // a journalist or reporter beaten is press freedom
            List.of("A reporter was beaten by three men.", "human_rights"),
            List.of("Two journalists were beaten at the rally.", "human_rights"),
            // people who buy water are short of it
            List.of("Families are buying water from street vendors.", "water_resources"),
            List.of("Villagers bought water at high prices.", "water_resources"),
            // restorers and antiquities are heritage; a colt or a filly is horse racing, a Colt
            // revolver is no horse
            List.of("Restorers worked on the dome for a year.", "culture_tourism"),
            List.of("Looted antiquities were returned to Iraq.", "culture_tourism"),
            List.of("The colt won by two lengths.", "culture_tourism"),
            List.of("A filly trained in Ireland took the prize.", "culture_tourism"),
            List.of("He carried a Colt revolver."),
            // merge: a minibus ride is a trip, and stands beside an app (a digital topic that
            // switches off the bare "minibus")
            List.of(
                "The start-up's app books minibus rides across Nairobi.",
                "innovation_digital",
                "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void randomWeekOfTheFiftyEighthRoundsSetT18cFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18c): a battle with cancer and stomach illnesses are health
            List.of("He lost his battle with cancer in May.", "health"),
            List.of("Stomach illnesses have become routine.", "health"),
            // blood sugar is no sugar crop; a sugar harvest is farming
            List.of("Her blood sugar is back to normal."),
            List.of("The sugar harvest was poor.", "agriculture_food"),
            // the Corn Exchange is a venue, corn is a crop
            List.of("They met at the Corn Exchange."),
            List.of("Corn prices doubled.", "agriculture_food"),
            // a travel writer, a winner's enclosure, a thriller and a cup won are culture
            List.of("Our travel writer spent a week in Lisbon.", "culture_tourism"),
            List.of("The horse was led into the winner's enclosure.", "culture_tourism"),
            List.of("The new spy thriller opens on Friday.", "culture_tourism"),
            List.of("Kenya won the cup.", "culture_tourism"),
            List.of("Ghana won on penalties.", "culture_tourism"),
            // rules on penalties are no match
            List.of("The rules on penalties for late filing changed."),
            // a wedding or photo album is no record; a band's album is
            List.of("The wedding album was lost in the move."),
            List.of("The band's new album is out.", "culture_tourism"),
            // a schoolteacher is education, as a teacher is
            List.of("The schoolteacher was paid late.", "education"),
            // a smart doorbell or speaker is technology
            List.of("Who can see the footage from your smart doorbell?", "innovation_digital"),
            // stopped and searched is policing; stopping to search one's conscience is not
            List.of("Young men are stopped and searched far more often.", "security_defence"),
            List.of("Let us stop and search our conscience."),
            // passports taken from workers are a rights abuse
            List.of("Maids had their passports taken by the agency.", "human_rights"),
            // a hosepipe ban is water scarcity
            List.of("Hosepipes have been banned since June.", "water_resources"),
            // news that felt like an earthquake is no disaster; an earthquake is
            List.of("The news felt like an earthquake."),
            List.of("An earthquake struck the coast.", "natural_disasters"),
            // parents at the school gate are no schooling; a school reopened is education
            List.of("Parents chatted at the school gate."),
            List.of("The school reopened.", "education"),
            // the nearest well is drinking water, a seasonal permit is migrant work
            List.of("The nearest well is an hour's walk away.", "water_resources"),
            List.of("He came to Italy on a seasonal permit.", "migration"),
            // a dish a cafe or a restaurant serves is no crop; rice in store is
            List.of("The cafe serves the best rice in town."),
            List.of("The rice was stored in the town.", "agriculture_food"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void randomWeekOfTheFiftyEighthRoundsSetT18dFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18d): a securities regulator and brokerages are finance;
            // suspicious trades in shares are no trade in goods, trade with a country is
            List.of("The securities regulator opened an inquiry into the firm.", "finance"),
            List.of("Two brokerages were fined on Friday.", "finance"),
            List.of("Suspicious trades were reported on Friday."),
            List.of("Trade with China grew.", "trade"),
            // a financial year is a date, as a fiscal year is; financial markets stay finance
            List.of("Sales rose by a tenth in the financial year ended 30 June."),
            List.of("Financial markets fell sharply.", "finance"),
            // a payments start-up is a start-up, as a payments app is an app
            List.of("The payments start-up hired 40 engineers.", "innovation_digital"),
            // horticulture is farming
            List.of("Horticulture employs a tenth of the workforce.", "agriculture_food"),
            // a cyber incident is cyber security
            List.of("The firm reported a cyber incident on Monday.", "innovation_digital"),
            // a Tornado jet is an aircraft, as a Typhoon jet is; a tornado is a disaster
            List.of("The air force flies Tornado jets.", "security_defence"),
            List.of("A tornado destroyed the barn.", "natural_disasters"),
            // callers who flooded a switchboard made no flood; a river that flooded a town did
            List.of("Angry callers flooded the switchboard."),
            List.of("The river flooded the town.", "natural_disasters"),
            // a Senate that voted, and MPs who back a bill, are a parliament at work
            List.of("The Senate voted to raise the retirement age.", "governance_reform"),
            List.of("MPs back new schools bill", "education", "governance_reform"),
            // a new parliament is governance, its new building is not; a parliament's trade
            // committee is a title, as a trade minister is
            List.of("The new parliament met for the first time on Monday.", "governance_reform"),
            List.of("The architect designed the new parliament building."),
            List.of("The chair of the Committee on International Trade was re-elected."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondWaveOfTheFiftyEighthRoundOnSetT18eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18e): an asylum for the mentally ill or the insane is an old
            // hospital, no asylum a refugee seeks
            List.of("The building was once an asylum for the mentally ill."),
            List.of("The building was once an asylum for the insane."),
            List.of("She applied for asylum in Germany.", "migration"),
            // gender violence is gender-based violence
            List.of("Thousands marched against gender violence.", "human_rights"),
            // a Court of Auditors is a state audit body, as a court of audit is
            List.of("The Court of Auditors published its annual report.", "governance_reform"),
            // a mayor unseated is an election lost; "unseated" alone is weak (a rider's fall)
            List.of("A newcomer unseated the mayor.", "governance_reform"),
            List.of("She was unseated."),
            // a Spanish regional government (Junta de Andalucia) is no junta; a junta is
            List.of("The Junta de Andalucia approved the plan."),
            List.of("The junta seized power.", "governance_reform"),
            // a row of the grid is motor racing's; possession dominated is football's
            List.of("He starts from the front row of the grid on Sunday.", "culture_tourism"),
            List.of("Porto dominated possession but could not break through.", "culture_tourism"),
            // butter is a food, weak like milk: a supermarket's butter is food, butter alone is
            // not ("guns or butter")
            List.of("The supermarket cut the price of butter.", "agriculture_food"),
            List.of("Guns or butter?"),
            // grapes and wineries are farming; sour grapes and the grapes of wrath are not
            List.of("The grapes were picked early this year.", "agriculture_food"),
            List.of("The winery employs forty people.", "agriculture_food"),
            List.of("It was a case of sour grapes."),
            List.of("They will reap the grapes of wrath."),
            // robots on a production line are automation; a production line alone is weak
            List.of("The plant installed robots on its production line.", "innovation_digital"),
            List.of("The production line was stopped."),
            // months or weeks without rain are a drought
            List.of("The region has gone six months without rain.", "natural_disasters"),
            List.of("The island has had eight weeks without rain.", "natural_disasters"),
            // a petrol station robbed is a crime scene, no energy story; a petrol station is
            List.of("Two men robbed a petrol station on Friday."),
            List.of("The petrol station closed early.", "energy"),
            // a winger short of energy is sport's (a new unless-term of energy's bare word)
            List.of("The winger looked short of energy.", "culture_tourism"),
            // the terror of war is its dread, no terrorism; a terror attack is terrorism
            List.of("The region lives in the terror of war.", "regional_stability"),
            List.of("Five died in a terror attack.", "terrorism_extremism"),
            // a diesel bus, train or locomotive is a vehicle, no energy story; diesel is energy
            List.of("The railway bought ten diesel locomotives.", "transport_connectivity"),
            List.of("The country ran short of diesel.", "energy"),
            // a week that was an education for someone taught a lesson, no school; an education
            // a child deserves is schooling
            List.of("The week had been an education for her."),
            List.of("Every girl deserves an education.", "education"),
            // swimmers a lifeguard pulls from strong currents bathe, no sport; a swimmer is sport
            List.of("Lifeguards pulled two swimmers from strong currents."),
            List.of("The swimmer won gold in Paris.", "culture_tourism"),
            // a million-euro or million-dollar factory or plant is an investment, as a
            // billion-euro one is; a factory alone is not
            List.of("The firm will build a 300-million-euro plant in Hungary.", "investment"),
            List.of("A 50-million-dollar factory opened in May.", "investment"),
            List.of("The factory employs 600 people."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void secondWaveOfTheFiftyEighthRoundOnSetT18fFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-eighth round (t18f): adaptation finance is climate finance (a negative of
            // finance, as climate finance is); leaving the LDC category is a development goal
            List.of("Pacific states asked for more adaptation finance.", "climate_change"),
            List.of("LDC graduation is due in 2026.", "sustainable_development"),
            List.of("Bangladesh will graduate from LDC status next year.", "sustainable_development"),
            // polls closing and a turnout are an election
            List.of("Polls closed at six on Sunday.", "governance_reform"),
            // merge: a turnout alone is weak, an election's beside the polls or a vote, an
            // assembly's attendance without them
            List.of("Turnout was 58 per cent as polls closed.", "governance_reform"),
            List.of(
                "Speakers of 40 parliaments met in Geneva, the largest turnout in a decade.",
                "parliamentary_cooperation"),
            // a turnout for an event is its attendance, no vote
            List.of("We hope for a high turnout for the event."),
            // a currency named alone is finance; amounts counted in rupees are not the currency
            List.of("Ghana's cedi weakened again.", "finance"),
            List.of("Sri Lanka's rupee weakened again.", "finance"),
            // earth tones are colours, rare earths are minerals
            List.of("Rare earth tones dominate the runways."),
            List.of("Rare earths are mined there.", "critical_minerals"),
            // rivals who trade shots trade no goods; a minister for trade is a title
            List.of("Rivals traded shots over the plan."),
            List.of("The Minister of State for Trade Policy spoke on Monday."),
            // a drum or guitar clinic is a music workshop, no health care
            List.of("The guitar clinic in Leeds was full.", "culture_tourism"),
            List.of("The clinic treated 900 children.", "health"),
            // a yacht race and a light show are sport and culture
            List.of("The yacht race ended in Antigua.", "culture_tourism"),
            List.of("A light show replaced the usual display.", "culture_tourism"),
            // a sham trial is a rights abuse
            List.of("The sham trial lasted one day.", "human_rights"),
            // ultra-processed food is diet, the energy in a crowd is a mood
            List.of("Ultra-processed food was on every shelf."),
            List.of("The energy in the crowd was huge."),
            // a start-up raising money is a funding round
            List.of("The start-up raises $8m.", "innovation_digital", "investment"),
            // normalisation talks between two parties in a dispute are a peace process
            List.of("Serbia and Kosovo resumed normalisation talks.", "regional_stability"),
            // a Cold War spy is history or fiction, as the Cold War itself is
            List.of("He was a Cold War spy."),
            // several parliaments meeting in one place are parliaments working together
            List.of("Speakers of ten parliaments met in Suva.", "parliamentary_cooperation"),
            // a new terminal is an airport's, a port's or a station's; a terminal alone stays weak
            List.of("The new terminal opened in May.", "transport_connectivity"),
            List.of("The terminal was quiet."),
            // a culture minister named to the post is a title, as a trade or agriculture minister
            // is; a conference of culture ministers stays culture; a sweeping reshuffle is a
            // government's work
            List.of("She was named as culture minister."),
            List.of("A conference of culture ministers met in Baku.", "culture_tourism"),
            List.of("A sweeping reshuffle followed.", "governance_reform"),
            List.of("Culture and heritage bind the two peoples.", "culture_tourism"),
            // a city rationing piped water rations its supply, no aid rations
            List.of("The city rations piped water to two hours a day.", "water_resources"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15e): solitary confinement, forced evictions, a husband's
            // permission to work, passports taken and wages held back from workers, girls barred
            // from school and marriage under age are rights
            List.of("He spent a year in solitary confinement.", "human_rights"),
            List.of("Hundreds of families were forcibly evicted.", "human_rights"),
            List.of("She still needs her husband's permission.", "human_rights"),
            List.of("Their employers confiscated their passports.", "human_rights"),
            List.of("Agents had taken their passports.", "human_rights"),
            List.of("They had their wages held back for months.", "human_rights"),
            List.of("Girls are barred from secondary schools.", "education", "human_rights"),
            List.of("Marriage under the age of 18 is now illegal.", "human_rights"),
            // an editor, a reporter or critics held, jailed or in custody are rights, and so are
            // journalists in custody or under spyware; an editor or critics alone are not, nor is
            // a match that was torture for its fans
            List.of("The editor was sent to prison for a year.", "human_rights"),
            List.of("A reporter has been behind bars since May.", "human_rights"),
            List.of("Dozens of critics were detained overnight.", "human_rights"),
            List.of("The journalist has been in custody since June.", "human_rights"),
            List.of("Officials are detaining a journalist.", "human_rights"),
            List.of(
                "Spyware was found on a journalist's phone.",
                "human_rights",
                "innovation_digital"),
            List.of("The editor liked the piece."),
            List.of("Critics said the plan was too costly."),
            List.of("The wait was torture for her."),
            // a minister who quits, steps down, is sacked or forced to resign, a prosecutor
            // sacked, a sitting suspended, a defeated candidate and a presidency won are
            // governance; a strike ballot is a union's vote, and a finance minister resigning is
            // no finance story
            List.of("The minister quit on Friday.", "governance_reform"),
            List.of("Minister quits after row", "governance_reform"),
            List.of("The minister stepped down after the report.", "governance_reform"),
            List.of("The minister was sacked in May.", "governance_reform"),
            List.of("The minister was forced to resign.", "governance_reform"),
            List.of("The chief prosecutor was sacked.", "governance_reform"),
            List.of("The Speaker suspended the sitting.", "governance_reform"),
            List.of("The defeated candidate conceded.", "governance_reform"),
            List.of("She won the presidency in 2019.", "governance_reform"),
            List.of("The union held a strike ballot."),
            List.of("The finance minister resigned on Monday.", "governance_reform"),
            // a free skate and a late goal are sport; rail workers run the trains
            List.of("Her free skate was nearly flawless.", "culture_tourism"),
            List.of("A late goal won the match.", "culture_tourism"),
            List.of("Rail workers walked out on Monday.", "transport_connectivity"),
            // the state's or the government's stake in a firm is an investment
            List.of("The state's stake will be sold next year.", "investment"),
            List.of("The government's stake in the firm was sold.", "investment"),
            // t15e, second pass: barred from attending school is rights and schooling; a
            // minister charged is governance; a mountain road is a road; computers seized by
            // officers are evidence, no technology story
            List.of("Girls were barred from attending school.", "education", "human_rights"),
            List.of("The minister was charged on Tuesday.", "governance_reform"),
            List.of("The mountain road reopened on Monday.", "transport_connectivity"),
            List.of("A new computer costs less now.", "innovation_digital"),
            List.of("They seized computers at the office."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftySixthRoundsSetT15eFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-sixth round (t15e), weak words: lobbyists beside second jobs are governance,
            // and judges sacked when a bill is in the sentence; each alone is not. The pass's
            // weak "minister" was dropped at the merge: beside the weak "cabinet" of the t16a
            // pass it tagged 76 UN sentences on "Cabinet ministers" and a "Prime Minister and
            // Cabinet", so a minister sacked is no longer found
            List.of("The president sacked two ministers."),
            List.of("Cabinet ministers attended the session."),
            List.of("Judges were sacked after the bill passed.", "governance_reform"),
            List.of(
                "MPs may no longer work as lobbyists or hold second jobs.", "governance_reform"),
            List.of("The chef was sacked."),
            List.of("The judges thanked the prime minister."),
            List.of("A lobbyist joined the firm."),
            // the old town beside its cathedral and a champion beside her opponent are culture,
            // and a Cup with its capital is culture alone; a cathedral, a champion or a small
            // cup alone is not, nor a political opponent or the opponents of a plan beside
            // television
            List.of("From the old town you can see the cathedral.", "culture_tourism"),
            List.of("The champion beat her opponent easily.", "culture_tourism"),
            List.of("The yacht won the Cup again.", "culture_tourism"),
            List.of("The cathedral bells rang."),
            List.of("The yacht's captain stayed aboard."),
            List.of("She handed the champion a cup."),
            List.of("Political opponents were kept off television."),
            List.of("Opponents of the plan spoke on television."),
            // children as young as eight beside a brick kiln or a dollar a day, a ban on leaving
            // the country beside criticising the government, a sacking beside a pregnancy and
            // Roma children beside separate classes are rights; each alone is not, nor the club
            // Roma sacking its coach
            List.of("Children as young as eight work in brick kilns.", "human_rights"),
            List.of("Children as young as ten sort rubbish for a dollar a day.", "human_rights"),
            List.of(
                "She was banned from leaving the country after criticising the government.",
                "human_rights"),
            List.of("A cashier was sacked because she was pregnant.", "human_rights"),
            List.of("Roma pupils are taught in separate classes.", "education", "human_rights"),
            List.of("Children as young as five may join."),
            List.of("Roma sacked their coach on Monday."),
            List.of("She was pregnant with twins."),
            List.of("The editor keeps separate classes of files."),
            // a call for the release of people jailed or detained is rights, a call for the
            // release of a report is not; jailed beside a sacking or a Roma man is no rights
            // story by itself
            List.of("They are calling for the release of two jailed men.", "human_rights"),
            List.of(
                "She called for the release of the detained teachers.",
                "education",
                "human_rights"),
            List.of("They called for the release of the report."),
            List.of("He was sacked and then jailed."),
            List.of("A Roma man was jailed last year."),
            // heavy rain is a disaster only beside one of the topic's co-terms, among them a
            // place left cut off
            List.of("Heavy rain battered the coast.", "natural_disasters"),
            List.of("A storm left the island cut off.", "natural_disasters"),
            List.of("Heavy rain soaked the lawn."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15kFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15k): a band's gig is music; the gig economy and gig workers
            // are work, not culture
            List.of("The band played a gig in Leeds.", "culture_tourism"),
            List.of("The gig economy is growing."),
            List.of("Gig workers marched in the capital."),
            // a fiction prize is literature; a tournament and a cup upset are sport
            List.of("She won the fiction prize.", "culture_tourism"),
            List.of("The prize for fiction went to a debut author.", "culture_tourism"),
            List.of("The tournament starts on Friday.", "culture_tourism"),
            List.of("Cup upset in the north.", "culture_tourism"),
            // schoolchildren being taught are education; schoolchildren marching or killed are
            // not (it needs a co-term of teaching)
            List.of("Teaching schoolchildren to swim takes time.", "education"),
            List.of("Schoolchildren marched in the capital."),
            // a metro project or system, a bus company or operator and extra trains are transport;
            // being transported back to one's childhood is not
            List.of("The metro project is two years late.", "transport_connectivity"),
            List.of("The metro system is old.", "transport_connectivity"),
            List.of("The bus company raised its fares.", "transport_connectivity"),
            List.of("A new bus operator took over.", "transport_connectivity"),
            List.of("Extra trains will run at Easter.", "transport_connectivity"),
            List.of("She was transported back to her childhood."),
            // being personally or emotionally invested in an outcome, or investing so much time,
            // is no investment; investing in a plant is
            List.of("He was personally invested in the result."),
            List.of("She was emotionally invested in it."),
            List.of("They were invested in the outcome."),
            List.of("He regrets investing so much time in it."),
            List.of("They invested in the new plant.", "investment"),
            // a bid for a rival is a takeover bid
            List.of("The brewer made a bid for rival Fosters.", "investment"),
            List.of("It is preparing a bid for its smaller rival.", "investment"),
            // prison conditions are rights; an arrest at an airport is no transport story
            List.of("Prison conditions remain harsh.", "human_rights"),
            List.of("He was held at the airport for six hours."),
            List.of("The airport was closed.", "transport_connectivity"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15gFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15g): cooking oil is a food staple, not energy; handed out as
            // rations at a camp it is aid
            List.of("Cooking oil is scarce in the shops.", "agriculture_food"),
            List.of("Rations of cooking oil were handed out at the camp.", "humanitarian_aid"),
            // a food festival, a food critic or food writing is culture, not farming; a
            // cookbook, a writing prize and a police drama are culture
            List.of("The food festival drew large crowds.", "culture_tourism"),
            List.of("She is the paper's food critic."),
            List.of("Her cookbook sold well.", "culture_tourism"),
            List.of("He won a writing prize.", "culture_tourism"),
            List.of("The police drama returns next week.", "culture_tourism"),
            // a troll farm and online disinformation are the internet's
            List.of("The troll farm posted fake reviews.", "innovation_digital"),
            List.of("Online disinformation spread quickly.", "innovation_digital"),
            // a powerful weapon against a disease, inflation or poverty, and Mandela's education
            // as the most powerful weapon, are figures of speech, no defence; a retired soldier
            // is a person, not the armed forces; an army's weapon stays defence
            List.of("Education is the most powerful weapon we have.", "education"),
            List.of("Vaccines are a powerful weapon against the disease.", "health"),
            List.of("Rates are the main weapon against inflation.", "finance"),
            List.of("A retired soldier spoke at the meeting."),
            List.of("The army bought a new weapon.", "security_defence"),
            // a concert hall or a stadium as the target of a terrorist attack is the attack's,
            // not culture's; a concert hall with its orchestra stays culture
            List.of(
                "Police arrested two men planning a bomb attack on a concert hall.",
                "security_defence",
                "terrorism_extremism"),
            List.of("A suicide bomber struck outside the stadium.", "terrorism_extremism"),
            List.of("The orchestra played in the new concert hall.", "culture_tourism"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void newsWordingOfTheFiftyFifthRoundsSetT15fFindsItsTopics() {
    List<List<String>> cases =
        List.of(
            // fifty-fifth round (t15f): a matter of little or great import is no import, local
            // customs and customs and traditions are ways of life, not the customs service;
            // export controls are the sanctions' (labelling.md), not trade too
            List.of("It was a matter of little import."),
            List.of("The matter is of great import to us all."),
            List.of("They respect local customs."),
            List.of("Our customs and traditions are old."),
            List.of("The country tightened its export controls.", "sanctions"),
            List.of("Exports rose by a tenth.", "trade"),
            List.of("Customs duties were raised.", "trade"),
            // a season-long loan is a player's, a wildlife fund a charity, a taxing week a hard
            // one, and financing a terrorist group is terrorism's, none of them finance;
            // cryptocurrencies and retail sales that rise or fall are, figures on them alone not
            List.of("She joined them on a season-long loan."),
            List.of("A wildlife fund paid for the survey."),
            List.of("It was a taxing week for all of us."),
            List.of("They were accused of financing a terrorist cell.", "terrorism_extremism"),
            List.of("The price of the cryptocurrency fell.", "finance"),
            List.of("Retail sales rose in May.", "finance"),
            List.of("The report gives figures on retail sales."),
            // health or medical insurance is the health system's, not finance; other insurance is
            List.of("Everyone will get health insurance.", "health"),
            List.of("He has no medical insurance.", "health"),
            List.of("The insurance market grew.", "finance"),
            // a Christmas market, an opening match, a best-selling author and a race's queen or
            // mountain stage are culture and sport
            List.of("The Christmas market opens on Friday.", "culture_tourism"),
            // a Christmas market that a terror plot targets is the plot's, as a concert hall is
            // (merge of the round's second wave: the phrase yields to terrorism_extremism)
            List.of(
                "He planned a jihadist attack on a Christmas market.", "terrorism_extremism"),
            List.of("The opening match is on Sunday.", "culture_tourism"),
            List.of("He is a best-selling author.", "culture_tourism"),
            List.of("The queen stage ends on a summit.", "culture_tourism"),
            List.of("The mountain stage was cancelled.", "culture_tourism"),
            // a relegation fight, escaping or coming after relegation are a club's; the relegation
            // of a people is not sport; a club's playing budget is its wages, not finance
            List.of("The relegation fight goes to the last day.", "culture_tourism"),
            List.of("They hope to escape relegation.", "culture_tourism"),
            List.of("The relegation of women to second place must end."),
            List.of("The club raised its playing budget."),
            // depression treated or diagnosed is health; an economy's depression is not
            List.of("He was treated for depression last year.", "health"),
            List.of("She was diagnosed with depression.", "health"),
            List.of("The economy fell into depression."),
            // a cash-in-transit van carries cash, no transit; arrests after a robbery are
            // policing, a robbery alone is no topic
            List.of("A cash-in-transit van was hit."),
            List.of("Two men were arrested after a shop was robbed.", "security_defence"),
            List.of("A shop was robbed."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void anArticleInTheSpiritOfTheSeedYieldsItsTopics() {
    String text =
        "ASTANA - The foreign ministers of Uzbekistan and Georgia met members of the Georgian"
            + " Parliament on March 3 to discuss interparliamentary ties.\n\n"
            + "\u201cExports and investment between us keep rising, and our universities and tech"
            + " start-ups work together,\u201d the minister said.\n"
            + "The guests listed climate change, regional stability and the Sustainable Development"
            + " Goals among the tasks for the next decade. The host spoke of a constitutional"
            + " reform to modernize public administration. A festival of Georgian culture will"
            + " open in Tashkent in May.";
    assertEquals(
        List.of(
            "climate_change", "culture_tourism", "education", "governance_reform",
            "innovation_digital", "investment", "parliamentary_cooperation",
            "regional_stability", "sustainable_development", "trade"),
        TopicMatcher.defaultPhrases().topicsOf(text));
  }

  @Test
  void compiledMatcherSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(TopicMatcher.defaultPhrases());
    }
    TopicMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (TopicMatcher) in.readObject();
    }
    assertEquals(List.of("climate_change", "trade"), copy.topicsOf("Trade and climate change."));
  }

  @Test
  void configWithAUserFileExtendsTheDefault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("user.json");
    Files.writeString(
        file,
        "{\"version\": \"u1\", \"mode\": \"extend\", \"topics\": [{\"id\": \"arctic\","
            + " \"label\": \"Arctic\", \"group\": \"regions\", \"phrases\": [\"Arctic\"]}]}");
    TopicMatcher m = new TopicsConfig(file.toString(), null, null).compileMatcher();
    assertEquals("2026.12.132+u1", m.version());
    assertEquals(26, m.topicIds().size());
    assertEquals(List.of("arctic", "trade"), m.topicsOf("Arctic trade routes."));
  }

  @Test
  void hatredOfAFaithOrARaceIsHumanRightsAndACouncilSanctioningAWorkApprovesIt() {
    List<List<String>> cases =
        List.of(
            // antisemitism, in any spelling, and hatred of a faith or a race are discrimination
            List.of("Anti-Semitism is rising again.", "human_rights"),
            List.of("She spoke out against antisemitic graffiti.", "human_rights"),
            List.of("The report counts anti-Muslim incidents.", "human_rights"),
            List.of("He was charged with inciting racial hatred.", "human_rights"),
            List.of("Police logged 40 hate crimes last year.", "human_rights"),
            // hatred alone is a feeling, no rights story
            List.of("Their hatred of losing drove them."),
            // a council or a minister that sanctioned a building or a plan approved it; a
            // government that sanctioned generals penalised them
            List.of("The council sanctioned the construction of a new library."),
            List.of("The minister sanctioned the plan on Friday."),
            List.of("Washington sanctioned two generals.", "sanctions"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void armisticesAndTheMalvinasAreConflictsAndABillPassedIsGovernance() {
    List<List<String>> cases =
        List.of(
            // an armistice ends a war's fighting; the Malvinas are a territorial dispute
            List.of("The armistice must become a lasting peace.", "regional_stability"),
            List.of("Argentina reaffirms its rights over the Malvinas.", "regional_stability"),
            // a chamber that passed a bill did the work of government
            List.of("The House of Lords passed the bill on Tuesday.", "governance_reform"),
            // the energy and idealism of the young are their spirit, no energy story
            List.of("We need the energy and idealism of our young people."),
            // families on their summer holidays are tourists
            List.of("Families flew off on their summer holidays.", "culture_tourism"),
            // taxonomy 2026.12.113: a boundary dispute is a conflict; access to the markets of
            // other countries is trade (access to capital markets is not); the energy and care
            // of a secretariat are its zeal
            List.of("They will settle the boundary dispute.", "regional_stability"),
            List.of("Our goods need access to the markets of the North.", "trade"),
            List.of("We thank the Secretariat for the energy and care it showed."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void timeInvestedIdeasTradedAndDroughtsOfInvestmentAreFiguresOfSpeech() {
    List<List<String>> cases =
        List.of(
            // taxonomy 2026.12.114: a great deal of time, hope or work invested is effort
            List.of("Both sides have invested a great deal of time in the relationship."),
            List.of("Investors put $2 billion into the wind farm.", "energy", "investment"),
            // the trade of ideas is their exchange; the trade of goods is trade
            List.of("We must promote the free trade of ideas."),
            List.of("We must promote the free trade of goods.", "trade"),
            // a drought in investment and the aftershocks of a financial crisis are no disaster
            List.of(
                "After a long drought in foreign investment, plants are opening.", "investment"),
            List.of("The drought killed half the herds.", "natural_disasters"),
            List.of("The aftershocks of the financial crisis are still felt.", "finance"),
            // a vaccine against extremism is dialogue; a vaccine against measles is health
            List.of("Dialogue is the best vaccine against extremism.", "terrorism_extremism"),
            List.of("The vaccine against measles reached every district.", "health"),
            // an assembly that sanctioned a budget approved it: a budget, no sanctions
            List.of("The assembly sanctioned the budget on Thursday.", "finance"),
            // taxonomy 2026.12.115: people fleeing leave home; labour permits are for migrant
            // workers; aid routes carry relief; a grid connection is power
            List.of("Tens of thousands of people fleeing toward the city crowded the roads.",
                "migration"),
            List.of("Nepal suspended new labour permits for workers bound for Malaysia.",
                "migration"),
            List.of("The convoy reopened aid routes to the besieged town.", "humanitarian_aid",
                "regional_stability"),
            List.of("Factories wait two years for a grid connection.", "energy"),
            // a connection that is no power's is none
            List.of("The talks gave the two sides a connection."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void oilsOfTheWorkshopAndTheKitchenAndExperienceAsATeacherAreNoTopics() {
    List<List<String>> cases =
        List.of(
            // taxonomy 2026.12.116: oils for wood, paint, skin and health are no energy
            List.of("A little linseed oil brought the old table back to life."),
            List.of("Oil exports fell by a third in March.", "energy", "trade"),
            // experience, history or failure as the best teacher is a saying, no school
            List.of("Experience is the best teacher, she says at 100."),
            List.of("History is the best teacher of nations."),
            List.of("The teacher was named the best in the district.", "education"),
            // a new bypass is a road
            List.of("The council approved a new bypass around the town.",
                "transport_connectivity"),
            // taxonomy 2026.12.117: a climate strike or protest is about the climate; hay fever
            // is health; holiday bookings are tourism, a culture clash in a cafe no culture; a
            // select or cross-party committee is parliament's work; a pipeline of talent no gas
            List.of("Pupils walked out of lessons to join a climate strike.", "climate_change",
                "education"),
            List.of("Hay fever sufferers should take antihistamines.", "health"),
            List.of("Half-term holiday bookings to Malaga doubled.", "culture_tourism"),
            List.of("There was a culture clash when the cafe changed its menu."),
            List.of("A cross-party committee heard evidence on Tuesday.", "governance_reform"),
            List.of("She built a steady pipeline of talent for the firm."),
            List.of("The gas pipeline will carry fuel from the coast.", "energy"),
            // taxonomy 2026.12.118: people's energy, a quake's, a firm's healthy pipeline; a
            // court's defence; a trade picked up from a father or in used cars; one who credits
            // a daily walk; a culture in which managers wait; workers sent abroad are migrants
            List.of("Parishioners remember the energy of his sermons."),
            List.of("The quake released energy equal to many bombs.", "natural_disasters"),
            List.of("The firm has a healthy pipeline of customers."),
            List.of("The defence argued that her account was unreliable."),
            List.of("The navy expanded its coastal defence.", "security_defence"),
            List.of("He picked up the trade from his father."),
            List.of("They ran a business in the used-car trade."),
            List.of("She credits a daily walk for her long life."),
            List.of("The bank cut its credit to small firms.", "finance"),
            List.of("She wants to end a culture in which managers wait for orders."),
            List.of("Manila will resume sending domestic workers to Kuwait.", "migration"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void namesOfTreatiesAndTermsOfTheTaxonomy119AndTheirLiteralTwins() {
    List<List<String>> cases =
        List.of(
            // the nuclear deal by its full name, and a country's nuclear file or dossier
            List.of("The E3 defended the Joint Comprehensive Plan of Action.",
                "nuclear_nonproliferation"),
            List.of("Ministers discussed the Iranian nuclear file.", "nuclear_nonproliferation"),
            // a tax treaty, and a government's borrowing, are finance
            List.of("They signed a treaty on the avoidance of double taxation.", "finance"),
            List.of("Government borrowing hit a record in June.", "finance"),
            // a border post for both customs, a coast's surveillance, a constitution's drafters
            List.of("A one-stop border post opened at Busia.", "transport_connectivity"),
            List.of("The navies will share maritime domain awareness.", "security_defence"),
            List.of("The constitutional committee met in Geneva.", "governance_reform"),
            // aid let through sanctions, digital trade rules, cables and clouds
            List.of("The resolution adds a humanitarian exemption.", "humanitarian_aid"),
            List.of("They agreed rules on digital trade.", "innovation_digital", "trade"),
            List.of("A telecom cable was cut off the coast.", "innovation_digital"),
            List.of("The records moved to a new cloud system.", "innovation_digital"),
            List.of("Funds help countries hit by climate-related disasters.", "climate_change",
                "natural_disasters"),
            // figures: a trade learnt from a father, a defence telling a court, a title
            // defended, people of a heritage
            List.of("It takes ten years to learn the trade, the joiner says."),
            List.of("The defence told the court he was at home."),
            List.of("The defence ministry told reporters of new drills.", "security_defence"),
            List.of("The holders begin the defence of their title on Saturday."),
            List.of("The landlord refused families of Asian heritage."),
            List.of("The old mill is a heritage site now.", "culture_tourism"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void headlineTermsOfTheTaxonomy121AndTheirFigures() {
    List<List<String>> cases =
        List.of(
            // talks on a nuclear programme; militias fighting one another
            List.of("Iran nuclear talks resume in Vienna.", "nuclear_nonproliferation"),
            List.of("Nuclear negotiations stalled again.", "nuclear_nonproliferation"),
            List.of("Rival militias traded fire overnight.", "regional_stability"),
            List.of("Militias clashed in the capital.", "regional_stability"),
            // moving data, broken data, machines doing work
            List.of("A botched cloud migration took the shop offline.", "innovation_digital"),
            List.of("The data migration ran over a weekend.", "innovation_digital"),
            List.of("A data corruption bug wiped the photos.", "innovation_digital"),
            List.of("Cashiers are the most exposed to automation.", "innovation_digital"),
            // a heart stopping, a device that restarts it, medicines
            List.of("Survival after cardiac arrest doubled.", "health"),
            List.of("Bystanders used a defibrillator.", "health"),
            List.of("Patients went without their medication.", "health"),
            // a baseball pitcher, not a jug
            List.of("The relief pitcher was suspended.", "culture_tourism"),
            // figures: a craft dying out, a back line holding, cricket's fans, a club's coup, a
            // player lent, a spy film (a film: culture, not finance)
            List.of("He is master of a dying trade."),
            List.of("Their defence held firm all night."),
            List.of("The Barmy Army was out in force."),
            List.of("The club pulled off a transfer coup."),
            List.of("He returns from a loan spell at Lyon."),
            List.of("Shooting wraps on the new Bond film.", "culture_tourism"),
            // the words in their own sense still count
            List.of("Exports fell as the trade war deepened.", "trade"),
            List.of("The officers staged a coup on Tuesday.", "governance_reform"),
            List.of("The bank raised its loan rates.", "finance"));
    assertEachHasItsTopics(cases);
  }

  @Test
  void termsOfTheTaxonomy122AndTheirFigures() {
    List<List<String>> cases =
        List.of(
            // arms made and stored; a gas well fractured; a phone abroad; a yacht race won
            List.of("Kim inspected a munitions factory.", "security_defence"),
            List.of("The plant will make artillery shells.", "security_defence"),
            List.of("An explosion hit an ammunition depot.", "security_defence"),
            List.of("Regulators denied fracking permits.", "energy"),
            List.of("Ministers scrapped mobile roaming charges.", "innovation_digital"),
            List.of("The yacht took line honours in Hobart.", "culture_tourism"),
            List.of("Power's been out on our street since Tuesday.", "energy"),
            // armies fighting a battle are a war's, not the armed forces' alone
            List.of("Swedish and Danish armies fought at Lund.", "regional_stability"),
            List.of("It was the bloodiest battle of the war.", "regional_stability"),
            // a cap on gas prices is the market's, not a sanction; the oil price cap still is
            List.of("Norway will not join the EU's gas price cap.", "energy"),
            List.of("The G7 price cap on Russian oil took effect.", "energy", "sanctions"),
            // ammunition alone is often a figure ("handed critics ammunition")
            List.of("Critics were handed fresh ammunition."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void heavyRainNeedsADisastersWordBesideItInTheTaxonomy124() {
    List<List<String>> cases =
        List.of(
            // rain that fills a reservoir or lifts a harvest is weather, not a disaster
            List.of("Growers said heavy rains in March had lifted yields.", "agriculture_food"),
            List.of("Heavy rains triggered floods that killed 12 people.", "natural_disasters"),
            // "quake" alone still names one, its plural beside a disaster's word
            List.of("A quake struck the island.", "natural_disasters"),
            List.of("Quakes damaged 300 homes.", "natural_disasters"),
            // fuel poured on a fire is a figure
            List.of("Moscow called the package fuel poured on the fire."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void paragraphTermsOfTheTaxonomy123() {
    List<List<String>> cases =
        List.of(
            // a bill passed, backed or signed is a parliament's or a government's work
            List.of("MSPs voted to pass a bill banning conversion practices.", "governance_reform"),
            List.of("All but one party backed the bill.", "governance_reform"),
            List.of("The president signed the bill into law on Monday.", "governance_reform"),
            // land two states claim; a route to settle abroad; a fast train between cities
            List.of("Talks on the disputed area resumed.", "regional_stability"),
            List.of("They moved to Britain under the visa route.", "migration"),
            List.of("A high-speed train links the city with Tashkent.", "transport_connectivity"),
            // "pass" alone is no bill
            List.of("He asked them to pass the salt."));
    assertEachHasItsTopics(cases);
  }

  @Test
  void termsOfTheTaxonomy126To130() {
    List<List<String>> cases =
        List.of(
            // a settlement, a withdrawal and markers that end or move a conflict's lines
            List.of("Both sides pledged to seek a peaceful settlement.", "regional_stability"),
            List.of("The talks aim to end the conflict by spring.", "regional_stability"),
            List.of("They demanded the withdrawal of foreign troops.", "regional_stability"),
            List.of("Soldiers moved the boundary markers overnight.", "regional_stability"),
            // nuclear missiles are nuclear weapons (and missiles arms); a hijacked airliner is an
            // act of terror
            List.of(
                "The treaty banned medium-range nuclear missiles.",
                "nuclear_nonproliferation",
                "security_defence"),
            List.of("The airliner was hijacked after take-off.", "terrorism_extremism"),
            List.of("Governments pledged to extradite hijackers.", "terrorism_extremism"),
            // power carried on lines between grids
            List.of("New transmission lines will carry the power south.", "energy"),
            // an economist's disease is no illness
            List.of("Economists warned of Dutch disease."),
            // mining alone is a sector, not a critical mineral; beside one it still is
            List.of("Mining and manufacturing output both fell."),
            List.of("Copper mining output rose.", "critical_minerals"),
            // "hijacked" alone is often a figure, and a settlement with creditors is no peace
            List.of("Critics said the debate had been hijacked."),
            List.of("The firm reached a settlement with its creditors.", "finance"),
            // 2026.12.128: a legislature's work, a satellite launched, an invasion from outside,
            // a peace that has held
            List.of("The legislature debated the measure.", "governance_reform"),
            List.of("The Soviet Union launched an artificial satellite.", "innovation_digital"),
            List.of("The country resisted an invasion from its neighbour.", "regional_stability"),
            List.of("Peace has held for a decade.", "regional_stability"),
            // drills need a military word beside them (fire drills are none); a hand of peace held
            // out is no peace that held
            List.of("Fire drills were held on Monday."),
            List.of("They took the hand of peace held out to them."),
            // 2026.12.129: speaking up "in defence of" is no defence force, a runner's arms no
            // weapons, a time "before the war" no war told of, and a price per kilowatt-hour is
            // electricity's tariff, not trade's; troops keep their topic
            List.of(
                "He was jailed for signing petitions in defence of persecuted writers.",
                "human_rights"),
            List.of("She crossed the line with her arms spread wide."),
            List.of("Sarin was developed in Germany before the war.", "nuclear_nonproliferation"),
            List.of(
                "The solar auction closed with a tariff of 2.44 rupees a kilowatt-hour.", "energy"),
            List.of("Troops fought in defence of the capital.", "security_defence"),
            // 2026.12.130: the peace of a region at war by name; a home's peace is none
            List.of("Peace in the Middle East remains a distant hope.", "regional_stability"),
            List.of("They spoke of peace in the Far East.", "regional_stability"),
            List.of("She longed for peace in the house."));
    assertEachHasItsTopics(cases);
  }

  /** Each case is a sentence, then the topics the default matcher must find in it, in order. */
  private static void assertEachHasItsTopics(List<List<String>> cases) {
    TopicMatcher m = TopicMatcher.defaultPhrases();
    for (List<String> c : cases) {
      assertEquals(c.subList(1, c.size()), m.topicsOf(c.get(0)), c.get(0));
    }
  }
}
