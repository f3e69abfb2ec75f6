package io.entente.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  private static final String BASE =
      """
      {"version": "1", "topics": [
        {"id": "trade", "label": "Trade", "group": "economy", "phrases": ["trade"]},
        {"id": "energy", "label": "Energy", "group": "economy", "phrases": ["oil"]}
      ]}
      """;

  private static String message(String json) {
    return assertThrows(IllegalArgumentException.class, () -> Taxonomy.fromJson(json))
        .getMessage();
  }

  @Test
  void emptyPhrasesNameTheTopicAndTheField() {
    assertEquals(
        "topic 'trade': field 'phrases' must not be empty",
        message(
            """
            {"version": "1", "topics": [
              {"id": "trade", "label": "Trade", "group": "economy", "phrases": []}]}
            """));
  }

  @Test
  void missingLabelNamesTheTopicAndTheField() {
    assertEquals(
        "topic 'trade': field 'label' must not be blank",
        message(
            """
            {"version": "1", "topics": [
              {"id": "trade", "group": "economy", "phrases": ["trade"]}]}
            """));
  }

  @Test
  void nonPositiveWeightNamesThePhrase() {
    assertEquals(
        "topic 'trade': field 'weight' of phrase 'tariff' must be a positive number",
        message(
            """
            {"version": "1", "topics": [
              {"id": "trade", "label": "Trade", "group": "economy",
               "phrases": [{"text": "tariff", "weight": 0}]}]}
            """));
  }

  @Test
  void aPhraseOrNegativeListedTwiceInATopicIsRejected() {
    // case and accents fold as the matcher folds them
    assertEquals(
        "topic 'health': phrase 'Covid' is listed twice",
        message(
            """
            {"version": "1", "topics": [
              {"id": "health", "label": "Health", "group": "society",
               "phrases": ["COVID", {"text": "Covid", "inflect": false}]}]}
            """));
    assertEquals(
        "topic 'energy': negative 'fuel violence' is listed twice",
        message(
            """
            {"version": "1", "topics": [
              {"id": "energy", "label": "Energy", "group": "economy", "phrases": ["fuel"],
               "negative": ["fuel violence", "fuel violence"]}]}
            """));
    // a case-sensitive copy is another phrase: "WTO" in any case and "WTO" as written
    assertEquals(
        2,
        Taxonomy.fromJson(
                """
                {"version": "1", "topics": [
                  {"id": "trade", "label": "Trade", "group": "economy",
                   "phrases": ["WTO", {"text": "WTO", "case_sensitive": true}]}]}
                """)
            .topics()
            .get(0)
            .phrases()
            .size());
  }

  @Test
  void phraseThatNeedsACoTermNeedsCoTerms() {
    assertEquals(
        "topic 'climate_change': field 'co_terms' must not be empty when a phrase needs a co-term",
        message(
            """
            {"version": "1", "topics": [
              {"id": "climate_change", "label": "Climate", "group": "environment",
               "phrases": [{"text": "emission", "needs_co_term": true}]}]}
            """));
  }

  @Test
  void phraseMarkedUnlessTermNeedsUnlessTermsOrTopicsAndNoTopicNamesItself() {
    assertEquals(
        "topic 'agriculture_food': fields 'unless_terms' and 'unless_topics' must not both be"
            + " empty when a phrase is marked unless_term",
        message(
            """
            {"version": "1", "topics": [
              {"id": "agriculture_food", "label": "Food", "group": "economy",
               "phrases": [{"text": "flour", "unless_term": true}]}]}
            """));
    assertEquals(
        "topic 'security_defence': field 'unless_topics' must not name the topic itself",
        message(
            """
            {"version": "1", "topics": [
              {"id": "security_defence", "label": "Defence", "group": "security",
               "phrases": [{"text": "troops", "unless_term": true}],
               "unless_topics": ["security_defence"]}]}
            """));
  }

  @Test
  void phraseMarkedUnlessNearbyMustBeMarkedUnlessTermAndHaveUnlessTopics() {
    assertEquals(
        "topic 'security_defence': phrase 'troops' is marked unless_nearby but not unless_term",
        message(
            """
            {"version": "1", "topics": [
              {"id": "security_defence", "label": "Defence", "group": "security",
               "unless_topics": ["regional_stability"],
               "phrases": [{"text": "troops", "unless_nearby": true}]}]}
            """));
    assertEquals(
        "topic 'security_defence': field 'unless_topics' must not be empty when a phrase is"
            + " marked unless_nearby",
        message(
            """
            {"version": "1", "topics": [
              {"id": "security_defence", "label": "Defence", "group": "security",
               "unless_terms": ["clash"],
               "phrases": [{"text": "troops", "unless_term": true, "unless_nearby": true}]}]}
            """));
  }

  @Test
  void everyUnlessTopicOfTheDefaultTaxonomyIsOneOfItsTopics() {
    Taxonomy t = Taxonomy.loadDefault();
    Set<String> ids = t.topics().stream().map(Taxonomy.Topic::id).collect(Collectors.toSet());
    List<String> named =
        t.topics().stream().flatMap(topic -> topic.unlessTopics().stream()).toList();
    // in the taxonomy's order: sustainable development's least developed countries (since
    // 2026.12.99) give way to trade, trade's supply chain (since 2026.12.91) to a critical
    // mineral, transport's connectivity (fifty-first round) to digital, security_defence's
    // marked phrases to a conflict, a match or a junta, terrorism_extremism's insurgency and
    // insurgent (since 2026.12.84) to a conflict, migration's to a disaster, culture's stadium
    // (since 2026.12.101) to aid, agriculture's bare foods (since 2026.12.101) to aid, critical
    // minerals' uranium to the nuclear file, finance's to aid, investment, governance, defence,
    // health, (since 2026.12.69) climate change, (since 2026.12.73) water resources, (since
    // 2026.12.100) education or (fifty-fifth round, t15d) a disaster or extremism, and natural
    // disasters' tremor and seismic (since 2026.12.101) to the nuclear file
    assertEquals(
        List.of("trade",
            "critical_minerals",
            "innovation_digital",
            "regional_stability", "culture_tourism", "governance_reform",
            "regional_stability",
            "natural_disasters",
            // culture's stadium and (fifty-fifth round, t15g) concert hall give way to aid or
            // to a terrorist attack
            "humanitarian_aid", "terrorism_extremism",
            "humanitarian_aid",
            // aid's convoy (fifty-fourth round) gives way to a conflict, defence or terrorism
            "regional_stability", "security_defence", "terrorism_extremism",
            "nuclear_nonproliferation", "humanitarian_aid", "investment", "governance_reform",
            "security_defence", "health", "climate_change", "water_resources", "education",
            "natural_disasters", "terrorism_extremism",
            "nuclear_nonproliferation"),
        named);
    assertTrue(ids.containsAll(named));
  }

  @Test
  void duplicatedTopicIdIsRejected() {
    assertEquals(
        "topic 'trade': field 'id' is duplicated",
        message(
            """
            {"version": "1", "topics": [
              {"id": "trade", "label": "Trade", "group": "economy", "phrases": ["trade"]},
              {"id": "trade", "label": "Trade 2", "group": "economy", "phrases": ["tariff"]}]}
            """));
  }

  @Test
  void unknownKeyIsRejectedWithItsName() {
    String m =
        message(
            """
            {"version": "1", "topics": [
              {"id": "trade", "label": "Trade", "group": "economy", "phrases": ["trade"],
               "weights": 2}]}
            """);
    assertTrue(m.contains("\"weights\""), m);
  }

  @Test
  void missingVersionIsRejected() {
    assertEquals(
        "taxonomy: field 'version' must not be blank",
        message("{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"group\": \"g\", "
            + "\"phrases\": [\"x\"]}]}"));
  }

  @Test
  void phraseMayBeAPlainStringOrAnObjectWithDefaults() {
    Taxonomy t =
        Taxonomy.fromJson(
            """
            {"version": "1", "topics": [
              {"id": "trade", "label": "Trade", "group": "economy",
               "phrases": ["trade", {"text": "WTO", "inflect": false, "case_sensitive": true}]}]}
            """);
    Taxonomy.Topic trade = t.topics().get(0);
    assertEquals(new Taxonomy.Phrase("trade", 1.0, true, false, false), trade.phrases().get(0));
    assertEquals(new Taxonomy.Phrase("WTO", 1.0, false, false, true), trade.phrases().get(1));
    assertEquals(1.0, trade.minScore());
  }

  @Test
  void extendModeReplacesSameIdAddsNewAndRemovesListed() {
    Taxonomy user =
        Taxonomy.fromJson(
            """
            {"version": "u1", "mode": "extend", "remove": ["energy"], "topics": [
              {"id": "trade", "label": "Commerce", "group": "economy", "phrases": ["commerce"]},
              {"id": "arctic", "label": "Arctic", "group": "regions", "phrases": ["Arctic"]}]}
            """);
    Taxonomy merged = Taxonomy.fromJson(BASE).merged(user);
    assertEquals("1+u1", merged.version());
    assertEquals(
        List.of("trade", "arctic"), merged.topics().stream().map(Taxonomy.Topic::id).toList());
    assertEquals("Commerce", merged.topics().get(0).label());
  }

  @Test
  void replaceModeUsesTheUserTaxonomyAlone() {
    Taxonomy user =
        Taxonomy.fromJson(
            """
            {"version": "u2", "mode": "replace", "topics": [
              {"id": "arctic", "label": "Arctic", "group": "regions", "phrases": ["Arctic"]}]}
            """);
    assertEquals(user, Taxonomy.fromJson(BASE).merged(user));
  }

  @Test
  void removingAnUnknownTopicIsRejected() {
    Taxonomy user =
        Taxonomy.fromJson(
            "{\"version\": \"u\", \"mode\": \"extend\", \"remove\": [\"space\"], \"topics\": []}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Taxonomy.fromJson(BASE).merged(user));
    assertEquals("topic 'space': field 'remove' names a topic that does not exist", e.getMessage());
  }

  @Test
  void defaultTaxonomyHasTheAgreedTopicsAndAVersion() {
    Taxonomy t = Taxonomy.loadDefault();
    assertEquals("2026.12.132", t.version());
    List<String> ids = t.topics().stream().map(Taxonomy.Topic::id).sorted().toList();
    assertEquals(
        List.of(
            "agriculture_food", "climate_change", "critical_minerals", "culture_tourism",
            "education", "energy", "finance", "governance_reform", "health", "human_rights",
            "humanitarian_aid", "innovation_digital", "investment", "migration", "natural_disasters",
            "nuclear_nonproliferation", "parliamentary_cooperation", "regional_stability",
            "sanctions", "security_defence", "sustainable_development", "terrorism_extremism",
            "trade", "transport_connectivity", "water_resources"),
        ids);
  }
}
