package io.entente.extract;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled Aho-Corasick automaton over folded text ({@link TextFold}): one pass over a text finds
 * every occurrence of every phrase, at whole-word boundaries, in time linear in the text.
 *
 * <p>Phrases are folded when added, so "Türkiye", "turkiye" and "TURKIYE" are one phrase; a phrase
 * added as case-sensitive must also match the original text exactly (or in all caps), which keeps
 * "US" apart from the pronoun "us". The automaton is a dense DFA over the compact alphabet of chars
 * that occur in phrases; any other char sends it back to the root.
 *
 * <p>Instances are immutable and thread-safe. Build one per JVM (not per row) and reuse it.
 */
public final class PhraseMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Char class of each text char, folding included: one lookup per char in the hot loop. */
  private final char[] classOfRaw;
  /** Class of the folded space, or 0 when no phrase has a space (then runs need no collapsing). */
  private final char spaceClass;
  /** Per state: itself when it has outputs, else its dictionary link (-1 / 0 when none). */
  private final int[] firstOutput;
  private final int alphabet;
  private final int[] delta;
  private final int[] outputStart;
  private final int[] outputIds;
  private final int[] dictLink;
  private final String[] phrases;
  private final int[] lengths;
  private final boolean[] caseSensitive;
  private final boolean[] leftWord;
  private final boolean[] rightWord;
  private final int ringMask;

  private PhraseMatcher(Builder b) {
    this.phrases = b.originals.toArray(new String[0]);
    int n = phrases.length;
    this.lengths = new int[n];
    this.caseSensitive = new boolean[n];
    this.leftWord = new boolean[n];
    this.rightWord = new boolean[n];
    String[] folded = new String[n];
    char[] classes = new char[Character.MAX_VALUE + 1];
    int nextClass = 1;
    for (int i = 0; i < n; i++) {
      folded[i] = b.folded.get(i);
      lengths[i] = folded[i].length();
      caseSensitive[i] = b.caseSensitive.get(i);
      leftWord[i] = TextFold.isWordChar(folded[i].charAt(0));
      rightWord[i] = TextFold.isWordChar(folded[i].charAt(lengths[i] - 1));
      for (int k = 0; k < folded[i].length(); k++) {
        char c = folded[i].charAt(k);
        if (classes[c] == 0) {
          classes[c] = (char) nextClass++;
        }
      }
    }
    char[] raw = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      raw[c] = classes[TextFold.fold((char) c)];
    }
    this.classOfRaw = raw;
    this.spaceClass = classes[' '];
    this.alphabet = nextClass;
    int longest = 1;
    for (int len : lengths) {
      longest = Math.max(longest, len);
    }
    this.ringMask = Integer.highestOneBit(longest) * 2 - 1;

    // trie with sparse children, then a BFS that fills the dense DFA and failure links
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> terminal = new ArrayList<>();
    children.add(new HashMap<>());
    terminal.add(null);
    for (int i = 0; i < n; i++) {
      int state = 0;
      for (int k = 0; k < folded[i].length(); k++) {
        char cls = classes[folded[i].charAt(k)];
        Integer next = children.get(state).get(cls);
        if (next == null) {
          next = children.size();
          children.get(state).put(cls, next);
          children.add(new HashMap<>());
          terminal.add(null);
        }
        state = next;
      }
      if (terminal.get(state) == null) {
        terminal.set(state, new ArrayList<>());
      }
      terminal.get(state).add(i);
    }
    int states = children.size();
    int[] dfa = new int[states * alphabet];
    int[] fail = new int[states];
    int[] dict = new int[states];
    Arrays.fill(dict, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      dfa[e.getKey()] = e.getValue();
      fail[e.getValue()] = 0;
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int f = fail[s];
      dict[s] = terminal.get(f) != null ? f : dict[f];
      System.arraycopy(dfa, f * alphabet, dfa, s * alphabet, alphabet);
      for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
        int child = e.getValue();
        fail[child] = dfa[f * alphabet + e.getKey()];
        dfa[s * alphabet + e.getKey()] = child;
        queue.add(child);
      }
    }
    this.delta = dfa;
    this.dictLink = dict;
    this.outputStart = new int[states + 1];
    int total = 0;
    for (int s = 0; s < states; s++) {
      outputStart[s] = total;
      total += terminal.get(s) == null ? 0 : terminal.get(s).size();
    }
    outputStart[states] = total;
    this.outputIds = new int[total];
    this.firstOutput = new int[states];
    for (int s = 0; s < states; s++) {
      firstOutput[s] = outputStart[s] != outputStart[s + 1] ? s : dictLink[s];
    }
    for (int s = 0; s < states; s++) {
      if (terminal.get(s) != null) {
        for (int k = 0; k < terminal.get(s).size(); k++) {
          outputIds[outputStart[s] + k] = terminal.get(s).get(k);
        }
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of phrases; phrase ids run from 0 to size() - 1 in the order they were added. */
  public int size() {
    return phrases.length;
  }

  /** The phrase as it was added. */
  public String phrase(int id) {
    return phrases[id];
  }

  /** Number of states of the automaton (for sizing and benchmarks). */
  public int states() {
    return outputStart.length - 1;
  }

  /** Receives one match: the phrase id and the half-open span [start, end) in the text. */
  @FunctionalInterface
  public interface MatchSink {
    void accept(int phraseId, int start, int end);
  }

  /**
   * Reports every whole-word occurrence of every phrase, overlapping ones included, ordered by end
   * offset. One pass over the text. A run of whitespace in the text (double spaces, a line break
   * inside a hard-wrapped sentence) matches the single space of a phrase.
   */
  public void forEachMatch(CharSequence text, MatchSink sink) {
    int state = 0;
    int len = text.length();
    // original offset of each of the last chars fed to the automaton (whitespace runs count once)
    final int[] ring = new int[ringMask + 1];
    final int[] dfa = delta;
    final char[] cls = classOfRaw;
    final int[] first = firstOutput;
    final int width = alphabet;
    final char space = spaceClass;
    int fed = 0;
    boolean prevSpace = false;
    for (int i = 0; i < len; i++) {
      char cl = cls[text.charAt(i)];
      if (cl == space && space != 0) {
        if (prevSpace) {
          continue;
        }
        prevSpace = true;
      } else {
        prevSpace = false;
      }
      ring[fed & ringMask] = i;
      fed++;
      state = dfa[state * width + cl];
      int s = first[state];
      while (s > 0) {
        for (int k = outputStart[s]; k < outputStart[s + 1]; k++) {
          int id = outputIds[k];
          int start = ring[(fed - lengths[id]) & ringMask];
          if (accepts(text, id, start, i + 1)) {
            sink.accept(id, start, i + 1);
          }
        }
        s = dictLink[s];
      }
    }
  }

  /**
   * The matches a consumer reads: a matcher's own pass over one text ({@link #over}), or its share
   * of a joint pass ({@link Joint.Pass#part}). Either gives the same matches in the same order.
   */
  @FunctionalInterface
  public interface MatchSource {
    void forEachMatch(MatchSink sink);
  }

  /** This matcher's own pass over {@code text}, as a source. */
  public MatchSource over(CharSequence text) {
    return sink -> forEachMatch(text, sink);
  }

  /**
   * Several matchers compiled into one automaton, so that one pass over a text serves them all:
   * each part reads, from the pass, exactly the matches its own pass would report, in the same
   * order and with its own phrase ids.
   *
   * <p>Why they are the same: a pass reports, at each end offset, every phrase that is a suffix of
   * the text read so far and passes its word and case checks (which depend on the phrase and the
   * text only), longest first and, among phrases of one length, in id order; part {@code k}'s ids
   * keep their order inside the joint automaton. A joint automaton collapses whitespace runs when
   * any part has a phrase with a space, and a part without one sees no difference: its phrases
   * never span whitespace, so their chars are read one for one either way.
   */
  public static final class Joint implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PhraseMatcher all;
    private final int[] offsets;

    private Joint(PhraseMatcher all, int[] offsets) {
      this.all = all;
      this.offsets = offsets;
    }

    /** Compiles the parts' phrases into one automaton; part k is the k-th argument. */
    public static Joint of(PhraseMatcher... parts) {
      Builder b = builder();
      int[] offsets = new int[parts.length + 1];
      for (int k = 0; k < parts.length; k++) {
        offsets[k] = b.originals.size();
        PhraseMatcher part = parts[k];
        for (int id = 0; id < part.size(); id++) {
          b.add(part.phrases[id], part.caseSensitive[id]);
        }
      }
      offsets[parts.length] = b.originals.size();
      return new Joint(b.build(), offsets);
    }

    /** Number of states of the joint automaton. */
    public int states() {
      return all.states();
    }

    /** One pass over {@code text}, recorded for the parts to read. */
    public Pass pass(CharSequence text) {
      IntList matches = new IntList();
      all.forEachMatch(text, matches::add3);
      return new Pass(matches.data, matches.size, offsets);
    }

    /** The recorded matches of one pass: {@code [id, start, end, ...]} in the pass's order. */
    public static final class Pass {
      private final int[] matches;
      private final int size;
      private final int[] offsets;

      private Pass(int[] matches, int size, int[] offsets) {
        this.matches = matches;
        this.size = size;
        this.offsets = offsets;
      }

      /** Part {@code k}'s matches, with the part's own phrase ids. */
      public MatchSource part(int k) {
        int from = offsets[k];
        int to = offsets[k + 1];
        return sink -> {
          for (int i = 0; i < size; i += 3) {
            int id = matches[i];
            if (id >= from && id < to) {
              sink.accept(id - from, matches[i + 1], matches[i + 2]);
            }
          }
        };
      }
    }
  }

  /**
   * Leftmost-longest selection: the non-overlapping matches a reader would see, where a longer
   * phrase beats a shorter one inside it (Papua New Guinea over Guinea). Returns triples {@code
   * [id, start, end, id, start, end, ...]} in text order. When several phrases share the exact
   * winning span, each is returned, so callers can choose between them.
   */
  public int[] findLongest(CharSequence text) {
    IntList all = new IntList();
    forEachMatch(text, (id, start, end) -> all.add3(id, start, end));
    int count = all.size / 3;
    if (count == 0) {
      return new int[0];
    }
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    int[] a = all.data;
    Arrays.sort(
        order,
        (x, y) -> {
          int byStart = Integer.compare(a[x * 3 + 1], a[y * 3 + 1]);
          if (byStart != 0) {
            return byStart;
          }
          int byEnd = Integer.compare(a[y * 3 + 2], a[x * 3 + 2]);
          return byEnd != 0 ? byEnd : Integer.compare(a[x * 3], a[y * 3]);
        });
    IntList out = new IntList();
    int coveredTo = -1;
    int lastStart = -1;
    int lastEnd = -1;
    for (int k : order) {
      int id = a[k * 3];
      int start = a[k * 3 + 1];
      int end = a[k * 3 + 2];
      if (start == lastStart && end == lastEnd) {
        out.add3(id, start, end);
      } else if (start >= coveredTo) {
        out.add3(id, start, end);
        lastStart = start;
        lastEnd = end;
        coveredTo = end;
      }
    }
    return Arrays.copyOf(out.data, out.size);
  }

  private boolean accepts(CharSequence text, int id, int start, int end) {
    if (leftWord[id] && start > 0 && TextFold.isWordChar(text.charAt(start - 1))) {
      return false;
    }
    if (rightWord[id] && end < text.length() && TextFold.isWordChar(text.charAt(end))) {
      return false;
    }
    if (caseSensitive[id]) {
      String p = phrases[id];
      boolean exact = true;
      boolean upper = true;
      int pos = start;
      for (int k = 0; k < p.length(); k++) {
        char q = p.charAt(k);
        if (TextFold.fold(q) == ' ') {
          while (pos < end && TextFold.fold(text.charAt(pos)) == ' ') {
            pos++;
          }
          continue;
        }
        char t = text.charAt(pos++);
        if (t != q
            && (TextFold.fold(t) != TextFold.fold(q)
                || Character.isUpperCase(t) != Character.isUpperCase(q))) {
          exact = false;
        }
        if (Character.isLetter(t) && !Character.isUpperCase(t)) {
          upper = false;
        }
      }
      return exact || upper;
    }
    return true;
  }

  /** Collects phrases; {@link #build()} compiles them into an automaton. */
  public static final class Builder {
    private final List<String> originals = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();
    private final List<Boolean> caseSensitive = new ArrayList<>();

    private Builder() {}

    /** Adds a case-insensitive phrase and returns its id. */
    public int add(String phrase) {
      return add(phrase, false);
    }

    /**
     * Adds a phrase and returns its id. A case-sensitive phrase matches only where each letter of
     * the text has the phrase's case, or where the whole match is upper case.
     */
    public int add(String phrase, boolean isCaseSensitive) {
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalArgumentException("empty phrase");
      }
      String trimmed = phrase.strip();
      originals.add(trimmed);
      folded.add(collapseSpaces(TextFold.fold(trimmed)));
      caseSensitive.add(isCaseSensitive);
      return originals.size() - 1;
    }

    private static String collapseSpaces(String folded) {
      StringBuilder b = new StringBuilder(folded.length());
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        if (c != ' ' || b.charAt(b.length() - 1) != ' ') {
          b.append(c);
        }
      }
      return b.toString();
    }

    public PhraseMatcher build() {
      return new PhraseMatcher(this);
    }
  }

  private static final class IntList {
    int[] data = new int[48];
    int size;

    void add3(int a, int b, int c) {
      if (size + 3 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = a;
      data[size++] = b;
      data[size++] = c;
    }
  }
}
