package io.entente.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits news text into sentences in one pass over the chars, without regular expressions.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis when whitespace follows and
 * the next word does not start with a lower-case letter; closing quotes and brackets right after
 * the stop belong to the sentence that ends ({@code ."} and {@code .”}). A newline ends a
 * sentence (paragraph breaks, titles, datelines), except a single line break inside a hard-wrapped
 * sentence: after a letter, digit, comma or hyphen and before a lower-case letter ("the \nworld").
 * A full stop does not end a sentence after:
 *
 * <ul>
 *   <li>a title such as Mr., Dr., Gen., St., Sen., Amb. (always followed by a name);
 *   <li>a single capital initial ("J. Smith");
 *   <li>a month or a number abbreviation before a digit ("Feb. 25", "No. 3");
 *   <li>a dotted abbreviation such as U.S., U.K., U.N. or a company suffix (Inc., Ltd.), unless the
 *       next word is a usual sentence opener ("in the U.S. The talks..." does split).
 * </ul>
 *
 * <p>Decimals ("3.5") and inner dots ("U.S.") never split because no whitespace follows the dot.
 */
public final class SentenceSplitter {

  private static final Set<String> TITLES =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
          "Sen", "Rep", "Gov", "Pres", "Amb", "Rev", "Hon", "St", "Mt", "Messrs", "Mme", "Mlle",
          "Jr", "Sr", "Fr", "Sheikh", "vs", "cf", "approx", "Ft");
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          "No", "Nos", "no", "Art", "art", "Para", "para", "Vol", "vol", "p", "pp", "Fig", "fig",
          "Sec", "sec", "Ch", "ch", "Res", "res", "Doc", "doc");
  private static final Set<String> SUFFIXES =
      Set.of("Inc", "Ltd", "Co", "Corp", "Bros", "etc", "al", "Plc", "plc", "LLC");
  private static final Set<String> OPENERS =
      Set.of(
          "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You",
          "In", "On", "At", "But", "And", "However", "Meanwhile", "A", "An", "His", "Her", "Their",
          "Our", "Its", "There", "As", "After", "Before", "When", "While", "According", "Also",
          "If", "For", "Some", "Many", "Both", "Officials", "Earlier", "Later", "Since", "Under",
          "Such", "Last", "Next", "Today", "Yesterday", "Now", "Then", "Thus", "Moreover");

  /**
   * What {@link #starts} does at a char, one lookup to know it. Most chars are {@code OTHER} or
   * {@code SPACE}, the two lowest kinds, which an inner loop runs over without branching on
   * which.
   */
  private static final byte OTHER = 0;

  private static final byte SPACE = 1;
  private static final byte LINE = 2;
  private static final byte STOP = 3;
  private static final byte[] KIND = kinds();

  /** The words of the sets above, packed ({@link #pack}), sorted: looked up without a String. */
  private static final long[] TITLE_KEYS = keys(TITLES);

  private static final long[] BEFORE_NUMBER_KEYS = keys(BEFORE_NUMBER);
  private static final long[] SUFFIX_KEYS = keys(SUFFIXES);

  private SentenceSplitter() {}

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (c == '\n' || c == '\r' || c == '\u2029') {
        kinds[i] = LINE;
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        kinds[i] = STOP;
      } else if (isSpace(c)) {
        kinds[i] = SPACE;
      }
    }
    return kinds;
  }

  /**
   * Start offsets of the sentences of {@code text}: the first is 0 for a non-empty text, each
   * next one is the first non-whitespace char after a sentence end. An empty text has none.
   */
  public static int[] starts(String text) {
    int n = text.length();
    if (n == 0) {
      return new int[0];
    }
    int[] out = new int[Math.max(4, n / 64)];
    int count = 0;
    out[count++] = 0;
    boolean hasContent = false;
    final byte[] kinds = KIND;
    int i = 0;
    while (i < n) {
      byte kind = kinds[text.charAt(i)];
      if (kind <= SPACE) {
        // the run of words and spaces up to the next line break or stop: content if any char
        // of it is not a space
        boolean content = kind == OTHER;
        i++;
        while (i < n && (kind = kinds[text.charAt(i)]) <= SPACE) {
          content |= kind == OTHER;
          i++;
        }
        hasContent |= content;
        continue;
      }
      int end = -1; // exclusive end of the sentence when one ends here
      if (kind == LINE) {
        if (hasContent && !isSoftWrap(text, i)) {
          end = i;
        } else if (hasContent) {
          i++;
          continue;
        } else {
          i++;
          continue;
        }
      } else {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j < n && isSpace(text.charAt(j)) && endsHere(text, i, j)) {
          end = j;
        }
        hasContent = true;
        i = Math.max(i + 1, j);
        if (end < 0) {
          continue;
        }
      }
      int next = end;
      while (next < n && isSpace(text.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[count++] = next;
      hasContent = false;
      i = next;
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * Index of the sentence that holds {@code offset}: the last start at or before it (0 for an
   * offset before the first start), or -1 when there are no sentences. Binary search.
   */
  public static int sentenceOf(int[] starts, int offset) {
    if (starts.length == 0) {
      return -1;
    }
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * A single line break inside a hard-wrapped sentence: the line before ends in a letter, digit,
   * comma or hyphen, and the next line starts with a lower-case letter after no blank line.
   */
  private static boolean isSoftWrap(String text, int newline) {
    int before = newline - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t'
        || text.charAt(before) == '\r')) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    char last = text.charAt(before);
    if (!(Character.isLetterOrDigit(last) || last == ',' || last == '-')) {
      return false;
    }
    int after = newline + 1;
    if (text.charAt(newline) == '\r' && after < text.length() && text.charAt(after) == '\n') {
      after++;
    }
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    return after < text.length() && Character.isLowerCase(text.charAt(after));
  }

  /** Decides a stop at {@code stop} followed by closers up to {@code after} (a space). */
  private static boolean endsHere(String text, int stop, int after) {
    int n = text.length();
    int next = after;
    while (next < n && isSpace(text.charAt(next)) && text.charAt(next) != '\n') {
      next++;
    }
    if (next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
      return true;
    }
    char first = text.charAt(next);
    if (Character.isLowerCase(first)) {
      return false;
    }
    char stopChar = text.charAt(stop);
    boolean plainPeriod =
        stopChar == '.' && after == stop + 1 && (stop == 0 || text.charAt(stop - 1) != '.');
    if (!plainPeriod) {
      return true;
    }
    // the word before the stop, letters and dots; one of more than 8 chars is no abbreviation
    int wordStart = stop;
    boolean dotted = false;
    while (wordStart > 0 && stop - wordStart <= 8) {
      char c = text.charAt(wordStart - 1);
      if (c == '.') {
        dotted = true;
      } else if (!Character.isLetter(c)) {
        break;
      }
      wordStart--;
    }
    int len = stop - wordStart;
    if (len == 0 || len > 8) {
      return true;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(wordStart))) {
      return false; // an initial
    }
    long key = pack(text, wordStart, stop);
    if (Arrays.binarySearch(TITLE_KEYS, key) >= 0) {
      return false;
    }
    if (Arrays.binarySearch(BEFORE_NUMBER_KEYS, key) >= 0) {
      return !Character.isDigit(first);
    }
    if (dotted || Arrays.binarySearch(SUFFIX_KEYS, key) >= 0) {
      return OPENERS.contains(nextWord(text, next));
    }
    return true;
  }

  /**
   * A word of at most 8 ASCII chars as one long, 7 bits a char after a leading 1 bit (so "a" and
   * "\0a" differ); -1, which no set holds, for a word with any other char.
   */
  private static long pack(String text, int from, int to) {
    long key = 1;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return -1;
      }
      key = key << 7 | c;
    }
    return key;
  }

  private static long[] keys(Set<String> words) {
    long[] keys = new long[words.size()];
    int k = 0;
    for (String word : words) {
      if (word.length() > 8) {
        throw new IllegalStateException("abbreviation longer than 8 chars: " + word);
      }
      keys[k++] = pack(word, 0, word.length());
    }
    Arrays.sort(keys);
    return keys;
  }

  private static String nextWord(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == ')'
        || c == ']'
        || c == '\u00BB'
        || c == '.'
        || c == '!'
        || c == '?'
        || c == '\u2026';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2029'
        || c == '\u202F' || c == '\u2007' || c == '\u3000' || c == '\f';
  }
}
