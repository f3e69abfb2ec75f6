package io.entente.job;

import com.fasterxml.jackson.core.type.TypeReference;
import io.entente.config.ConfigLoader;
import io.entente.io.ArticleReader.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;

/**
 * The run's record, written as {@code _manifest.json} at the output root with the tables: inputs,
 * options, configuration and its hash, versions, counts, per-stage timings, output row counts.
 * Key order is fixed so two manifests diff cleanly.
 */
public final class Manifest {
  final String runId;
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Object> timings = new LinkedHashMap<>();
  private final Map<String, Object> tables = new LinkedHashMap<>();
  private final long startedMillis = System.currentTimeMillis();

  private Manifest(String runId) {
    this.runId = runId;
  }

  static Manifest start(SparkSession spark, EntentePipeline.Options options) {
    String started =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    Manifest m = new Manifest(started + "-" + UUID.randomUUID().toString().substring(0, 8));
    m.root.put("run_id", m.runId);
    m.root.put("status", "running");
    m.root.put("started_at", Instant.now().toString());
    m.root.put("entente_version", version());
    m.root.put("spark_version", spark.version());
    m.root.put("java_version", System.getProperty("java.version"));
    m.root.put("master", spark.sparkContext().master());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("inputs", options.inputs());
    opts.put("output", options.output());
    opts.put("granularity", options.granularity().name().toLowerCase(java.util.Locale.ROOT));
    opts.put("since", options.since() == null ? null : options.since().toString());
    opts.put("until", options.until() == null ? null : options.until().toString());
    opts.put("incremental", options.incremental());
    opts.put("format", options.format() == null ? "auto" : options.format().name());
    // empty: every table
    opts.put("tables", options.tables());
    m.root.put("options", opts);
    String configJson = ConfigLoader.toJson(options.config());
    try {
      m.root.put(
          "config",
          ConfigLoader.mapper().readValue(configJson, new TypeReference<Map<String, Object>>() {}));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read back the configuration", e);
    }
    m.root.put("config_hash", sha256(configJson));
    return m;
  }

  void inputs(List<InputFile> files) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (InputFile f : files) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("path", f.path());
      e.put("format", f.format().name().toLowerCase(java.util.Locale.ROOT));
      e.put("bytes", f.bytes());
      out.add(e);
    }
    root.put("input_files", out);
  }

  /**
   * The versions of the extractors' data: the taxonomy, the topic model beside its phrases and
   * its veto, doubt and stray (null when off; 0 when the model keeps every phrase topic) and the
   * tone lexicon and the tone model whose veto reads its sentences (null when off), so that a
   * table can be traced to what tagged it.
   */
  void extractors(
      String taxonomy,
      String topicModel,
      Double topicModelVeto,
      Double topicModelDoubt,
      Double topicModelStray,
      String toneLexicon,
      String toneModel) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("taxonomy", taxonomy);
    e.put("topic_model", topicModel);
    e.put("topic_model_veto", topicModelVeto);
    e.put("topic_model_doubt", topicModelDoubt);
    e.put("topic_model_stray", topicModelStray);
    e.put("tone_lexicon", toneLexicon);
    e.put("tone_model", toneModel);
    root.put("extractors", e);
  }

  /**
   * For an incremental run over stored articles: the extractors that tagged them ({@code
   * stored}, read from the previous manifest; null when it has no such entry) and whether they
   * differ from this run's. The stored articles keep their tags, so the tables mix both until a
   * full run.
   *
   * @return true when they differ, or are unknown
   */
  boolean storedExtractors(Object stored) {
    boolean changed = stored == null || !stored.equals(root.get("extractors"));
    root.put("stored_extractors", stored);
    root.put("extractors_changed", changed);
    return changed;
  }

  /** This run's {@code extractors} entry, or null before {@link #extractors} is called. */
  Object extractors() {
    return root.get("extractors");
  }

  /** The {@code extractors} entry of a manifest's JSON, or null when it has none. */
  static Object extractorsOf(String manifestJson) {
    return entryOf(manifestJson, "extractors");
  }

  /** The {@code stored_extractors} entry of a manifest's JSON, or null when it has none. */
  static Object storedExtractorsOf(String manifestJson) {
    return entryOf(manifestJson, "stored_extractors");
  }

  private static Object entryOf(String manifestJson, String key) {
    try {
      return ConfigLoader.mapper()
          .readValue(manifestJson, new TypeReference<Map<String, Object>>() {})
          .get(key);
    } catch (IOException e) {
      // an unreadable manifest tells nothing of what tagged the stored articles
      return null;
    }
  }

  void counts(Map<String, Long> counts) {
    root.put("counts", new LinkedHashMap<>(counts));
  }

  void highlights(Map<String, Object> values) {
    root.put("highlights", new LinkedHashMap<>(values));
  }

  void peakHeap(long mb) {
    root.put("peak_heap_mb", mb);
  }

  void timing(String stage, long millis) {
    timings.put(stage + "_ms", millis);
  }

  void tableRows(String table, long rows) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("rows", rows);
    tables.put(table, t);
  }

  @SuppressWarnings("unchecked")
  void tablePaths(Map<String, String> paths) {
    for (Map.Entry<String, String> e : paths.entrySet()) {
      Object t = tables.get(e.getKey());
      if (t instanceof Map<?, ?> map) {
        ((Map<String, Object>) map).put("path", e.getValue());
      }
    }
  }

  void finish(String status, double rejectRate) {
    root.put("status", status);
    root.put("reject_rate", rejectRate);
    root.put("finished_at", Instant.now().toString());
    timings.put("total_ms", System.currentTimeMillis() - startedMillis);
  }

  /** The manifest as pretty JSON. */
  public String toJson() {
    Map<String, Object> out = new LinkedHashMap<>(root);
    out.put("timings", timings);
    out.put("tables", tables);
    try {
      return ConfigLoader.mapper().writeValueAsString(out) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /** The value at a top-level key, for the summary printed after a run. */
  public Object get(String key) {
    return switch (key) {
      case "timings" -> timings;
      case "tables" -> tables;
      default -> root.get(key);
    };
  }

  static String version() {
    String v = Manifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
