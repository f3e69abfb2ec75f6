package io.entente.extract.country;

import io.entente.extract.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-country prominence in one article, from the mentions {@link CountryMatcher#find} returned.
 *
 * <p>{@code salience = 0.40 * mentions / maxMentions + 0.35 * isInTitle + 0.25 * isInLead}, where
 * {@code maxMentions} is the largest body mention count of any country in the same article. The
 * most mentioned country, named in the title and in the lead, scores 1.0; a country named once in
 * a long article and nowhere else scores close to 0. Bloc mentions are ignored.
 */
public final class Salience {
  /** Weight of the mention share. */
  public static final double W_MENTIONS = 0.40;
  /** Weight of being named in the title. */
  public static final double W_TITLE = 0.35;
  /** Weight of being named in the lead. */
  public static final double W_LEAD = 0.25;
  /** The lead is at least this many chars long. */
  public static final int LEAD_MIN_CHARS = 400;

  private Salience() {}

  /**
   * Where the lead ends: the end of the second sentence, or {@link #LEAD_MIN_CHARS}, whichever is
   * further, never past the text.
   *
   * @param sentenceStarts offsets where sentences start, ascending (the first is normally 0)
   * @param textLength length of the body text
   */
  public static int leadEnd(List<Integer> sentenceStarts, int textLength) {
    int twoSentences = sentenceStarts.size() > 2 ? sentenceStarts.get(2) : textLength;
    return Math.min(textLength, Math.max(twoSentences, LEAD_MIN_CHARS));
  }

  /**
   * One record per country named in the body or the title, sorted by code.
   *
   * @param bodyMentions mentions found in the body (dateline mention included, offsets -1)
   * @param titleMentions mentions found in the title
   * @param leadEnd body offset where the lead ends, see {@link #leadEnd}
   */
  public static List<CountrySalience> compute(
      List<Mention> bodyMentions, List<Mention> titleMentions, int leadEnd) {
    Map<String, int[]> acc = new TreeMap<>(); // code -> {mentions, inTitle, inLead}
    for (Mention m : bodyMentions) {
      if (!m.isCountry()) {
        continue;
      }
      int[] a = acc.computeIfAbsent(m.code(), k -> new int[3]);
      a[0]++;
      if (Mention.ROLE_DATELINE.equals(m.role()) || m.start() < leadEnd) {
        a[2] = 1;
      }
    }
    for (Mention m : titleMentions) {
      if (m.isCountry()) {
        acc.computeIfAbsent(m.code(), k -> new int[3])[1] = 1;
      }
    }
    int max = 0;
    for (int[] a : acc.values()) {
      max = Math.max(max, a[0]);
    }
    List<CountrySalience> out = new ArrayList<>(acc.size());
    for (Map.Entry<String, int[]> e : acc.entrySet()) {
      int[] a = e.getValue();
      double share = max == 0 ? 0.0 : a[0] / (double) max;
      double s = W_MENTIONS * share + W_TITLE * a[1] + W_LEAD * a[2];
      out.add(new CountrySalience(e.getKey(), a[0], a[1] == 1, a[2] == 1, s));
    }
    return out;
  }
}
