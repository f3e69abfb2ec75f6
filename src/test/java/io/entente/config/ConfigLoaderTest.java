package io.entente.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void emptyObjectGivesTheDefaults() {
    assertEquals(EntenteConfig.defaults(), ConfigLoader.fromJson("{}", "t"));
  }

  @Test
  void aFileNamesOnlyWhatItChanges() {
    EntenteConfig c =
        ConfigLoader.fromJson(
            "{\"analytics\": {\"rolling_window\": 6}, \"quality\": {\"max_reject_rate\": 0.2}}",
            "t");
    assertEquals(6, c.analytics().rollingWindow());
    assertEquals(12, c.analytics().zWindow());
    assertEquals(0.2, c.quality().maxRejectRate());
    assertEquals(EntenteConfig.defaults().dedup(), c.dedup());
  }

  @Test
  void unknownKeyFailsWithItsFullPath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigLoader.fromJson("{\"analytics\": {\"rolling_windw\": 6}}", "t"));
    assertEquals("unknown configuration key 'analytics.rolling_windw'", e.getMessage());
  }

  @Test
  void invalidValueFailsWithTheFieldName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigLoader.fromJson("{\"quality\": {\"max_reject_rate\": 1.5}}", "--config x"));
    assertTrue(e.getMessage().startsWith("--config x: "), e.getMessage());
    assertTrue(e.getMessage().contains("quality.max_reject_rate must lie in [0, 1]"), e.getMessage());
  }

  @Test
  void relativeTaxonomyPathIsResolvedAgainstTheConfigFile() throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(file, "{\"topics\": {\"taxonomy\": \"my-topics.json\"}}");
    EntenteConfig c = ConfigLoader.load(file);
    assertEquals(dir.resolve("my-topics.json").toAbsolutePath().toString(), c.topics().taxonomy());
    assertNull(c.topics().toneLexicon());
  }

  @Test
  void theTopicModelIsTheBundledOneNoneOrAPathResolvedAgainstTheConfigFile() throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(file, "{\"topics\": {\"topic_model\": \"models/m.tsv\"}}");
    assertEquals(
        dir.resolve("models/m.tsv").toAbsolutePath().toString(),
        ConfigLoader.load(file).topics().topicModel());
    Files.writeString(file, "{\"topics\": {\"topic_model\": \"none\"}}");
    EntenteConfig off = ConfigLoader.load(file);
    assertEquals("none", off.topics().topicModel());
    assertTrue(off.topics().compileMatcher().model().isEmpty());
    assertEquals(
        TopicModel.bundled(),
        EntenteConfig.defaults().topics().compileMatcher().model().orElseThrow());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigLoader.fromJson("{\"topics\": {\"topic_model\": \" \"}}", "t"));
    assertTrue(e.getMessage().contains("'topic_model' must not be blank"), e.getMessage());
  }

  @Test
  void theModelsVetoCanBeSwitchedOffButNeedsAModel() throws Exception {
    TopicModel on = EntenteConfig.defaults().topics().compileMatcher().model().orElseThrow();
    assertEquals(TopicModel.bundled().veto(), on.veto());
    assertTrue(on.veto() > 0);
    TopicModel off =
        ConfigLoader.fromJson("{\"topics\": {\"model_veto\": false}}", "t")
            .topics()
            .compileMatcher()
            .model()
            .orElseThrow();
    assertEquals(0.0, off.veto());
    assertEquals(TopicModel.bundled().version(), off.version());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ConfigLoader.fromJson(
                    "{\"topics\": {\"topic_model\": \"none\", \"model_veto\": true}}", "t"));
    assertTrue(e.getMessage().contains("'model_veto' needs a topic model"), e.getMessage());
  }

  @Test
  void theToneModelIsTheBundledOneNoneOrAPathResolvedAgainstTheConfigFile() throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(file, "{\"topics\": {\"tone_model\": \"models/tone.tsv\"}}");
    assertEquals(
        dir.resolve("models/tone.tsv").toAbsolutePath().toString(),
        ConfigLoader.load(file).topics().toneModel());
    Files.writeString(file, "{\"topics\": {\"tone_model\": \"none\"}}");
    EntenteConfig off = ConfigLoader.load(file);
    assertTrue(off.topics().compileToneScorer().model().isEmpty());
    assertEquals(
        ToneScorer.bundledModel(),
        EntenteConfig.defaults().topics().compileToneScorer().model().orElseThrow());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigLoader.fromJson("{\"topics\": {\"tone_model\": \"\"}}", "t"));
    assertTrue(e.getMessage().contains("'tone_model' must not be blank"), e.getMessage());
  }

  @Test
  void missingFileNamesTheFlag() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ConfigLoader.load(dir.resolve("none.json")));
    assertTrue(e.getMessage().startsWith("--config: cannot read "), e.getMessage());
  }

  @Test
  void canonicalJsonIsStableAndSnakeCase() {
    String json = ConfigLoader.toJson(EntenteConfig.defaults());
    assertEquals(json, ConfigLoader.toJson(ConfigLoader.fromJson(json, "t")));
    assertTrue(json.contains("\"max_reject_rate\" : 0.05"), json);
    assertTrue(json.contains("\"rolling_window\" : 3"), json);
  }

  @Test
  void documentedDefaultsAreTheCodesDefaults() throws Exception {
    Path doc =
        Path.of(System.getProperty("entente.project.dir", "."), "docs", "configuration.md");
    String text = Files.readString(doc);
    String marker = "## Defaults";
    int from = text.indexOf("```json", text.indexOf(marker)) + "```json".length();
    String block = text.substring(from, text.indexOf("```", from)).strip();
    assertEquals(ConfigLoader.toJson(EntenteConfig.defaults()).strip(), block);
  }
}
