package io.entente.extract.topic;

import io.entente.extract.TextFold;
import io.entente.extract.country.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells when a topic's phrase is the name of a thing, not the topic: "the band Sanctions", "the
 * colt Hurricane", "Refugee Road", "Mr Banks". A phrase the taxonomy writes in lower case counts as
 * a name only when the text writes every word of it with a capital, not in a title-case headline
 * (where every word has one), and a cue stands next to it: a street word after it, or after one
 * more capitalised word ("Refugee Road", "Oil Mill Lane"), an apposition that names it as a named
 * thing ("Hurricane, the Irish-trained colt"), or, where its capital is not the first of its
 * sentence or clause, a noun for a named thing right before or after it (or before a naming verb
 * right before it: "a grey colt called Pipeline"), a capitalised word that opens a name
 * ("Operation Harvest", a police raid's name) or a person's title or given name before it.
 * Capitals alone are no cue: "the Ministry of Energy" and "the Convention on Climate Change" keep
 * their topics.
 *
 * <p>The cue words are in {@code taxonomy/names.tsv}; titles and given names are {@code
 * gazetteer/context.tsv}'s. Immutable and thread-safe.
 */
final class PhraseNames implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String RESOURCE = "/taxonomy/names.tsv";

  /** Words that may stay in lower case inside a name written with capitals. */
  private static final Set<String> SMALL =
      Set.of("a", "an", "and", "the", "of", "on", "for", "in", "to", "at", "de");

  /** Words before a name that make it no person's: "the Tina Hydropower project". */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "our", "its", "their", "this", "that", "his", "her", "my", "your");

  /**
   * Words that may follow an apposition's noun: a noun that heads a longer phrase ("Tourism, the
   * hotel industry") names no thing.
   */
  private static final Set<String> AFTER_NOUN =
      Set.of(
          "by", "at", "in", "of", "from", "with", "that", "which", "who", "whose", "trained",
          "owned", "ridden", "named", "called", "is", "was", "has", "had", "will", "won", "for",
          "on", "whom", "set", "written", "directed", "released", "made", "based", "run");

  /** How many words after its article an apposition's noun may come, at most. */
  private static final int APPOSITION_WORDS = 4;

  /** No cues: no phrase is ever read as a name. */
  static final PhraseNames NONE = new PhraseNames(Map.of(), Set.of());

  private final Set<String> before;
  private final Set<String> after;
  private final Set<String> streets;
  private final Set<String> appositions;
  private final Set<String> namings;
  private final Set<String> prefixes;
  private final Set<String> people;

  // HashSets, not Set.copyOf: Spark's Kryo serializer, which ships the matcher to a cluster's
  // executors in a broadcast, rebuilds a collection by adding to it, which the immutable sets of
  // Set.of and Set.copyOf refuse (the sets are never changed after this constructor)
  PhraseNames(Map<String, Set<String>> cues, Set<String> people) {
    this.before = new HashSet<>(cues.getOrDefault("before", Set.of()));
    this.after = new HashSet<>(cues.getOrDefault("after", Set.of()));
    this.streets = new HashSet<>(cues.getOrDefault("street", Set.of()));
    this.appositions = new HashSet<>(cues.getOrDefault("apposition", Set.of()));
    this.namings = new HashSet<>(cues.getOrDefault("naming", Set.of()));
    this.prefixes = new HashSet<>(cues.getOrDefault("prefix", Set.of()));
    this.people = new HashSet<>(people);
  }

  /** The bundled cues: {@code taxonomy/names.tsv} and context.tsv's titles and given names. */
  static PhraseNames load() {
    Map<String, Set<String>> cues = new HashMap<>();
    try (InputStream in = PhraseNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("taxonomy resource missing: " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] kv = line.split("\t", 2);
        if (kv.length != 2) {
          throw new IllegalStateException(RESOURCE + ": no tab in line '" + line + "'");
        }
        Set<String> words = cues.computeIfAbsent(kv[0], k -> new HashSet<>());
        for (String w : kv[1].split(" ")) {
          if (!w.isBlank()) {
            words.add(TextFold.fold(w));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> context = Gazetteer.loadContext();
    Set<String> people = new HashSet<>(context.getOrDefault("title", Set.of()));
    people.addAll(context.getOrDefault("given", Set.of()));
    return new PhraseNames(cues, people);
  }

  /**
   * True when {@code text[start, end)}, a match of a phrase written in lower case, is used as a
   * name in its sentence {@code text[sentenceStart, sentenceEnd)}.
   */
  boolean isName(String text, int start, int end, int sentenceStart, int sentenceEnd) {
    if (!Character.isUpperCase(text.charAt(start)) || !capitalised(text, start, end)) {
      return false;
    }
    if (apposition(text, end, sentenceEnd)) {
      return true;
    }
    // the cues are read first and the sentence's case only when one is found: a capital opens
    // most matches (every sentence's first word), and reading the sentence is the dear part
    int[] next = wordAfter(text, end, sentenceEnd);
    int[] street = next;
    if (next != null && !streets.contains(fold(text, next)) && capitalisedWord(text, next)) {
      // one more word of the name may stand before the street word: "Oil Mill Lane"
      street = wordAfter(text, next[1], sentenceEnd);
    }
    if (street != null && Character.isUpperCase(text.charAt(street[0]))
        && streets.contains(fold(text, street))) {
      int[] then = wordAfter(text, street[1], sentenceEnd);
      return (then == null || !Character.isUpperCase(text.charAt(then[0])))
          && !titleCase(text, sentenceStart, sentenceEnd);
    }
    if (atClauseStart(text, start, sentenceStart)) {
      return false;
    }
    return (cueBefore(text, start, end, sentenceStart, sentenceEnd)
            || next != null && isLower(text, next) && after.contains(fold(text, next)))
        && !titleCase(text, sentenceStart, sentenceEnd);
  }

  /**
   * True when a lower-case noun for a named thing (maybe with "The" after it), or a person's
   * title or given name, stands right before {@code text[start, end)}.
   */
  private boolean cueBefore(String text, int start, int end, int sentenceStart, int sentenceEnd) {
    int[] prev = wordBefore(text, start, sentenceStart);
    if (prev == null) {
      return false;
    }
    String word = text.substring(prev[0], prev[1]);
    if (SMALL.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("a") && !word.equals("an")) {
      // "the band The Refugees", "the novel 'Drought'" after "the": look one word further
      int[] further = wordBefore(text, prev[0], sentenceStart);
      return word.equals("The") && further != null && isLower(text, further)
          && (before.contains(fold(text, further))
              || calledAfterNoun(text, further, sentenceStart));
    }
    if (isLower(text, prev)) {
      return before.contains(fold(text, prev)) || calledAfterNoun(text, prev, sentenceStart);
    }
    // a word that opens a name: a police or army operation's ("Operation Harvest")
    if (Character.isUpperCase(word.charAt(0)) && prefixes.contains(fold(text, prev))) {
      return true;
    }
    // a title or a given name, at the sentence's start too ("Mr Banks retired", "Grace Harvest
    // will sign"), but not in a longer name ("the King Salman Humanitarian Aid and Relief
    // Centre") nor after an article ("the Tina Hydropower project")
    return Character.isUpperCase(word.charAt(0)) && people.contains(fold(text, prev))
        && !capitalisedAfter(text, end, sentenceEnd)
        && !afterDeterminer(text, prev[0], sentenceStart);
  }

  /**
   * True when the lower-case word {@code w} is a naming verb ("called", "named") and a lower-case
   * noun for a named thing stands right before it: "a grey colt called Pipeline", "a film called
   * The Pipeline".
   */
  private boolean calledAfterNoun(String text, int[] w, int sentenceStart) {
    if (!isLower(text, w) || !namings.contains(fold(text, w))) {
      return false;
    }
    int[] noun = wordBefore(text, w[0], sentenceStart);
    return noun != null && isLower(text, noun) && before.contains(fold(text, noun));
  }

  /** True when the word {@code text[w[0], w[1])} starts with a capital and is not in capitals. */
  private static boolean capitalisedWord(String text, int[] w) {
    return Character.isUpperCase(text.charAt(w[0]))
        && w[1] - w[0] > 1 && Character.isLowerCase(text.charAt(w[0] + 1));
  }

  /** True when the next word after {@code end}, small words skipped, starts with a capital. */
  private static boolean capitalisedAfter(String text, int end, int sentenceEnd) {
    int[] next = wordAfter(text, end, sentenceEnd);
    while (next != null && SMALL.contains(text.substring(next[0], next[1]))) {
      next = wordAfter(text, next[1], sentenceEnd);
    }
    return next != null && Character.isUpperCase(text.charAt(next[0]));
  }

  /** True when an article or a possessive stands right before {@code at}: no person's name. */
  private static boolean afterDeterminer(String text, int at, int sentenceStart) {
    int[] prev = wordBefore(text, at, sentenceStart);
    return prev != null
        && DETERMINERS.contains(text.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT));
  }

  /** Every word of {@code text[start, end)} starts with a capital, but for small words. */
  private static boolean capitalised(String text, int start, int end) {
    int i = start;
    while (i < end) {
      if (!TextFold.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      boolean allUpper = true;
      while (i < end && TextFold.isWordChar(text.charAt(i))) {
        allUpper &= !Character.isLowerCase(text.charAt(i));
        i++;
      }
      if (allUpper && i - s > 1) {
        return false; // an acronym, or a text in capitals: no sign of a name
      }
      if (!Character.isUpperCase(text.charAt(s))
          && !SMALL.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when nothing but spaces, quote marks and brackets stands between the sentence's start,
   * or a colon, and {@code at}: a capital there is the clause's, not a name's.
   */
  private static boolean atClauseStart(String text, int at, int sentenceStart) {
    int i = at - 1;
    while (i >= sentenceStart) {
      char c = text.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c) && !isQuote(c) && c != '(' && c != '[' && c != '-'
          && c != '\u2013' && c != '\u2014') {
        return false;
      }
      i--;
    }
    return true;
  }

  /**
   * True when the sentence is a title-case headline, where capitals say nothing: it has no word
   * of five letters or more in lower case ({@link TextFold#hasLowerCaseWord(String, int, int,
   * int)}, the tone scorer's test too). A sentence full of names has its verbs in lower case:
   * "It was welcomed by Secretary of State Condoleezza Rice."
   */
  private static boolean titleCase(String text, int start, int end) {
    return !TextFold.hasLowerCaseWord(text, start, end, 5);
  }

  /**
   * The apposition right after a name: a quote mark maybe, a comma, "a", "an" or "the", and one
   * of {@code appositions} in lower case among the next few words ("Lithium, the new album").
   */
  private boolean apposition(String text, int end, int sentenceEnd) {
    int i = end;
    if (i < sentenceEnd && isQuote(text.charAt(i))) {
      i++;
    }
    if (i + 1 >= sentenceEnd || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
      return false;
    }
    int[] article = wordAfter(text, i + 1, sentenceEnd);
    if (article == null) {
      return false;
    }
    String a = text.substring(article[0], article[1]).toLowerCase(Locale.ROOT);
    if (!a.equals("a") && !a.equals("an") && !a.equals("the")) {
      return false;
    }
    int[] w = article;
    for (int k = 0; k < APPOSITION_WORDS; k++) {
      w = wordAfter(text, w[1], sentenceEnd);
      if (w == null) {
        return false;
      }
      int to = w[1];
      // a possessive names its noun's owner: "the festival's closing film"
      if (to - w[0] > 2 && (text.charAt(to - 2) == '\'' || text.charAt(to - 2) == '\u2019')
          && text.charAt(to - 1) == 's') {
        to -= 2;
      }
      if (isLower(text, w) && appositions.contains(TextFold.fold(text.substring(w[0], to)))) {
        int[] then = wordAfter(text, w[1], sentenceEnd);
        return then == null
            || AFTER_NOUN.contains(text.substring(then[0], then[1]).toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /**
   * The word right before {@code at} as {start, end}, one space (and maybe a quote mark) apart,
   * or null. A word runs over word chars, inner hyphens and apostrophes and a final dot ("Mr.").
   */
  private static int[] wordBefore(String text, int at, int sentenceStart) {
    int i = at;
    if (i > sentenceStart && isQuote(text.charAt(i - 1))) {
      i--;
    }
    if (i - 1 <= sentenceStart || text.charAt(i - 1) != ' ') {
      return null;
    }
    int end = i - 1;
    if (end > sentenceStart && text.charAt(end - 1) == '.') {
      end--;
    }
    int s = end;
    while (s > sentenceStart && (TextFold.isWordChar(text.charAt(s - 1))
        || (s - 1 > sentenceStart && isInner(text.charAt(s - 1))
            && TextFold.isWordChar(text.charAt(s - 2))))) {
      s--;
    }
    return s < end && TextFold.isWordChar(text.charAt(s)) ? new int[] {s, end} : null;
  }

  /** The word right after {@code at} as {start, end}, one space (and maybe a quote) apart. */
  private static int[] wordAfter(String text, int at, int sentenceEnd) {
    int i = at;
    if (i < sentenceEnd && isQuote(text.charAt(i))) {
      i++;
    }
    if (i + 1 >= sentenceEnd || text.charAt(i) != ' ') {
      return null;
    }
    i++;
    if (i < sentenceEnd && isQuote(text.charAt(i))) {
      i++;
    }
    int s = i;
    while (i < sentenceEnd && (TextFold.isWordChar(text.charAt(i))
        || (isInner(text.charAt(i)) && i + 1 < sentenceEnd
            && TextFold.isWordChar(text.charAt(i + 1)) && i > s))) {
      i++;
    }
    return i > s ? new int[] {s, i} : null;
  }

  private static boolean isInner(char c) {
    return c == '-' || c == '\'' || c == '\u2019';
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C'
        || c == '\u201D';
  }

  private static boolean isLower(String text, int[] word) {
    for (int i = word[0]; i < word[1]; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text, int[] word) {
    return TextFold.fold(text.substring(word[0], word[1]));
  }
}
