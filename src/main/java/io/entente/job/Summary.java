package io.entente.job;

import java.io.PrintWriter;
import java.util.Map;

/** The short summary printed after a run; the full record is the manifest. */
final class Summary {
  private Summary() {}

  @SuppressWarnings("unchecked")
  static void print(PrintWriter out, Manifest manifest) {
    Map<String, Object> counts = (Map<String, Object>) manifest.get("counts");
    Map<String, Object> timings = (Map<String, Object>) manifest.get("timings");
    Map<String, Object> tables = (Map<String, Object>) manifest.get("tables");
    out.printf(
        "Entente run %s: %s%n", manifest.get("run_id"), manifest.get("status"));
    out.printf(
        "  articles read %s, accepted %s, rejected %s, outside --since/--until %s%n",
        counts.get("read"), counts.get("accepted"), counts.get("rejected"),
        counts.get("out_of_window"));
    out.printf(
        "  story groups %s (near-duplicate copies folded: %s)%n",
        counts.get("articles_representative"), counts.get("copies_folded"));
    Object highlights = manifest.get("highlights");
    if (highlights instanceof Map<?, ?> h) {
      // pairs and topics come from their tables, which a run with --tables may leave out
      out.printf("  countries found %s", h.get("countries"));
      if (h.containsKey("pairs")) {
        out.printf(", country pairs %s", h.get("pairs"));
      }
      out.println();
      if (h.containsKey("top_pairs")) {
        out.printf("  top pairs:  %s%n", h.get("top_pairs"));
      }
      if (h.containsKey("top_topics")) {
        out.printf("  top topics: %s%n", h.get("top_topics"));
      }
    }
    out.printf("  time %s ms%n", timings.get("total_ms"));
    out.println("Tables:");
    for (Map.Entry<String, Object> t : tables.entrySet()) {
      Map<String, Object> info = (Map<String, Object>) t.getValue();
      out.printf("  %-26s %8s rows  %s%n", t.getKey(), info.get("rows"), info.get("path"));
    }
    out.flush();
  }
}
