package io.entente.extract.country;

import io.entente.extract.Mention;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the matcher found what it found in one text: each mention with the rule that fired, and each
 * candidate that was blocked with the reason.
 *
 * @param mentions the mentions {@link CountryMatcher#find(String)} returns, sorted by start
 * @param blocked the candidates that were dropped, sorted by start, plus one entry per ambiguous
 *     form saying which reading the cues chose (reason starting with "ambiguous", rendered as
 *     "decided")
 */
public record Explanation(List<Mention> mentions, List<Blocked> blocked) implements Serializable {

  /**
   * A candidate that did not become a mention.
   *
   * @param matched the text of the candidate
   * @param start offset of its first char
   * @param end offset one past its last char
   * @param codes the codes it would have named (empty for a blocking phrase)
   * @param reason why it was dropped, e.g. "given name before (Michael)"
   */
  public record Blocked(String matched, int start, int end, List<String> codes, String reason)
      implements Serializable {}

  /** One human-readable line per mention and per blocked candidate, in text order. */
  public List<String> render() {
    List<String> lines = new ArrayList<>();
    int b = 0;
    for (Mention m : mentions) {
      while (b < blocked.size() && blocked.get(b).start() < m.start()) {
        lines.add(line(blocked.get(b++)));
      }
      lines.add(
          String.format(
              "found    %-12s %-8s \"%s\" @%d-%d rule=%s role=%s",
              m.code(), m.type(), m.matched(), m.start(), m.end(), m.rule(), m.role()));
    }
    while (b < blocked.size()) {
      lines.add(line(blocked.get(b++)));
    }
    return lines;
  }

  private static String line(Blocked x) {
    String codes = x.codes().isEmpty() ? "-" : String.join("+", x.codes());
    String label = x.reason().startsWith("ambiguous") ? "decided " : "blocked ";
    return String.format(
        "%s %-12s %-8s \"%s\" @%d-%d reason=%s",
        label, codes, "", x.matched(), x.start(), x.end(), x.reason());
  }
}
