package io.entente.extract;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A compiled Aho-Corasick automaton over folded text ({@link TextFold}): one pass over a text finds
 * every occurrence of every phrase, at whole-word boundaries, in time linear in the text.
 *
 * <p>Phrases are folded when added, so "Türkiye", "turkiye" and "TURKIYE" are one phrase; a phrase
 * added as case-sensitive must also match the original text exactly (or in all caps), which keeps
 * "US" apart from the pronoun "us". The automaton is a dense DFA over a compact alphabet: the
 * folded chars that occur in phrases, each also telling whether the text's char is a word char.
 * It is anchored at word starts: a phrase that begins with a word char is only followed from a
 * word start, so inside a word the automaton waits at a root of its own instead of tracking every
 * suffix of the word (the matches found there would fail the word check). That keeps it in fewer,
 * shallower states over running text than a plain automaton.
 *
 * <p>Instances are immutable and thread-safe. Build one per JVM (not per row) and reuse it.
 */
public final class PhraseMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * {@link #offsetOfRaw} of the space, or -1 when no phrase has a space (then runs need no
   * collapsing). Offsets stand for classes one to one, so the match checks compare them.
   */
  private final int spaceOffset;
  /**
   * {@link #offsetOfRaw} of the apostrophe that is not a word char (the straight one and the curly
   * ones), -1 when no phrase has a space: after a space it is an opening quote mark and continues
   * the run.
   */
  private final int quoteOffset;
  /** Per state: itself when it has outputs, else its dictionary link (-1 when none). */
  private final int[] firstOutput;
  /**
   * Per text char, where its class's entry sits in a state's row: the class's plane, plus its
   * place in the state's line of that plane (see {@link #delta}).
   */
  private final int[] offsetOfRaw;
  /**
   * The dense DFA, in planes of 16 classes: plane {@code p} holds, for each state in turn, its
   * entries for classes {@code 16p} to {@code 16p + 15}, one cache line. Classes are numbered by
   * use, so the first plane holds nearly every transition text takes, and states breadth first,
   * so the shallow states text is mostly in come first: the lines a pass reads are few and close
   * together (over the UN corpus, a simulated second-level cache misses half as often as with one
   * row per state). An entry holds its target's offset (the state times 16), so the hot loop adds
   * a char's offset to it without a multiplication; the entry is that offset's complement
   * (negative) when the target has outputs to report.
   */
  private final int[] delta;
  private final int[] outputStart;
  private final int[] outputIds;
  private final int[] dictLink;
  private final String[] phrases;
  private final int[] lengths;
  /** The phrases folded: where a match's span has a run that reads as one space. */
  private final String[] foldedPhrases;
  private final boolean[] caseSensitive;
  private final boolean[] rightWord;

  /** Double quote marks, straight, curly and angled: each reads as a space between words. */
  private static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB";

  /** The state at a word start: the start of the text, or after a char that is not a word char. */
  private static final int AT_WORD_START = 0;

  /** The state inside a word that no phrase began at: only a phrase led by a non-word char can. */
  private static final int IN_WORD = 1;

  /** A state's entries in one plane of the table: one cache line of ints. */
  private static final int LINE = 16;

  /** Spellings of one phrase beyond which the constructor refuses it (see there). */
  static final int MAX_SPELLINGS = 1 << 10;

  private PhraseMatcher(Builder b) {
    this.phrases = b.originals.toArray(new String[0]);
    int n = phrases.length;
    this.lengths = new int[n];
    this.caseSensitive = new boolean[n];
    // whether a phrase needs a word start: only its trie decides that, so it is not kept
    boolean[] leftWord = new boolean[n];
    this.rightWord = new boolean[n];
    String[] folded = new String[n];
    this.foldedPhrases = folded;
    // one class per folded char that occurs in a phrase, 0 for every other char
    char[] folds = new char[Character.MAX_VALUE + 1];
    int nextFold = 1;
    for (int i = 0; i < n; i++) {
      folded[i] = b.folded.get(i);
      lengths[i] = folded[i].length();
      caseSensitive[i] = b.caseSensitive.get(i);
      leftWord[i] = TextFold.isWordChar(folded[i].charAt(0));
      rightWord[i] = TextFold.isWordChar(folded[i].charAt(lengths[i] - 1));
      for (int k = 0; k < folded[i].length(); k++) {
        char c = folded[i].charAt(k);
        if (folds[c] == 0) {
          folds[c] = (char) nextFold++;
        }
      }
    }
    // quote marks inside a phrase's span ("expressed 'deep concern'") need the apostrophe's own
    // class even when no phrase spells one
    if (folds[' '] != 0 && folds['\''] == 0) {
      folds['\''] = (char) nextFold++;
    }
    // the automaton's alphabet: (folded class, whether the text's own char is a word char), the
    // pairs that occur. The word bit tells a word start apart; folding keeps it for every char but
    // a few (the modifier letter apostrophe is a letter that folds to the apostrophe, which is not)
    int[][] split = new int[nextFold][2];
    for (int[] pair : split) {
      Arrays.fill(pair, -1);
    }
    char[] raw = new char[Character.MAX_VALUE + 1];
    int nextClass = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int[] pair = split[folds[TextFold.fold((char) c)]];
      int w = TextFold.isWordChar((char) c) ? 1 : 0;
      if (pair[w] < 0) {
        pair[w] = nextClass++;
      }
      raw[c] = (char) pair[w];
    }
    // classes numbered by how often the phrases spell them, most first: the transitions that
    // text takes most then share the first cache line of a state's row
    long[] uses = new long[nextClass];
    for (String f : folded) {
      for (int k = 0; k < f.length(); k++) {
        char c = f.charAt(k);
        int[] pair = split[folds[c]];
        int w = TextFold.isWordChar(c) ? 1 : 0;
        uses[pair[w] >= 0 ? pair[w] : pair[1 - w]]++;
      }
    }
    int[] byUse = byCount(uses);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      raw[c] = (char) byUse[raw[c]];
    }
    for (int[] pair : split) {
      for (int w = 0; w < 2; w++) {
        if (pair[w] >= 0) {
          pair[w] = byUse[pair[w]];
        }
      }
    }
    boolean[] wordClass = new boolean[nextClass];
    for (int[] pair : split) {
      if (pair[1] >= 0) {
        wordClass[pair[1]] = true;
      }
    }
    int spaceClass = folds[' '] == 0 ? -1 : split[folds[' ']][0];
    int quoteClass = folds[' '] == 0 ? -1 : split[folds['\'']][0];
    // a double quote mark is never part of a phrase (the builder makes it a space): it reads as
    // a space, so that a phrase spans one ("voiced "grave concern" over") as it spans two spaces
    if (spaceClass >= 0) {
      for (char c : DOUBLE_QUOTES.toCharArray()) {
        raw[c] = (char) spaceClass;
      }
    }
    int width = nextClass;

    // trie with sparse children: node 0 is the root (read at a word start), node 1 the in-word
    // root. A phrase is spelled in classes, once per way the text can write it: a folded char
    // whose text chars differ in the word bit (the apostrophe) gives it two spellings
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<List<Integer>> terminal = new ArrayList<>();
    // the class each node is entered on (-1 for the roots)
    List<Integer> label = new ArrayList<>();
    for (int root = 0; root < 2; root++) {
      children.add(new HashMap<>());
      terminal.add(null);
      label.add(-1);
    }
    Set<Integer> startsAnywhere = new HashSet<>();
    for (int i = 0; i < n; i++) {
      List<Integer> ends = List.of(AT_WORD_START);
      for (int k = 0; k < folded[i].length(); k++) {
        int[] pair = split[folds[folded[i].charAt(k)]];
        List<Integer> next = new ArrayList<>();
        for (int state : ends) {
          for (int cls : pair) {
            if (cls < 0) {
              continue;
            }
            Integer child = children.get(state).get(cls);
            if (child == null) {
              child = children.size();
              children.get(state).put(cls, child);
              children.add(new HashMap<>());
              terminal.add(null);
              label.add(cls);
            }
            next.add(child);
          }
        }
        if (next.size() > MAX_SPELLINGS) {
          throw new IllegalArgumentException(
              "phrase '" + phrases[i] + "' has over " + MAX_SPELLINGS + " spellings: too many"
                  + " chars that text writes both as word and as non-word chars");
        }
        ends = next;
        if (k == 0 && !leftWord[i]) {
          startsAnywhere.addAll(next);
        }
      }
      for (int state : ends) {
        if (terminal.get(state) == null) {
          terminal.set(state, new ArrayList<>());
        }
        terminal.get(state).add(i);
      }
    }
    // the trie's nodes were numbered as phrases added them, which scatters the shallow ones,
    // where running text spends most of its time, over the whole table; numbered breadth first,
    // they take the first lines of each plane
    int[] renumber = breadthFirst(children);
    for (Map<Integer, Integer> kids : children) {
      kids.replaceAll((cls, child) -> renumber[child]);
    }
    children = renumbered(children, renumber);
    terminal = renumbered(terminal, renumber);
    label = renumbered(label, renumber);
    Set<Integer> starts = new HashSet<>();
    for (int state : startsAnywhere) {
      starts.add(renumber[state]);
    }
    startsAnywhere = starts;

    // a BFS fills the dense DFA and the failure links. A state stands for the longest suffix of
    // the text read that spells a phrase's prefix and begins where that phrase may begin: at a
    // word start, or anywhere for a phrase led by a non-word char (whose left needs no boundary).
    // Where no such suffix is left the text is at a root: at a word start after a non-word char,
    // in a word after a word char. Inside a word the automaton waits at the in-word root instead
    // of following the word's letters through the phrases' prefixes, as a plain Aho-Corasick
    // automaton does; the matches it would find there fail the word check anyway.
    int states = children.size();
    int planes = (width + LINE - 1) / LINE;
    // the table is one int array indexed by row offsets, which must not overflow
    if ((long) states * LINE * planes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many phrases: " + states + " states");
    }
    int plane = states * LINE;
    int[] dfa = new int[plane * planes];
    int[] fail = new int[states];
    int[] dict = new int[states];
    Arrays.fill(dict, -1);
    for (int cls = 0; cls < width; cls++) {
      int root = wordClass[cls] ? IN_WORD : AT_WORD_START;
      dfa[at(plane, AT_WORD_START, cls)] = root;
      dfa[at(plane, IN_WORD, cls)] = root;
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Integer, Integer> e : children.get(AT_WORD_START).entrySet()) {
      int cls = e.getKey();
      int child = e.getValue();
      dfa[at(plane, AT_WORD_START, cls)] = child;
      if (startsAnywhere.contains(child)) {
        dfa[at(plane, IN_WORD, cls)] = child;
      }
      fail[child] = wordClass[cls] ? IN_WORD : AT_WORD_START;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int f = fail[s];
      dict[s] = terminal.get(f) != null ? f : dict[f];
      for (int p = 0; p < planes; p++) {
        System.arraycopy(dfa, p * plane + f * LINE, dfa, p * plane + s * LINE, LINE);
      }
      for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
        int child = e.getValue();
        fail[child] = dfa[at(plane, f, e.getKey())];
        dfa[at(plane, s, e.getKey())] = child;
        queue.add(child);
      }
    }
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
    // a run of whitespace reads as one space: a state entered on a space stays put on the run's
    // next spaces, and on apostrophes, which after a space open a quotation ("expressed 'deep
    // concern'"). No phrase ends with a space, so such a state has nothing to report
    if (spaceClass >= 0) {
      for (int s = 0; s < states; s++) {
        if (label.get(s) == spaceClass) {
          dfa[at(plane, s, spaceClass)] = s;
          // no phrase has an apostrophe at its start or after a space (the builder drops it), so
          // none is lost to this
          dfa[at(plane, s, quoteClass)] = s;
        }
      }
    }
    for (int k = 0; k < dfa.length; k++) {
      int target = dfa[k];
      dfa[k] = firstOutput[target] > 0 ? ~(target * LINE) : target * LINE;
    }
    this.delta = dfa;
    this.offsetOfRaw = new int[raw.length];
    for (int c = 0; c < raw.length; c++) {
      offsetOfRaw[c] = at(plane, 0, raw[c]);
    }
    this.spaceOffset = spaceClass < 0 ? -1 : at(plane, 0, spaceClass);
    this.quoteOffset = quoteClass < 0 ? -1 : at(plane, 0, quoteClass);
    for (int s = 0; s < states; s++) {
      if (terminal.get(s) != null) {
        for (int k = 0; k < terminal.get(s).size(); k++) {
          outputIds[outputStart[s] + k] = terminal.get(s).get(k);
        }
      }
    }
  }

  /** Where state {@code s}'s entry for class {@code cls} sits in the table. */
  private static int at(int plane, int s, int cls) {
    return cls / LINE * plane + s * LINE + cls % LINE;
  }

  /** A new number for each index: by count, largest first, ties in index order. */
  private static int[] byCount(long[] counts) {
    Integer[] order = new Integer[counts.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        (x, y) -> counts[x] != counts[y] ? Long.compare(counts[y], counts[x]) : x - y);
    int[] renumber = new int[counts.length];
    for (int k = 0; k < order.length; k++) {
      renumber[order[k]] = k;
    }
    return renumber;
  }

  /**
   * The trie's nodes numbered breadth first from the roots, children in class order: the new
   * number of each node. The roots keep theirs.
   */
  private static int[] breadthFirst(List<Map<Integer, Integer>> children) {
    int[] renumber = new int[children.size()];
    int[] order = new int[children.size()];
    int size = 0;
    for (int root = 0; root < 2; root++) {
      renumber[root] = size;
      order[size++] = root;
    }
    for (int k = 0; k < size; k++) {
      for (int child : new TreeMap<>(children.get(order[k])).values()) {
        renumber[child] = size;
        order[size++] = child;
      }
    }
    return renumber;
  }

  /** The per-node list in the new numbering. */
  private static <T> List<T> renumbered(List<T> byNode, int[] renumber) {
    List<T> out = new ArrayList<>(Collections.nCopies(byNode.size(), null));
    for (int node = 0; node < byNode.size(); node++) {
      out.set(renumber[node], byNode.get(node));
    }
    return out;
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
   * inside a hard-wrapped sentence) matches the single space of a phrase, and so do quote marks
   * inside the run: double ones anywhere in it, apostrophes after its first space ("expressed
   * 'deep concern'", "the so-called "peace" treaty").
   */
  public void forEachMatch(CharSequence text, MatchSink sink) {
    final int[] dfa = delta;
    final int[] offset = offsetOfRaw;
    int row = AT_WORD_START * LINE;
    for (int i = 0, len = text.length(); i < len; i++) {
      int next = dfa[row + offset[text.charAt(i)]];
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      for (int s = firstOutput[row / LINE]; s > 0; s = dictLink[s]) {
        for (int k = outputStart[s]; k < outputStart[s + 1]; k++) {
          int id = outputIds[k];
          if (endsAtWordEnd(text, id, i + 1)) {
            int start = start(text, i, id);
            if (!caseSensitive[id] || hasCase(text, id, start, i + 1)) {
              sink.accept(id, start, i + 1);
            }
          }
        }
      }
    }
  }

  /**
   * Where the match of phrase {@code id} that ends at {@code last} (inclusive) starts: back one
   * text char per folded char of the phrase, a run the phrase's space stands for counting as one
   * char (its first, which is a space).
   */
  private int start(CharSequence text, int last, int id) {
    String p = foldedPhrases[id];
    int pos = last;
    for (int k = p.length() - 2; k >= 0; k--) {
      pos--;
      if (p.charAt(k) == ' ') {
        // the run: a space, then spaces, double quote marks and apostrophes, back to its first
        // space (an apostrophe before it is the phrase's own, "donors' conference")
        int from = pos;
        while (from > 0 && inRun(text.charAt(from - 1))) {
          from--;
        }
        while (offsetOfRaw[text.charAt(from)] != spaceOffset) {
          from++;
        }
        pos = from;
      }
    }
    return pos;
  }

  /** Whether a text char may continue a run that reads as one space. */
  private boolean inRun(char c) {
    int offset = offsetOfRaw[c];
    return offset == spaceOffset || offset == quoteOffset;
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

  /**
   * The first of the checks of a match the automaton cannot make (the word boundary after it,
   * then the case): whether a phrase that ends in a word char is not followed by one at {@code
   * end}. The boundary before it needs no check: the automaton only follows a phrase led by a
   * word char from a word start.
   */
  private boolean endsAtWordEnd(CharSequence text, int id, int end) {
    return !(rightWord[id] && end < text.length() && TextFold.isWordChar(text.charAt(end)));
  }

  /**
   * Whether the text's span has the case-sensitive phrase's case: letter for letter, or all in
   * upper case.
   */
  private boolean hasCase(CharSequence text, int id, int start, int end) {
    String p = phrases[id];
    boolean exact = true;
    boolean upper = true;
    int pos = start;
    for (int k = 0; k < p.length(); k++) {
      char q = p.charAt(k);
      if (TextFold.fold(q) == ' ') {
        while (pos < end && inRun(text.charAt(pos))) {
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
      String trimmed = phrase == null ? "" : stripFoldedSpaces(withoutQuoteMarks(phrase));
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      originals.add(trimmed);
      folded.add(collapseSpaces(TextFold.fold(trimmed)));
      caseSensitive.add(isCaseSensitive);
      return originals.size() - 1;
    }

    /**
     * The phrase as the automaton reads it: a double quote mark is a space, and an apostrophe at
     * the start or after a space is an opening quote mark, which a text's run of spaces takes in,
     * so it is dropped ("Abū ‘Arīsh" matches "Abu Arish" and "Abu 'Arish").
     */
    private static String withoutQuoteMarks(String phrase) {
      StringBuilder b = new StringBuilder(phrase.length());
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        if (DOUBLE_QUOTES.indexOf(c) >= 0) {
          b.append(' ');
        } else if (!(TextFold.fold(c) == '\''
            && (b.length() == 0 || TextFold.fold(b.charAt(b.length() - 1)) == ' '))) {
          // (an apostrophe that is a letter goes too: text may write it as the one that is not)
          b.append(c);
        }
      }
      return b.toString();
    }

    /** The phrase without the chars at either end that fold to a space (no-break spaces too). */
    private static String stripFoldedSpaces(String phrase) {
      int from = 0;
      int to = phrase.length();
      while (from < to && TextFold.fold(phrase.charAt(from)) == ' ') {
        from++;
      }
      while (to > from && TextFold.fold(phrase.charAt(to - 1)) == ' ') {
        to--;
      }
      return phrase.substring(from, to);
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
