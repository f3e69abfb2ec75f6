package io.entente.extract;

import java.text.Normalizer;
import java.util.Set;

/**
 * Folds text one char to one char, so offsets in folded text are offsets in the original: lower
 * case, diacritics removed (Türkiye -> turkiye, Côte -> cote), curly apostrophes to {@code '},
 * dashes to {@code -}, every whitespace char to a space.
 *
 * <p>The tables cover the whole BMP and are built once per JVM; folding, and telling a word char,
 * are one array lookup per char.
 */
public final class TextFold {
  private static final char[] TABLE = buildTable();

  /**
   * {@link #isWordChar} for every char: Character's own tests take a few nanoseconds per char
   * (two lookups and a type switch), and dedup's shingler asks once or twice per char of every
   * text in each of its passes.
   */
  private static final boolean[] WORD = buildWordTable();

  private TextFold() {}

  /** The folded form of one char. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** Folds a whole string; the result has the same length as the input. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  /** True for chars that are part of a word: letters, digits and combining marks. */
  public static boolean isWordChar(char c) {
    return WORD[c];
  }

  /**
   * True when {@code text[from, to)} holds a word of {@code letters} letters or more in lower
   * case. A sentence with none of five letters is a title-case headline ("Russia, Ukraine Agree
   * Ceasefire Deal"), whose capitals say nothing: the tone scorer and the topic matcher's names
   * both ask this.
   */
  public static boolean hasLowerCaseWord(String text, int from, int to, int letters) {
    int run = 0;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (run == 0) {
          lower = Character.isLowerCase(c);
        }
        if (++run >= letters && lower) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /**
   * True when {@code text[from, to)} holds a word written in lower case that {@code words} lists:
   * a run of word chars, hyphens inside it included ("half-time"), not cut at either bound.
   */
  public static boolean hasLowerCaseWord(String text, int from, int to, Set<String> words) {
    int i = from;
    while (i > 0 && i < to && WORD[text.charAt(i - 1)] && WORD[text.charAt(i)]) {
      i++;
    }
    while (i < to) {
      if (!WORD[text.charAt(i)]) {
        i++;
        continue;
      }
      int s = i;
      while (i < to && (WORD[text.charAt(i)]
          || (text.charAt(i) == '-' && i + 1 < to && WORD[text.charAt(i + 1)]))) {
        i++;
      }
      boolean cut = i < text.length() && WORD[text.charAt(i)];
      if (!cut && Character.isLowerCase(text.charAt(s)) && words.contains(text.substring(s, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] buildWordTable() {
    boolean[] table = new boolean[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      table[i] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
    return table;
  }

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      table[i] = foldOne(c);
    }
    return table;
  }

  private static char foldOne(char c) {
    if (Character.isSurrogate(c)) {
      return c;
    }
    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
      return ' ';
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201B':
      case '\u02BC':
      case '\u0060':
      case '\u00B4':
        return '\'';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
        return '-';
      case '\u0131': // dotless i
        return 'i';
      case '\u00DF':
        return '\u00DF';
      case '\u0141':
      case '\u0142':
        return 'l';
      case '\u00D8':
      case '\u00F8':
        return 'o';
      case '\u0110':
      case '\u0111':
        return 'd';
      default:
        break;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    if (decomposed.length() > 1 && Character.getType(base) != Character.NON_SPACING_MARK) {
      c = base;
    }
    String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
    return lower.length() == 1 ? lower.charAt(0) : c;
  }

  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  /**
   * True when {@code text[from, to)} holds a score: one to three digits, a hyphen or an en dash
   * and one to three digits, as a word of its own ("won 27-24", "held 1-1"); a year's range
   * ("2020-21") has four digits before the dash and is none, nor is a range of days followed by
   * its month ("the 19-21 September earthquakes"), read past {@code to} if need be; nor a
   * range of pages or paragraphs ("p. 53-55", "paragraphs 138-140") or of an amount ("700-800
   * million", "10-15 per cent").
   */
  public static boolean hasScore(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if ((ch != '-' && ch != '\u2013') || i == from || i + 1 >= to) {
        continue;
      }
      int l = i;
      while (l > from && Character.isDigit(text.charAt(l - 1))) {
        l--;
      }
      int r = i + 1;
      while (r < to && Character.isDigit(text.charAt(r))) {
        r++;
      }
      int left = i - l;
      int right = r - i - 1;
      if (left >= 1 && left <= 3 && right >= 1 && right <= 3
          && (l == 0 || !isWordChar(text.charAt(l - 1)))
          && (r == text.length() || !isWordChar(text.charAt(r)))
          && !isMonthAt(text, r + 1)
          && !REFERENCE_WORDS.contains(wordBefore(text, l, from))
          && !AMOUNT_WORDS.contains(wordAfter(text, r, to))) {
        return true;
      }
    }
    return false;
  }

  /** The words before a range of pages or paragraphs, folded, without their full stop. */
  private static final Set<String> REFERENCE_WORDS =
      Set.of("p", "pp", "page", "pages", "para", "paras", "paragraph", "paragraphs", "art",
          "article", "articles", "section", "sections", "chapter", "chapters", "rule", "rules");

  /** The words after a range of an amount, folded. */
  private static final Set<String> AMOUNT_WORDS =
      Set.of("million", "billion", "thousand", "hundred", "per", "percent", "%", "years",
          "months", "days", "hours", "people", "persons");

  // the word that ends right before a range starting at i (its full stop dropped), or ""
  private static String wordBefore(String text, int i, int from) {
    int e = i;
    while (e > from && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > from && text.charAt(e - 1) == '.') {
      e--;
    }
    int b = e;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  // the word (or a per cent sign) right after a range ending at i, folded, or ""
  private static String wordAfter(String text, int i, int to) {
    if (i < to && text.charAt(i) == '%') {
      return "%";
    }
    int b = i;
    while (b < to && text.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  // whether the word at i (after the one space that ends a range) is a month's name
  private static boolean isMonthAt(String text, int i) {
    if (i >= text.length() || text.charAt(i - 1) != ' ') {
      return false;
    }
    int j = i;
    while (j < text.length() && j - i <= 9 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && MONTHS.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
  }
}
