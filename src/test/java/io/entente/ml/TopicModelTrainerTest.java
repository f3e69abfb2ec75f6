package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.extract.topic.TopicMatcher;
import io.entente.extract.topic.TopicModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelTrainerTest extends SparkTestBase {
  private static final Set<String> KNOWN = Set.copyOf(TopicMatcher.defaultPhrases().topicIds());

  /** Thirteen items: four on farming, four on money, four on neither, one on health. */
  private static List<TopicModelTrainer.Item> items() {
    List<TopicModelTrainer.Item> out = new ArrayList<>();
    Set<String> farm = Set.of("agriculture_food");
    Set<String> money = Set.of("finance");
    out.add(new TopicModelTrainer.Item(farm, "Farmers began the wheat harvest early."));
    out.add(new TopicModelTrainer.Item(farm, "The maize harvest failed in the north."));
    out.add(new TopicModelTrainer.Item(farm, "Farmers sold wheat and maize at the market."));
    out.add(new TopicModelTrainer.Item(farm, "Cattle farmers asked for feed after the harvest."));
    out.add(new TopicModelTrainer.Item(money, "The central bank raised interest rates."));
    out.add(new TopicModelTrainer.Item(money, "Interest rates stayed high as inflation rose."));
    out.add(new TopicModelTrainer.Item(money, "The bank said inflation would slow next year."));
    out.add(new TopicModelTrainer.Item(money, "Bond yields rose after the central bank spoke."));
    out.add(new TopicModelTrainer.Item(Set.of(), "The minister spoke to reporters on Monday."));
    out.add(new TopicModelTrainer.Item(Set.of(), "He said he was glad to be back."));
    out.add(new TopicModelTrainer.Item(Set.of(), "The meeting ended late in the evening."));
    out.add(new TopicModelTrainer.Item(Set.of(), "She thanked everyone for coming."));
    out.add(new TopicModelTrainer.Item(Set.of("health"), "The clinic opened a new ward."));
    return out;
  }

  private static TopicModelTrainer.Params params() {
    return new TopicModelTrainer.Params("toy", 0.5, 0, 3, 0, 0, 0, 0, 1, 4.0, 2, 200, true, false);
  }

  @Test
  void learnsEachTopicWithEnoughItemsFromItsWords() {
    TopicModel m = TopicModelTrainer.train(spark, items(), KNOWN, params(), "toy items");
    // health has one item, under the two needed
    assertEquals(List.of("agriculture_food", "finance"), m.topics());
    assertEquals("toy items", m.training());
    assertTrue(m.terms().contains("wheat"));
    assertTrue(m.terms().contains("interest rates"));
    Map<String, Double> farm = m.probabilitiesOf("Farmers expect a good wheat harvest this year.");
    assertTrue(farm.get("agriculture_food") > 0.5, farm.toString());
    assertTrue(farm.get("finance") < 0.5, farm.toString());
    Map<String, Double> money = m.probabilitiesOf("The central bank may cut interest rates soon.");
    assertTrue(money.get("finance") > 0.5, money.toString());
    assertTrue(money.get("agriculture_food") < 0.5, money.toString());
    Map<String, Double> neither = m.probabilitiesOf("The minister thanked reporters on Monday.");
    assertTrue(neither.get("finance") < 0.5 && neither.get("agriculture_food") < 0.5,
        neither.toString());
  }

  @Test
  void withAffixesTheStemsAndPrefixesOfWordsAreTermsToo() {
    TopicModelTrainer.Params affixes =
        new TopicModelTrainer.Params("toy", 0.5, 0, 3, 0, 0, 0, 0, 2, 4.0, 2, 200, true, true);
    TopicModel m = TopicModelTrainer.train(spark, items(), KNOWN, affixes, "");
    // "Farmers" (three items) gives ~farm and ^farme, "harvest" (three) ~harvest and ^harve,
    // "rates" (two) ~rate; "cattle" is in one item, under min_df 2
    for (String term : List.of("~farm", "^farme", "~harvest", "^harve", "~rate")) {
      assertTrue(m.terms().contains(term), term);
    }
    assertTrue(!m.terms().contains("~cattl") && !m.terms().contains("^cattl"));
    // a form no item has: "farming" is no term, but its stem is the farmers' ~farm
    String text = "Farming families expect rain this year.";
    TopicModel words = TopicModelTrainer.train(
        spark, items(), KNOWN,
        new TopicModelTrainer.Params("toy", 0.5, 0, 3, 0, 0, 0, 0, 2, 4.0, 2, 200, true, false),
        "");
    assertTrue(words.terms().stream().noneMatch(t -> t.startsWith("~") || t.startsWith("^")));
    double withStems = m.probabilitiesOf(text).get("agriculture_food");
    double without = words.probabilitiesOf(text).get("agriculture_food");
    assertTrue(withStems > without, withStems + " " + without);
  }

  @Test
  void theIdfIsSmoothedAndTheVocabularySortedAndTrimmedByDocumentFrequency() {
    TopicModelTrainer.Params twice =
        new TopicModelTrainer.Params("toy", 0.5, 0, 3, 0, 0, 0, 0, 2, 4.0, 2, 200, true, false);
    TopicModel m = TopicModelTrainer.train(spark, items(), KNOWN, twice, "");
    List<String> terms = m.terms();
    // "wheat" is in two of the thirteen items, "cattle" in one: min_df 2 keeps the first only
    assertTrue(terms.contains("wheat"));
    assertTrue(!terms.contains("cattle"));
    assertEquals(terms.stream().sorted().toList(), terms);
    String line =
        m.format().lines().filter(l -> l.startsWith("wheat\t")).findFirst().orElseThrow();
    // ln((1 + 13) / (1 + 2)) + 1 = 2.540445, kept to six significant digits
    assertEquals(2.540445, Double.parseDouble(line.split("\t")[1]), 1e-5);
  }

  @Test
  void trainingIsDeterministic() {
    String a = TopicModelTrainer.train(spark, items(), KNOWN, params(), "").format();
    String b = TopicModelTrainer.train(spark, items(), KNOWN, params(), "").format();
    assertEquals(a, b);
  }

  @Test
  void aLabelOutsideTheTaxonomyIsAnError() {
    List<TopicModelTrainer.Item> bad = new ArrayList<>(items());
    bad.add(new TopicModelTrainer.Item(Set.of("farming"), "Farmers sold wheat."));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TopicModelTrainer.train(spark, bad, KNOWN, params(), ""));
    assertEquals("'farming' is no topic id of the taxonomy", e.getMessage());
  }

  @Test
  void badVetoSettingsAreRefusedBeforeTraining() {
    // a veto at the threshold, and a veto's reach shorter than the model's floor of 3 words
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0, 3, 0.5, 30, 0, 0, 1, 4.0, 2, 200, true, false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0, 3, 0.2, 2, 0, 0, 1, 4.0, 2, 200, true, false));
    // a doubt above the veto
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0, 3, 0.2, 30, 0.25, 0, 1, 4.0, 2, 200, true, false));
    // a stray at the threshold, and a stray without a veto
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0, 3, 0.2, 30, 0.1, 0.5, 1, 4.0, 2, 200, true, false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0, 3, 0, 0, 0, 0.4, 1, 4.0, 2, 200, true, false));
    // a lone threshold at the veto, and one above the threshold
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0.2, 3, 0.2, 30, 0.1, 0.4, 1, 4.0, 2, 200, true, false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TopicModelTrainer.Params(
                "v", 0.5, 0.55, 3, 0.2, 30, 0.1, 0.4, 1, 4.0, 2, 200, true, false));
    TopicModelTrainer.Params ok =
        new TopicModelTrainer.Params(
            "v", 0.5, 0.45, 3, 0.2, 3, 0.1, 0.4, 1, 4.0, 2, 200, true, false);
    TopicModel trained = TopicModelTrainer.train(spark, items(), KNOWN, ok, "");
    assertEquals(0.2, trained.veto());
    assertEquals(0.1, trained.doubt());
    assertEquals(0.4, trained.stray());
    assertEquals(0.45, trained.loneThreshold());
    assertEquals(0.5, trained.threshold());
  }

  @Test
  void theDigestCoversNamesAndContentsInOrder(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.tsv"), "x\t-\tOne.\n");
    Path b = Files.writeString(dir.resolve("b.tsv"), "y\t-\tTwo.\n");
    Files.writeString(dir.resolve("notes.txt"), "not a set");
    assertEquals(List.of(a, b), TopicModelTrainer.files(List.of(dir)));
    String ab = TopicModelTrainer.digest(List.of(a, b));
    assertEquals(64, ab.length());
    assertTrue(!ab.equals(TopicModelTrainer.digest(List.of(b, a))));
    Files.writeString(b, "y\t-\tTwo!\n");
    assertTrue(!ab.equals(TopicModelTrainer.digest(List.of(a, b))));
  }

  /**
   * The bundled model is what the trainer makes of {@code datasets/topic-training} with the
   * defaults: the data's digest is the one the model records, and training again gives the same
   * terms and, to the file's precision, the same weights.
   */
  @Test
  void theBundledModelIsTrainedOnTheRepositorysTrainingSets() throws Exception {
    TopicModel bundled = TopicModel.bundled();
    List<Path> files = TopicModelTrainer.files(List.of(Path.of("datasets/topic-training")));
    String digest = TopicModelTrainer.digest(files);
    assertTrue(
        bundled.training().startsWith("sha256 " + digest + " of " + files.size() + " sets"),
        "retrain the bundled model (docs/topics.md): " + bundled.training());
    assertTrue(KNOWN.containsAll(bundled.topics()), bundled.topics().toString());
    // and with the defaults of train-topics, the veto's too
    TopicModelTrainer.Params defaults = TopicModelTrainer.Params.defaults("any");
    assertEquals(defaults.threshold(), bundled.threshold());
    assertEquals(defaults.loneThreshold(), bundled.loneThreshold());
    assertEquals(defaults.minWords(), bundled.minWords());
    assertEquals(defaults.veto(), bundled.veto());
    assertEquals(defaults.vetoMaxWords(), bundled.vetoMaxWords());
    assertEquals(defaults.doubt(), bundled.doubt());
    assertEquals(defaults.stray(), bundled.stray());
  }

  /** The same for the bundled tone model and {@code datasets/tone-training}. */
  @Test
  void theBundledToneModelIsTrainedOnTheRepositorysToneSets() throws Exception {
    TopicModel tone = io.entente.extract.tone.ToneScorer.bundledModel();
    List<Path> files = TopicModelTrainer.files(List.of(Path.of("datasets/tone-training")));
    String digest = TopicModelTrainer.digest(files);
    assertTrue(
        tone.training().startsWith("sha256 " + digest + " of " + files.size() + " sets"),
        "retrain the bundled tone model (datasets/tone-training/README.md): " + tone.training());
    assertEquals(List.of("conflict", "cooperation", "neutral"), tone.topics());
    // train-topics --tone's defaults: a sure reading from 0.6, a veto below 0.2, 9 to 30 words,
    // no doubt (a leaning is no phrase found once)
    assertEquals(0.0, tone.doubt());
    assertEquals(0.0, tone.stray());
    assertEquals(0.6, tone.threshold());
    assertEquals(0.2, tone.veto());
    assertEquals(9, tone.minWords());
    assertEquals(30, tone.vetoMaxWords());
  }
}
