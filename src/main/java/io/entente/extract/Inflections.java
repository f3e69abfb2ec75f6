package io.entente.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English inflection of a lemma phrase at compile time, so a taxonomy or lexicon lists "sanction"
 * once and matches "sanction", "sanctions", "sanctioned" and "sanctioning".
 *
 * <p>Only the last word of a phrase is inflected ("impose sanction" gives "impose sanctions", not
 * "imposed sanction"; the part after the last hyphen counts as a word: "start-up" gives
 * "start-ups"), and only when it is all lower-case letters; a capitalised last word (the end of
 * a name) takes only its plural ("Millennium Development Goal" gives "Millennium Development
 * Goals"), and acronyms stay as written. Forms: the lemma, the plural / third person (-s, -es,
 * -ies), the past (-ed, -d, -ied, doubled final consonant for short CVC words such as ban ->
 * banned, and scrap -> scrapped after three consonants) and the gerund (-ing, silent e
 * dropped), plus a small table of irregular verbs (meet -> met, sell -> sold ...).
 * Every word of each form also takes its other spelling of -ise/-ize ("normalization process"
 * gives "normalisation process", "organised crime" gives "organized crime"; -isation, -ised,
 * -ising, -iser and their -z- twins), so a data file lists one spelling of a word whose stem
 * before the suffix has three letters or more ("prize", "seize" and "raise" keep theirs).
 * Over-generation is harmless (a form that English never uses never matches); a phrase whose
 * variants would be wrong sets {@code inflect: false} in its data file.
 */
public final class Inflections {

  private static final Map<String, List<String>> IRREGULAR =
      Map.ofEntries(
          Map.entry("meet", List.of("met")),
          Map.entry("sell", List.of("sold")),
          Map.entry("buy", List.of("bought")),
          Map.entry("fight", List.of("fought")),
          Map.entry("give", List.of("gave", "given")),
          Map.entry("hold", List.of("held")),
          Map.entry("lead", List.of("led")),
          Map.entry("make", List.of("made")),
          Map.entry("send", List.of("sent")),
          Map.entry("build", List.of("built")),
          Map.entry("spend", List.of("spent")),
          Map.entry("take", List.of("took", "taken")),
          Map.entry("withdraw", List.of("withdrew", "withdrawn")),
          Map.entry("shoot", List.of("shot")),
          Map.entry("strike", List.of("struck", "stricken")),
          Map.entry("break", List.of("broke", "broken")),
          Map.entry("seek", List.of("sought")),
          Map.entry("win", List.of("won")),
          Map.entry("lend", List.of("lent")),
          Map.entry("bring", List.of("brought")),
          Map.entry("forge", List.of("forged")),
          Map.entry("undertake", List.of("undertook", "undertaken")),
          Map.entry("overthrow", List.of("overthrew", "overthrown")),
          Map.entry("threaten", List.of("threatened")),
          Map.entry("shut", List.of("shut")),
          Map.entry("bomb", List.of("bombed")),
          Map.entry("commit", List.of("committed", "committing")),
          Map.entry("admit", List.of("admitted", "admitting")),
          Map.entry("expel", List.of("expelled", "expelling")),
          Map.entry("cancel", List.of("cancelled", "canceled", "cancelling")),
          Map.entry("upgrade", List.of("upgraded")));

  private Inflections() {}

  /** The lemma and its generated variants, lemma first, without duplicates. */
  public static List<String> variants(String lemma) {
    String phrase = lemma.strip();
    int cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1;
    String head = phrase.substring(0, cut);
    String last = phrase.substring(cut);
    Set<String> out = new LinkedHashSet<>();
    out.add(phrase);
    if (isLowerWord(last)) {
      for (String form : wordForms(last)) {
        out.add(head + form);
      }
    } else if (last.length() > 1
        && last.charAt(0) >= 'A'
        && last.charAt(0) <= 'Z'
        && isLowerWord(last.substring(1))) {
      // a capitalised noun ending a name takes only its plural: "Millennium Development Goals"
      out.add(head + last.charAt(0) + plural(last.substring(1)));
    }
    for (String form : List.copyOf(out)) {
      out.add(otherSpelling(form));
    }
    return List.copyOf(out);
  }

  // -ise/-ize and what grows from it, at a word's end after a stem of three letters or more
  private static final Pattern ISE_IZE =
      Pattern.compile("(?<=[A-Za-z]{3})i([sz])(e|es|ed|er|ers|ing|ation|ations|ational)\\b");

  /** {@code phrase} with -ise and -ize swapped in every word that has one (as is, if none). */
  static String otherSpelling(String phrase) {
    Matcher m = ISE_IZE.matcher(phrase);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String swapped = m.group(1).equals("s") ? "z" : "s";
      m.appendReplacement(out, "i" + swapped + m.group(2));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Forms of one lower-case word, the word first. */
  static List<String> wordForms(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    int n = w.length();
    char last = w.charAt(n - 1);
    char prev = n > 1 ? w.charAt(n - 2) : ' ';
    out.add(plural(w));
    // -ed and -ing
    if (last == 'e') {
      out.add(w + "d");
      boolean keepE = prev == 'e' || prev == 'y' || prev == 'o';
      out.add(keepE ? w + "ing" : w.substring(0, n - 1) + "ing");
    } else if (last == 'y' && !isVowel(prev)) {
      out.add(w.substring(0, n - 1) + "ied");
      out.add(w + "ing");
    } else if (doublesFinal(w)) {
      out.add(w + last + "ed");
      out.add(w + last + "ing");
    } else {
      out.add(w + "ed");
      out.add(w + "ing");
    }
    List<String> irregular = IRREGULAR.get(w);
    if (irregular != null) {
      out.addAll(irregular);
    }
    return List.copyOf(out);
  }

  /** The plural / third person of a lower-case word (or of a word's lower-case tail). */
  private static String plural(String w) {
    int n = w.length();
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (n > 1 && w.charAt(n - 1) == 'y' && !isVowel(w.charAt(n - 2))) {
      return w.substring(0, n - 1) + "ies";
    }
    return w + "s";
  }

  private static boolean doublesFinal(String w) {
    int n = w.length();
    // five letters are one syllable only after three consonants: scrap, strip, shrug
    if (n < 3 || n > 5 || (n == 5 && (isVowel(w.charAt(0)) || isVowel(w.charAt(1))))) {
      return false;
    }
    char c3 = w.charAt(n - 1);
    char c2 = w.charAt(n - 2);
    char c1 = w.charAt(n - 3);
    return !isVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && isVowel(c2) && !isVowel(c1);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isLowerWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
