package io.entente.extract.country;

import io.entente.extract.TextFold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The country and bloc gazetteer: every surface form with the code(s) it names, the rule it
 * represents and its role, plus blocking phrases, ambiguous forms with their context cues, and the
 * context word lists. Loaded once from the versioned TSV files under {@code gazetteer/} on the
 * classpath ({@link #load()}); immutable afterwards.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a phrase does when it wins the longest-match pass. */
  public enum Kind {
    /** Names one or more countries. */
    COUNTRY,
    /** Names a bloc or region. */
    BLOC,
    /** Yields nothing; the reason is kept for {@code explain}. */
    BLOCKER,
    /** Names several possible countries; context picks one. */
    AMBIGUOUS,
    /** Not a mention: a context cue counted for ambiguous forms. */
    CUE
  }

  /**
   * One surface form.
   *
   * @param form the phrase as written in the data
   * @param caseSensitive abbreviations: match exact case or all caps only
   * @param kind what the phrase yields
   * @param codes country codes or the bloc id (several for "Anglo-American" or "Kashmir")
   * @param rule rule name reported on the mention; for a blocker, the reason
   * @param role actor or place
   * @param personRisk the form is also a given name (a {@code givenform} in {@code context.tsv}),
   *     so the person-name check applies
   * @param ambiguity index into {@link #ambiguities()} for AMBIGUOUS and CUE entries, else -1
   * @param territory contested territory id, or null
   */
  public record Entry(
      String form,
      boolean caseSensitive,
      Kind kind,
      List<String> codes,
      String rule,
      String role,
      boolean personRisk,
      int ambiguity,
      String territory)
      implements Serializable {}

  /**
   * An ambiguous form's candidates.
   *
   * @param form the form, e.g. Georgia
   * @param defaultCode the code chosen when the cues tie
   * @param candidates one entry per possible reading (code, rule, role)
   */
  public record Ambiguity(String form, String defaultCode, List<Entry> candidates)
      implements Serializable {}

  private final String version;
  private final List<Entry> entries;
  private final List<Ambiguity> ambiguities;
  private final Map<String, String> names;
  private final Map<String, String> status;
  private final Set<String> contested;
  private final Map<String, String> territories;
  private final Map<String, Set<String>> homonyms;
  private final Set<String> townNames;
  private final Set<String> townsInStates;
  private final Set<String> lowerCasePlaces;
  private final Map<String, String> blocNames;
  private final Map<String, List<String>> blocMembers;
  private final Map<String, Set<String>> contextWords;

  private Gazetteer(Loader l) {
    this.version = l.version;
    this.entries = List.copyOf(l.entries);
    this.ambiguities = List.copyOf(l.ambiguities);
    this.names = Collections.unmodifiableMap(new TreeMap<>(l.names));
    this.status = Collections.unmodifiableMap(new TreeMap<>(l.status));
    this.contested = Collections.unmodifiableSet(new TreeSet<>(l.contested));
    this.territories = Collections.unmodifiableMap(new HashMap<>(l.territories));
    this.homonyms = Map.copyOf(l.homonyms); // its sets are immutable already (Set.of)
    this.townNames = Set.copyOf(l.townNames);
    this.townsInStates = Set.copyOf(l.townsInStates);
    this.lowerCasePlaces = Set.copyOf(l.lowerCasePlaces);
    this.blocNames = Collections.unmodifiableMap(new TreeMap<>(l.blocNames));
    Map<String, List<String>> members = new TreeMap<>();
    l.blocMembers.forEach((k, v) -> members.put(k, List.copyOf(new TreeSet<>(v))));
    this.blocMembers = Collections.unmodifiableMap(members);
    this.contextWords = l.frozenContext();
  }

  /** Loads the gazetteer from the classpath resources under {@code gazetteer/}. */
  public static Gazetteer load() {
    Loader l = new Loader();
    // first: its givenform words mark the forms of every other file as they are added
    l.context(read("context.tsv"));
    l.countries(read("countries.tsv"));
    l.contested(read("contested.tsv"));
    l.spacedVariants();
    l.ambiguous(read("ambiguous.tsv"));
    l.blocs(read("blocs.tsv"));
    l.blockers(read("blockers.tsv"));
    l.places(read("places.tsv"));
    l.landmarks(read("landmarks.tsv"));
    l.regional(read("regional.tsv"));
    l.homonyms(read("homonyms.tsv"));
    l.towns(read("towns.tsv"));
    l.dropShadowedByAmbiguity();
    return new Gazetteer(l);
  }

  /**
   * Only the context word lists of {@code context.tsv}, by kind, folded: for matchers that need
   * a few of them (the topic matcher's names) without loading the whole gazetteer.
   */
  public static Map<String, Set<String>> loadContext() {
    Loader l = new Loader();
    l.context(read("context.tsv"));
    return l.frozenContext();
  }

  /** Data version from the countries file header, e.g. {@code 2026.11.1}. */
  public String version() {
    return version;
  }

  /** Every surface form, in load order (ids of the compiled matcher follow this order). */
  public List<Entry> entries() {
    return entries;
  }

  /** Ambiguous forms; {@link Entry#ambiguity()} indexes this list. */
  public List<Ambiguity> ambiguities() {
    return ambiguities;
  }

  /** Short English name of a country code ("Kazakhstan"), or null when the code is unknown. */
  public String name(String code) {
    return names.get(code);
  }

  /** member, observer, partial, territory or historic; null when unknown. */
  public String status(String code) {
    return status.get(code);
  }

  /** True for countries whose own sovereignty or recognition is disputed (XKX, TWN, PSE, ...). */
  public boolean isContested(String code) {
    return contested.contains(code);
  }

  /**
   * The contested territory a matched place name lies in (Crimea -> CRIMEA), by folded form, or
   * empty when the name is not a contested place.
   */
  public Optional<String> contestedTerritory(String matched) {
    return Optional.ofNullable(territories.get(TextFold.fold(matched.strip())));
  }

  /** True when several countries hold a city or subdivision named like {@code matched}. */
  public boolean hasNamesakes(String matched) {
    return homonyms.containsKey(TextFold.fold(matched.strip()));
  }

  /**
   * True when {@code code}'s country holds a city or subdivision named like {@code matched}
   * (folded), by {@code homonyms.tsv}: "Perth" in GBR, "Tripoli" in LBN. Only names that several
   * countries hold are listed, so a name's own country is not always found here.
   */
  public boolean hasNamesake(String matched, String code) {
    return homonyms.getOrDefault(TextFold.fold(matched.strip()), Set.of()).contains(code);
  }

  /**
   * True when a town of the United States, Canada or Australia is named like {@code matched}
   * (folded) in another country's place, by {@code towns.tsv}: "Lebanon", "Delhi", "Paris".
   */
  public boolean hasTowns(String matched) {
    return townNames.contains(TextFold.fold(matched.strip()));
  }

  /**
   * True when {@code code}'s country has a town named like {@code matched} in its state or
   * province named {@code state} (both folded), by {@code towns.tsv}: "Lebanon" in USA's Ohio,
   * "Delhi" in CAN's Ontario.
   */
  public boolean hasTownInState(String matched, String code, String state) {
    return townsInStates.contains(
        townKey(TextFold.fold(matched.strip()), code, TextFold.fold(state.strip())));
  }

  private static String townKey(String name, String code, String state) {
    return name + '\t' + code + '\t' + state;
  }

  /**
   * True when {@code form} is a place of {@code places.tsv} whose name written in lower case is no
   * English word (its {@code lower} column): "dubai", "saigon", not "nice" or "split".
   */
  public boolean isPlaceReadableInLowerCase(String form) {
    return lowerCasePlaces.contains(TextFold.fold(form.strip()));
  }

  /** All country codes (current, territories and historic ISO 3166-3 codes), sorted. */
  public Set<String> countryCodes() {
    return names.keySet();
  }

  /** Bloc id -> sorted member ISO3 codes. */
  public Map<String, List<String>> blocMembers() {
    return blocMembers;
  }

  /** Display name of a bloc id ("Organization of Turkic States"), or null. */
  public String blocName(String id) {
    return blocNames.get(id);
  }

  /** A context word list by kind (title, given, function, institution, treaty, ...), folded. */
  public Set<String> contextWords(String kind) {
    return contextWords.getOrDefault(kind, Set.of());
  }

  private static List<String[]> read(String file) {
    String path = "/gazetteer/" + file;
    try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# Entente") && line.contains("version=")) {
          rows.add(new String[] {"#version", line.substring(line.indexOf("version=") + 8).strip()});
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> forms(String column) {
    if (column == null || column.isBlank() || column.equals("-")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String f : column.split(";")) {
      if (!f.isBlank()) {
        out.add(f.strip());
      }
    }
    return out;
  }

  /**
   * The plural of a phrase whose last word is a lower-case noun ("Swiss roll" -> "Swiss
   * rolls", "French fry" -> "French fries", "Irish coffee" -> "Irish coffees"), or null when
   * its last word is not all lower-case letters or already ends in s.
   */
  static String pluralOfNoun(String phrase) {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    if (last.length() < 2 || !last.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
        || last.endsWith("s")) {
      return null;
    }
    if (last.endsWith("x") || last.endsWith("z") || last.endsWith("ch")
        || last.endsWith("sh")) {
      return phrase + "es";
    }
    char beforeY = last.charAt(last.length() - 2);
    if (last.endsWith("y") && "aeiou".indexOf(beforeY) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }

  static String plural(String demonym) {
    String d = demonym.toLowerCase(java.util.Locale.ROOT);
    if (d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese")
        || d.endsWith("x") || d.endsWith("z")) {
      return null;
    }
    return demonym + "s";
  }

  private static final class Loader {
    String version = "unknown";
    final List<Entry> entries = new ArrayList<>();
    final List<Ambiguity> ambiguities = new ArrayList<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, String> status = new HashMap<>();
    final Set<String> contested = new HashSet<>();
    final Map<String, String> territories = new HashMap<>();
    final Map<String, Set<String>> homonyms = new HashMap<>();
    final Set<String> townNames = new HashSet<>();
    final Set<String> townsInStates = new HashSet<>();
    final Set<String> lowerCasePlaces = new HashSet<>();
    final Map<String, String> blocNames = new HashMap<>();
    final Map<String, Set<String>> blocMembers = new LinkedHashMap<>();
    final Map<String, Set<String>> context = new HashMap<>();
    final Set<String> ambiguousForms = new HashSet<>();
    final Set<String> handForms = new HashSet<>();

    void add(String form, boolean cs, Kind kind, List<String> codes, String rule, String role,
        int ambiguity, String territory) {
      boolean person = context.getOrDefault("givenform", Set.of()).contains(TextFold.fold(form));
      entries.add(new Entry(form, cs, kind, codes, rule, role, person, ambiguity, territory));
      if (kind != Kind.CUE) {
        handForms.add(TextFold.fold(form));
      }
    }

    /**
     * Names, aliases, historic names and capitals written with a hyphen between two words also
     * match with a space there ("Republic of Guinea Bissau", "Timor Leste", "Port au Prince"), as
     * speeches and OCR often write them; and those written with spaces, demonyms too, also match
     * with hyphens ("Viet-Nam", 5,226 times in the UN speeches, "Dar-es-Salaam",
     * "South-African"); unless another form is written so.
     */
    void spacedVariants() {
      Set<String> rules = Set.of("name", "alias", "historic", "capital");
      Set<String> hyphenRules = Set.of("name", "alias", "historic", "capital", "demonym");
      for (Entry e : List.copyOf(entries)) {
        if (e.kind() != Kind.COUNTRY || e.caseSensitive()) {
          continue;
        }
        if (rules.contains(e.rule())) {
          variant(e, e.form().replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
        }
        if (hyphenRules.contains(e.rule())) {
          variant(e, hyphened(e.form()));
        }
      }
    }

    /** {@code form} with a hyphen for every space between two letters ("Viet-Nam"). */
    private static String hyphened(String form) {
      return form.replaceAll("(?<=\\p{L}) (?=\\p{L})", "-");
    }

    private void variant(Entry e, String form) {
      if (!form.equals(e.form()) && handForms.add(TextFold.fold(form))) {
        entries.add(
            new Entry(form, false, Kind.COUNTRY, e.codes(), e.rule(), e.role(), e.personRisk(),
                e.ambiguity(), e.territory()));
      }
    }

    void countries(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          version = r[1];
          continue;
        }
        String code = r[0];
        List<String> c = List.of(code);
        names.put(code, r[1]);
        status.put(code, r[2]);
        boolean historic = r[2].equals("historic");
        String nameRule = historic ? "historic" : "name";
        add(r[1], false, Kind.COUNTRY, c, nameRule, "actor", -1, null);
        for (String f : forms(r[3])) {
          add(f, false, Kind.COUNTRY, c, historic ? "historic" : "alias", "actor", -1, null);
        }
        for (String f : forms(r[4])) {
          add(f, true, Kind.COUNTRY, c, historic ? "historic" : "abbreviation", "actor", -1, null);
          // written in lower case too, for texts written all in lower case ("moving to the uk")
          String lower = f.toLowerCase(Locale.ROOT);
          if (!lower.equals(f)
              && context.getOrDefault("lowerabbr", Set.of()).contains(TextFold.fold(f))) {
            add(lower, true, Kind.COUNTRY, c, historic ? "historic" : "abbreviation", "actor", -1,
                null);
          }
        }
        for (String f : forms(r[5])) {
          String rule = historic ? "historic" : "demonym";
          add(f, false, Kind.COUNTRY, c, rule, "actor", -1, null);
          String p = plural(f);
          if (p != null) {
            add(p, false, Kind.COUNTRY, c, rule, "actor", -1, null);
          }
        }
        for (String f : forms(r[6])) {
          add(f, false, Kind.COUNTRY, c, "capital", "place", -1, null);
        }
        for (String f : forms(r[7])) {
          // '^' marks a seat or a body matched in exact case or all caps only ("RAF", not "Raf")
          boolean cs = f.startsWith("^");
          add(cs ? f.substring(1) : f, cs, Kind.COUNTRY, c, "metonym", "actor", -1, null);
        }
        for (String f : forms(r[8])) {
          add(f, false, Kind.COUNTRY, c, "combining", "actor", -1, null);
        }
        for (String f : forms(r[9])) {
          add(f, false, Kind.COUNTRY, c, "historic", "actor", -1, null);
        }
      }
    }

    void contested(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          continue;
        }
        if (r[0].equals("code")) {
          contested.add(r[1]);
          continue;
        }
        List<String> codes = Arrays.asList(r[1].split("\\+"));
        for (String f : forms(r[3])) {
          add(f, false, Kind.COUNTRY, codes, "subdivision", "place", -1, r[2]);
          territories.put(TextFold.fold(f), r[2]);
        }
      }
    }

    void ambiguous(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          continue;
        }
        int idx = ambiguities.size();
        String form = r[0];
        List<Entry> candidates = new ArrayList<>();
        for (int k = 2; k < r.length; k++) {
          String[] headCues = r[k].split("=", 2);
          String[] h = headCues[0].split(":");
          Entry cand =
              new Entry(form, false, Kind.COUNTRY, List.of(h[0]), h[1], h[2], false, idx, null);
          candidates.add(cand);
          for (String cue : forms(headCues.length > 1 ? headCues[1] : "")) {
            entries.add(
                new Entry(cue, false, Kind.CUE, List.of(h[0]), "cue", "-", false, idx, null));
          }
        }
        ambiguities.add(new Ambiguity(form, r[1], List.copyOf(candidates)));
        add(r[0], false, Kind.AMBIGUOUS, List.of(r[1]), "ambiguous", "actor", idx, null);
        ambiguousForms.add(TextFold.fold(form));
      }
    }

    void blocs(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          continue;
        }
        blocNames.put(r[0], r[1]);
        for (String f : forms(r[2])) {
          boolean cs = f.startsWith("^");
          add(cs ? f.substring(1) : f, cs, Kind.BLOC, List.of(r[0]), "bloc", "actor", -1, null);
        }
        Set<String> m = new TreeSet<>();
        if (r[3].equals("*member")) {
          status.forEach((code, s) -> {
            if (s.equals("member")) {
              m.add(code);
            }
          });
        } else {
          m.addAll(forms(r[3]));
        }
        blocMembers.put(r[0], m);
      }
    }

    void blockers(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          continue;
        }
        boolean cs = r[0].startsWith("^");
        String written = cs ? r[0].substring(1) : r[0];
        // a phrase written with spaces also blocks with hyphens ("Latin-American continent"), as
        // the country forms do (spacedVariants); not the reverse: "Anglo American" is a company
        String hyphened = hyphened(written);
        List<String> forms = new ArrayList<>(List.of(written));
        if (!hyphened.equals(written)) {
          forms.add(hyphened);
        }
        // a thing blocked in the singular is blocked in the plural ("Swiss rolls", "Persian
        // cats"): a last word in lower case is a common noun
        String plural = r[1].startsWith("block:") ? pluralOfNoun(written) : null;
        if (plural != null) {
          forms.add(plural);
        }
        for (String form : forms) {
          if (!form.equals(written) && handForms.contains(TextFold.fold(form))) {
            continue;
          }
          if (r[1].startsWith("block:")) {
            add(form, cs, Kind.BLOCKER, List.of(), r[1].substring(6), "-", -1, null);
          } else {
            String[] h = r[1].split(":");
            add(form, cs, Kind.COUNTRY, Arrays.asList(h[0].split("\\+")), h[1], h[2], -1, null);
          }
        }
      }
    }

    void places(List<String[]> rows) {
      for (String[] r : rows) {
        if (heldElsewhere(r)) {
          continue;
        }
        add(r[0], false, Kind.COUNTRY, List.of(r[1]), r[2], "place", -1, null);
        if (r[3].equals("yes")) {
          lowerCasePlaces.add(TextFold.fold(r[0]));
        }
      }
    }

    /**
     * Named sites and natural features of one country (landmarks.tsv) as place mentions of it; a
     * form another file holds is decided there.
     */
    void landmarks(List<String[]> rows) {
      for (String[] r : rows) {
        if (heldElsewhere(r)) {
          continue;
        }
        add(r[0], false, Kind.COUNTRY, List.of(r[1]), "landmark", "place", -1, null);
      }
    }

    /**
     * A region's or city's demonyms (regional.tsv) as demonyms of its country, with their
     * plurals ("Texans"); a form another file holds is decided there.
     */
    void regional(List<String[]> rows) {
      for (String[] r : rows) {
        if (heldElsewhere(r)) {
          continue;
        }
        List<String> c = List.of(r[1]);
        add(r[0], false, Kind.COUNTRY, c, "demonym", "actor", -1, null);
        String p = plural(r[0]);
        if (p != null && !handForms.contains(TextFold.fold(p))) {
          add(p, false, Kind.COUNTRY, c, "demonym", "actor", -1, null);
        }
      }
    }

    /**
     * True for a file's version row, and for a row whose form an earlier file already holds: the
     * generated and secondary files (places, landmarks, regional demonyms) yield to it.
     */
    private boolean heldElsewhere(String[] r) {
      return r[0].equals("#version") || handForms.contains(TextFold.fold(r[0]));
    }

    void homonyms(List<String[]> rows) {
      for (String[] r : rows) {
        if (!r[0].equals("#version")) {
          homonyms.put(TextFold.fold(r[0]), Set.of(r[1].split(" ")));
        }
      }
    }

    void towns(List<String[]> rows) {
      for (String[] r : rows) {
        if (!r[0].equals("#version")) {
          String name = TextFold.fold(r[0]);
          townNames.add(name);
          townsInStates.add(townKey(name, r[1], TextFold.fold(r[2])));
        }
      }
    }

    /** The context lists read so far, as an unmodifiable map of immutable sets. */
    Map<String, Set<String>> frozenContext() {
      Map<String, Set<String>> ctx = new HashMap<>();
      context.forEach((k, v) -> ctx.put(k, Set.copyOf(v)));
      return Collections.unmodifiableMap(ctx);
    }

    void context(List<String[]> rows) {
      for (String[] r : rows) {
        if (r[0].equals("#version")) {
          continue;
        }
        Set<String> words = context.computeIfAbsent(r[0], k -> new HashSet<>());
        for (String w : r[1].split(" ")) {
          if (!w.isBlank()) {
            words.add(TextFold.fold(w));
          }
        }
      }
    }

    /** A plain entry with the same folded form as an ambiguous form would bypass the cues. */
    void dropShadowedByAmbiguity() {
      entries.removeIf(
          e -> (e.kind() == Kind.COUNTRY)
              && ambiguousForms.contains(TextFold.fold(e.form())));
    }
  }
}
