package io.entente.extract.country;

import io.entente.extract.Mention;
import io.entente.extract.PhraseMatcher;
import io.entente.extract.SentenceSplitter;
import io.entente.extract.TextFold;
import io.entente.extract.country.Explanation.Blocked;
import io.entente.extract.country.Gazetteer.Ambiguity;
import io.entente.extract.country.Gazetteer.Entry;
import io.entente.extract.country.Gazetteer.Kind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds country and bloc mentions in text: one pass of a compiled automaton over the text, a
 * leftmost-longest selection, then cheap context checks that run only on the few candidates.
 *
 * <p>Checks, in order (each one is data-driven from the gazetteer files):
 *
 * <ol>
 *   <li>blocking phrases win the longest match and yield nothing ("Indian Ocean") or another
 *       mention ("Niger Delta" -> NGA place);
 *   <li>case: a form that the gazetteer capitalises must be capitalised in the text ("turkey"
 *       the bird, "china" dishes), abbreviations are case-sensitive ("US" vs "us");
 *   <li>person names: a title (Mr., Dr.) or a known given name right before the candidate blocks
 *       it; for forms that are also given names (the {@code givenform} list: Jordan, Chad, Paris,
 *       Milan) a capitalised word right after that is not a function word, an institution word or
 *       a gazetteer form blocks it too, unless a determiner or a preposition of place comes first
 *       ("Michael Jordan", "Jordan Peterson", "Paris Hilton"; "in Cuba Yankee imperialism" stays);
 *   <li>languages: a demonym after "in/speak/translated" with nothing after it, or before
 *       "language/-speaking", or opening a clause that calls it a language ("Korean has become
 *       its fastest-growing language"), names a language ("in Russian"); before a people's
 *       plural of another country it names that country's people ("Japanese Americans");
 *   <li>treaties: a place followed by Agreement/Protocol/Convention/... or preceded by "Treaty of"
 *       names an agreement ("Paris Agreement", "Minsk agreements");
 *   <li>ambiguous forms (Georgia, Congo, Korea) pick the reading with the most context cues: cue
 *       phrases in the whole text, and for a subdivision reading the other subdivisions of its
 *       country in the same sentence ("Florida and Georgia"); else the documented default;
 *   <li>hyphen-joined mentions ("Kyrgyz-Tajik", "US-China") get the rule {@code combining};
 *   <li>a capital or seat of a dissolved state's successor is that state in a text that names it
 *       and never the successor ("Moscow" beside "the Soviet Union");
 *   <li>hashtags in camel case are read again with their words apart ("#StandWithUkraine");
 *   <li>a compass word joined by "and" or "or" to a name opening with another one names the
 *       country it completes ("East and West Germany", "South and North Korea").
 * </ol>
 *
 * <p>The checks above are the main ones; the rest (namesake towns, appositions, streets, works'
 * titles, a surname said again, ships' prefixes, horses in the betting, ...) are documented where
 * they are defined and in {@code docs/countries.md}.
 *
 * <p>Immutable and thread-safe; serializable, so it can be broadcast, or rebuilt per executor
 * through {@link #defaultMatcher()} (built once per JVM).
 */
public final class CountryMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?<city>\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\- ]*\\p{Lu}\\.?)"
              + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.' ]{0,30}?))?"
              + "(?:,\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
              + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
              + "\\s*(?:\\((?<credit>[^()\\n]{1,40})\\))?"
              // a hyphen joined to words on both sides is inside a word ("U.S. F-16s fly"):
              // a dateline's dash has a space or the credit's bracket on one side, or is doubled,
              // or is a long dash
              + "\\s*(?:(?<=[\\s)])[-\u2013\u2014]{1,2}|[-\u2013\u2014]{1,2}(?=\\s)|--"
              + "|[\u2013\u2014]{1,2})\\s*");

  private final Gazetteer gazetteer;
  private final PhraseMatcher matcher;
  private final Entry[] byId;
  private final Set<String> formSet;
  private final Map<String, List<Entry>> lookup;
  private final Set<String> titles;
  private final Set<String> colonyWords;
  private final Set<String> lowerTitles;
  private final Set<String> given;
  private final Set<String> function;
  private final Set<String> institution;
  private final Set<String> treaty;
  private final Set<String> treatyMid;
  private final Set<String> treatyVerb;
  private final Set<String> streets;
  private final Set<String> streetsBefore;
  private final Set<String> waterAfter;
  private final Set<String> waterBefore;
  private final Set<String> papers;
  private final Set<String> firms;
  private final Set<String> firmsLast;
  private final Set<String> firmsBefore;
  private final Set<String> clubs;
  private final Set<String> clubsBefore;
  private final Set<String> sportWords;
  private final Set<String> voteWords;
  private final Set<String> teamWords;
  private final Set<String> sportEvents;
  private final Set<String> sportRoles;
  private final Set<String> sportResults;
  private final Set<String> diseases;
  private final Set<String> peoplesDiseases;
  private final Set<String> particles;
  private final Map<String, String> seats;
  private final Set<String> langPrev;
  private final Set<String> languages;
  private final Set<String> placeWords;
  private final Set<String> langNext;
  private final Set<String> givenForms;
  private final Set<String> surnames;
  private final Set<String> usAbbr;
  private final Set<String> caAbbr;
  private final Set<String> usPostal;
  private final Set<String> caPostal;
  private final Set<String> auPostal;
  private final Set<String> determiners;
  private final Set<String> locatives;
  private final Set<String> diaspora;
  private final Set<String> cuisine;
  private final Set<String> namers;
  /** The namer words for a horse (context.tsv kind horse), {@link #namedAfterNamer}. */
  private final Set<String> horses;
  private final Set<String> pronouns;
  private final Set<String> pronounOk;
  private final Set<String> everyday;
  private final Set<String> lowerWords;
  private final Set<String> appositives;
  /** Nouns for a town or city (context.tsv kind settlement), {@link #namesakeTownAfter}. */
  private final Set<String> settlements;
  private final Set<String> kin;

  /** The nouns of an apposition that names a person: kin, sportrole and {@link #PERSON_ROLES}. */
  private final Set<String> personNouns;
  private final Set<String> colonial;
  private final Set<String> breeds;
  private final Set<String> carMakers;
  private final Set<String> vessels;
  private final Set<String> storms;
  private final Set<String> works;
  private final Set<String> worksWith;
  private final Set<String> worksOf;
  private final Set<String> racing;
  private final Set<String> departures;
  private final Set<String> shipPrefixes;
  // the appositive nouns and the racing words, joined once: an apposition after a two-word name
  // may also give a horse's place in the betting ("Siberian Sky, the 7-2 favourite")
  private final Set<String> pairAppositives;
  private final Set<String> buildings;
  private final Set<String> reportVerbs;
  private final Set<String> stateNouns;
  private final Set<String> placeVerbs;

  private CountryMatcher(Gazetteer g) {
    this.gazetteer = g;
    PhraseMatcher.Builder b = PhraseMatcher.builder();
    List<Entry> entries = g.entries();
    this.byId = new Entry[entries.size()];
    this.formSet = new HashSet<>();
    this.lookup = new HashMap<>();
    for (Entry e : entries) {
      byId[b.add(e.form(), e.caseSensitive())] = e;
      if (e.kind() != Kind.CUE) {
        String f = TextFold.fold(e.form());
        formSet.add(f);
        lookup.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
      }
    }
    this.matcher = b.build();
    this.titles = g.contextWords("title");
    this.colonyWords = g.contextWords("colony");
    this.lowerTitles = g.contextWords("lowertitle");
    this.given = g.contextWords("given");
    this.givenForms = g.contextWords("givenform");
    this.surnames = g.contextWords("surname");
    this.function = g.contextWords("function");
    this.institution = g.contextWords("institution");
    this.treaty = g.contextWords("treaty");
    this.treatyMid = g.contextWords("treatymid");
    this.treatyVerb = g.contextWords("treatyverb");
    this.streets = g.contextWords("street");
    this.streetsBefore = g.contextWords("streetbefore");
    this.waterAfter = g.contextWords("waterafter");
    this.waterBefore = g.contextWords("waterbefore");
    this.papers = g.contextWords("paper");
    this.firms = g.contextWords("firm");
    this.firmsLast = g.contextWords("firmlast");
    this.firmsBefore = g.contextWords("firmbefore");
    this.clubs = g.contextWords("club");
    this.clubsBefore = g.contextWords("clubbefore");
    this.sportWords = g.contextWords("sport");
    this.voteWords = g.contextWords("vote");
    this.teamWords = g.contextWords("team");
    this.sportEvents = g.contextWords("sportevent");
    this.sportRoles = g.contextWords("sportrole");
    this.sportResults = g.contextWords("sportresult");
    this.diseases = g.contextWords("disease");
    this.peoplesDiseases = g.contextWords("diseasepeople");
    this.particles = g.contextWords("particle");
    // "brussels=eu" (the words are folded): the capital's folded form -> the bloc's id
    Map<String, String> seatOf = new HashMap<>();
    for (String w : g.contextWords("seat")) {
      int eq = w.indexOf('=');
      seatOf.put(w.substring(0, eq), w.substring(eq + 1).toUpperCase(Locale.ROOT));
    }
    this.seats = Map.copyOf(seatOf);
    this.langPrev = g.contextWords("langprev");
    this.languages = g.contextWords("language");
    this.placeWords = g.contextWords("placeword");
    this.langNext = g.contextWords("langnext");
    this.usAbbr = g.contextWords("usabbr");
    this.caAbbr = g.contextWords("caabbr");
    this.usPostal = g.contextWords("uspostal");
    this.caPostal = g.contextWords("capostal");
    this.auPostal = g.contextWords("aupostal");
    this.determiners = g.contextWords("determiner");
    this.locatives = g.contextWords("locative");
    this.diaspora = g.contextWords("diaspora");
    this.cuisine = g.contextWords("cuisine");
    this.namers = g.contextWords("namer");
    this.horses = g.contextWords("horse");
    this.pronouns = g.contextWords("pronoun");
    this.pronounOk = g.contextWords("pronounok");
    this.everyday = g.contextWords("everyday");
    this.lowerWords = g.contextWords("lowerword");
    this.appositives = g.contextWords("appositive");
    this.settlements = g.contextWords("settlement");
    this.kin = g.contextWords("kin");
    Set<String> people = new HashSet<>(kin);
    people.addAll(sportRoles);
    people.addAll(PERSON_ROLES);
    this.personNouns = Set.copyOf(people);
    this.colonial = g.contextWords("colonial");
    this.breeds = g.contextWords("breed");
    this.carMakers = g.contextWords("carmaker");
    this.vessels = g.contextWords("vessel");
    this.storms = g.contextWords("storm");
    this.works = g.contextWords("work");
    this.worksWith = g.contextWords("workwith");
    this.worksOf = g.contextWords("workof");
    this.racing = g.contextWords("racing");
    this.departures = g.contextWords("departure");
    this.shipPrefixes = g.contextWords("shipprefix");
    Set<String> pairNouns = new HashSet<>(g.contextWords("appositive"));
    pairNouns.addAll(racing);
    this.pairAppositives = Set.copyOf(pairNouns);
    this.buildings = g.contextWords("building");
    this.reportVerbs = g.contextWords("reportverb");
    this.stateNouns = g.contextWords("statenoun");
    this.placeVerbs = g.contextWords("placeverb");
  }

  private static final class Holder {
    static final CountryMatcher DEFAULT = fromGazetteer(Gazetteer.load());
  }

  /** The matcher over the bundled gazetteer, built once per JVM on first use. */
  public static CountryMatcher defaultMatcher() {
    return Holder.DEFAULT;
  }

  /** Compiles a matcher over the given gazetteer (heavy: do it once, not per row). */
  public static CountryMatcher fromGazetteer(Gazetteer g) {
    return new CountryMatcher(g);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Number of automaton states (for docs and benchmarks). */
  public int states() {
    return matcher.states();
  }

  /** The compiled phrases, for a joint pass with other matchers ({@link PhraseMatcher.Joint}). */
  public PhraseMatcher phrases() {
    return matcher;
  }

  /**
   * All country and bloc mentions in the text, sorted by start offset, offsets into {@code text}.
   * A phrase naming two countries ("Kashmir", "Anglo-American") yields one mention per code.
   */
  public List<Mention> find(String text) {
    return find(text, (Integer) null);
  }

  /**
   * As {@link #find(String)} for a text written in {@code year} (null when unknown): a text
   * written while a dissolved state stood reads the seat of its successor as that state ("the
   * rulers in the Kremlin" in 1953 is the Soviet Union).
   */
  public List<Mention> find(String text, Integer year) {
    return text == null ? List.of() : run(text, null, matcher.over(text), null, year);
  }

  /**
   * As {@link #find(String)}, reading the matches of {@link #phrases()} over {@code text} from
   * {@code matches} (a joint pass) instead of making a pass of its own, and the sentences from
   * {@code sentenceStarts} ({@link io.entente.extract.SentenceSplitter#starts}) instead of
   * splitting the text again.
   */
  public List<Mention> find(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches) {
    return find(text, sentenceStarts, matches, null);
  }

  /**
   * As {@link #find(String, int[], PhraseMatcher.MatchSource)} for a text written in {@code year}
   * (null when unknown).
   */
  public List<Mention> find(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches, Integer year) {
    return run(text, sentenceStarts, matches, null, year);
  }

  /** The mentions plus every blocked candidate and its reason. */
  public Explanation explain(String text) {
    return explain(text, null);
  }

  /** As {@link #explain(String)} for a text written in {@code year} (null when unknown). */
  public Explanation explain(String text, Integer year) {
    List<Blocked> blocked = new ArrayList<>();
    List<Mention> found =
        text == null ? List.of() : run(text, null, matcher.over(text), blocked, year);
    blocked.sort(Comparator.comparingInt(Blocked::start).thenComparingInt(Blocked::end));
    return new Explanation(found, List.copyOf(blocked));
  }

  /**
   * Parses a dateline at the start of a text: an upper-case place, an optional qualifier ("KYIV,
   * Ukraine"), an optional date ("Feb 3"), an optional wire credit in brackets and a dash with a
   * space or the credit's bracket on one side, a double hyphen or a long dash (a hyphen inside a
   * word, "U.S. F-16s", is no dateline's).
   */
  public static Optional<Dateline> parseDateline(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String city = m.group("city").strip();
    if (city.replaceAll("[^\\p{L}]", "").length() < 2) {
      return Optional.empty();
    }
    String region = m.group("region");
    String place = region == null ? city : city + ", " + region.strip();
    String credit = m.group("credit");
    return Optional.of(new Dateline(place, credit == null ? null : credit.strip(), m.end()));
  }

  /**
   * Resolves a dateline place ("ALMATY", "KYIV, Ukraine", "ATLANTA, Ga.") to a country mention with
   * rule and role {@code dateline} and offsets -1. A qualifier naming a country wins over the city;
   * a US state abbreviation gives USA.
   */
  public Optional<Mention> resolveDateline(String datelineCity) {
    if (datelineCity == null || datelineCity.isBlank()) {
      return Optional.empty();
    }
    String[] parts = datelineCity.split(",");
    String cityCode = codeOf(parts[0]);
    String code = null;
    if (parts.length > 1) {
      String q = parts[parts.length - 1].strip();
      String stateCountry = abbreviationCountry(q);
      if (stateCountry != null) {
        code = stateCountry;
      } else {
        List<Entry> es = lookup.get(TextFold.fold(q));
        if (es != null) {
          Entry e = es.get(0);
          if (e.kind() == Kind.AMBIGUOUS) {
            Ambiguity a = gazetteer.ambiguities().get(e.ambiguity());
            code = a.defaultCode();
            for (Entry c : a.candidates()) {
              if (c.codes().get(0).equals(cityCode)) {
                code = cityCode;
              }
            }
          } else if (e.kind() == Kind.COUNTRY) {
            code = e.codes().get(0);
          }
        }
      }
    }
    if (code == null) {
      code = cityCode;
    }
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Mention(
            code,
            Mention.COUNTRY,
            datelineCity.strip(),
            -1,
            -1,
            Mention.ROLE_DATELINE,
            Mention.ROLE_DATELINE));
  }

  private String codeOf(String place) {
    List<Entry> es = lookup.get(TextFold.fold(place.strip()));
    if (es == null) {
      return null;
    }
    for (Entry e : es) {
      if (e.kind() == Kind.COUNTRY && e.codes().size() == 1) {
        return e.codes().get(0);
      }
      if (e.kind() == Kind.AMBIGUOUS) {
        return gazetteer.ambiguities().get(e.ambiguity()).defaultCode();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- the pass and the checks

  /** @param sentenceStarts the text's sentence starts, or null to split them when needed */
  private List<Mention> run(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches,
      List<Blocked> blocked, Integer year) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    if (year == null) {
      year = datelineYear(text);
    }
    return hashtags(text, runOver(text, sentenceStarts, matches, blocked, year), year);
  }

  /**
   * A dateline's date with its year at the start of a text: a place in capitals, maybe a
   * qualifier, maybe a month and a day in either order, and a year ("PRAGUE, Aug. 21, 1968
   * (Reuters) --", "PRAGUE, 1 July 1991 --", "WASHINGTON, Feb. 1980 (UPI)", "KYIV, Ukraine, March
   * 3, 2022").
   */
  private static final Pattern DATELINE_YEAR =
      Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'\u2019-]+,(?: [\\p{L} .]+,)? "
          + "(?:(?:\\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? )?"
          + "(?:\\d{1,2},? )?(1[89]\\d\\d|20\\d\\d)\\b");

  /**
   * The year of a dateline that opens {@code text} ({@link #DATELINE_YEAR}), or null: a text of
   * unknown date says when it was written there, as a wire story does.
   */
  public static Integer datelineYear(String text) {
    Matcher m = DATELINE_YEAR.matcher(text);
    return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * Adds the countries and blocs inside hashtags written in camel case ("#StandWithUkraine",
   * "#SouthSudan"), which the pass over the text does not see, since a form must start a word:
   * each such tag is read again with its words apart ("Stand With Ukraine", "Kenya 2024"), by
   * every rule, and what that finds is added where it overlaps nothing found already.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> hashtags(String text, List<Mention> in, Integer year) {
    int hash = text.indexOf('#');
    List<Mention> added = new ArrayList<>();
    while (hash >= 0) {
      int end = hash + 1;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      StringBuilder words = new StringBuilder(2 * (end - hash));
      // for each character of the words, its index in the text
      int[] at = new int[2 * (end - hash) + 1];
      for (int i = hash + 1; i < end; i++) {
        char ch = text.charAt(i);
        char before = i > hash + 1 ? text.charAt(i - 1) : ' ';
        if ((Character.isUpperCase(ch) && (Character.isLowerCase(before)
                || (Character.isUpperCase(before) && i + 1 < end
                    && Character.isLowerCase(text.charAt(i + 1)))))
            || (Character.isDigit(ch) != Character.isDigit(before) && before != ' ')) {
          // a word starts: "WithUkraine", "USElection" after its capitals, "Kenya2024"
          at[words.length()] = i;
          words.append(' ');
        }
        at[words.length()] = i;
        words.append(ch);
      }
      at[words.length()] = end;
      if (words.indexOf(" ") >= 0) {
        String tag = words.toString();
        for (Mention m : runOver(tag, null, matcher.over(tag), null, year)) {
          int s = at[m.start()];
          int e = at[m.end()];
          if (in.stream().noneMatch(n -> n.start() < e && s < n.end())) {
            added.add(new Mention(
                m.code(), m.type(), text.substring(s, e), s, e, m.rule(), m.role()));
          }
        }
      }
      hash = text.indexOf('#', end);
    }
    if (added.isEmpty()) {
      return in;
    }
    List<Mention> out = new ArrayList<>(in);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  private List<Mention> runOver(
      String text, int[] sentenceStarts, PhraseMatcher.MatchSource matches,
      List<Blocked> blocked, Integer year) {
    Collector c = new Collector(sentenceStarts);
    matches.forEachMatch(c);
    if (c.size == 0) {
      return townsOfStates(text, List.of());
    }
    int[] spans = c.longest();
    List<Mention> out = new ArrayList<>();
    List<int[]> pending = null; // ambiguous: {start, end, ambiguity}
    // forms read as a person's or a thing's name so far ("Ruth Holland", "Georgia, 16,",
    // "Borussia Dortmund") -> the name or the reason they were read in
    Map<String, String> surnamesRead = null;
    // the starts of later forms that may be such a name again -> the reason; an ambiguous
    // form's are decided once its country is known
    Map<Integer, String> surnamesAgain = null;
    Map<Integer, String> ambiguousAgain = null;
    for (int k = 0; k < spans.length; k += 3) {
      int start = spans[k + 1];
      int end = spans[k + 2];
      // all ids that share this exact span
      int j = k;
      Entry blocker = null;
      Entry first = null;
      while (j < spans.length && spans[j + 1] == start && spans[j + 2] == end) {
        Entry e = byId[spans[j]];
        if (e.kind() == Kind.BLOCKER && blocker == null) {
          blocker = e;
        } else if (first == null && e.kind() != Kind.BLOCKER) {
          first = e;
        }
        j += 3;
      }
      k = j - 3;
      if (blocker != null) {
        if (blocked != null) {
          blocked.add(
              new Blocked(text.substring(start, end), start, end, List.of(), blocker.rule()));
        }
        continue;
      }
      String reason = check(text, start, end, first, c);
      if (reason == null) {
        reason = sharedCompound(text, start, end);
      }
      c.sportRead |= reason != null
          && (reason.startsWith(SPORTS_TEAM) || reason.startsWith(NAMED_CLUB));
      Entry state = reason == null ? stateOfTheName(text, start, end) : null;
      if (state != null) {
        // "Niger state", "Zamfara and Niger states": the province named like the country
        int stateEnd = end + 1 + nextToken(text, end).length();
        addMentions(out, state, Mention.COUNTRY, text, start, stateEnd);
        continue;
      }
      if (reason == null && surnamesRead != null
          && (first.kind() == Kind.COUNTRY || first.kind() == Kind.AMBIGUOUS)) {
        String person = surnamesRead.get(text.substring(start, end));
        String again = person == null ? null : sameSurname(text, start, end, first, person);
        if (again != null) {
          // decided after the loop, when the text's other mentions are known
          if (first.kind() == Kind.COUNTRY) {
            surnamesAgain = put(surnamesAgain, start, again);
          } else {
            ambiguousAgain = put(ambiguousAgain, start, again);
          }
        }
      }
      if (PEOPLES_WORD_BEFORE_NOUN.equals(reason)) {
        // the people's word alone is still its country's: "the Spanish town of La Linea"
        int wordEnd = text.indexOf(' ', start);
        Entry people = peoplesWordBeforeNoun(text, start, end, first);
        if (check(text, start, wordEnd, people, c) == null) {
          addMentions(out, people, Mention.COUNTRY, text, start, wordEnd);
        }
      }
      if (reason != null) {
        boolean surname = reason.startsWith(TITLE_BEFORE) || reason.startsWith(GIVEN_BEFORE);
        boolean thing = thingAgain(reason);
        boolean named =
            surname || reason.startsWith(PERSON_AFTER) || namesAgain(reason) || thing;
        if (named) {
          if (surnamesRead == null) {
            surnamesRead = new HashMap<>();
          }
          String form = text.substring(start, end);
          surnamesRead.putIfAbsent(
              form,
              surname ? prevToken(text, start) + " " + form
                  : reason.startsWith(PERSON_AFTER) ? form + " " + nextToken(text, end)
                  : thing ? THING + reason
                  : reason);
        }
        if (blocked != null) {
          List<String> codes =
              first.kind() == Kind.AMBIGUOUS
                  ? candidateCodes(first.ambiguity())
                  : first.codes();
          blocked.add(new Blocked(text.substring(start, end), start, end, codes, reason));
        }
        continue;
      }
      if (first.kind() == Kind.AMBIGUOUS) {
        if (pending == null) {
          pending = new ArrayList<>();
        }
        pending.add(new int[] {start, end, first.ambiguity()});
        continue;
      }
      addMentions(
          out, first, first.kind() == Kind.BLOC ? Mention.BLOC : Mention.COUNTRY, text, start,
          end);
    }
    if (surnamesAgain != null) {
      out = surnamesAgain(text, out, surnamesAgain, blocked);
    }
    if (pending != null) {
      resolveAmbiguous(text, pending, c, out, blocked);
      if (ambiguousAgain != null) {
        out = surnamesAgain(text, out, ambiguousAgain, blocked);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::code));
    List<Mention> placed =
        seatsOfBlocs(
            text,
            placesOfDemonym(
                text,
                namesakesOfTheStory(
                    text,
                    countiesOfStates(
                        text,
                        namesakesByBearing(
                            text,
                            namesakesOfAList(text, namesakesOfTheSentence(
                                text, sentenceStarts,
                                buildingsElsewhere(
                                    text, townsOfStates(text, namesakes(text, out, blocked)),
                                    blocked),
                                blocked), blocked),
                            blocked),
                        blocked),
                    blocked),
                blocked),
            blocked);
    return compassPairs(
        text,
        formerStatesSeats(
            text,
            markCombining(
                text, everydayWords(text, rulersOfColonies(text, placed, blocked), blocked)),
            blocked, year));
  }

  /** Adds a mention of each of {@code e}'s codes for the span {@code [start, end)}. */
  private static void addMentions(
      List<Mention> out, Entry e, String type, String text, int start, int end) {
    for (String code : e.codes()) {
      out.add(
          new Mention(code, type, text.substring(start, end), start, end, e.rule(), e.role()));
    }
  }

  /** {@code map} with {@code key} put, made on the first put (most texts need none). */
  private static Map<Integer, String> put(Map<Integer, String> map, int key, String value) {
    Map<Integer, String> m = map == null ? new HashMap<>() : map;
    m.put(key, value);
    return m;
  }

  /** The compass words that open a country's name ("North Korea", "East Germany"). */
  private static final Set<String> NAME_COMPASS = Set.of("North", "South", "East", "West");

  /**
   * Adds the country a compass word names by sharing the name after it, where two compass words
   * are joined by "and" or "or" before one name: "East and West Germany" is East Germany and
   * West Germany, "North and South Korea" both Koreas. The added mention spans the lone compass
   * word, with the rule and role of the name it completes; a name the gazetteer does not hold
   * ("North and South America" is no country) adds nothing.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> compassPairs(String text, List<Mention> in) {
    List<Mention> out = null;
    for (Mention m : in) {
      int space = m.matched().indexOf(' ');
      if (!Mention.COUNTRY.equals(m.type()) || space < 0
          || !NAME_COMPASS.contains(m.matched().substring(0, space))) {
        continue;
      }
      int joint = text.lastIndexOf(' ', m.start() - 2);
      String link = joint < 0 ? null : text.substring(joint + 1, m.start() - 1);
      if (!"and".equals(link) && !"or".equals(link)) {
        continue;
      }
      int wordStart = text.lastIndexOf(' ', joint - 1) + 1;
      String compass = text.substring(wordStart, joint);
      if (!NAME_COMPASS.contains(compass) || m.matched().startsWith(compass)) {
        continue;
      }
      List<Entry> named = lookup.get(
          TextFold.fold(compass + m.matched().substring(space)));
      Entry e = named == null ? null : named.stream()
          .filter(x -> x.kind() == Kind.COUNTRY).findFirst().orElse(null);
      if (e == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(in);
      }
      for (String code : e.codes()) {
        out.add(new Mention(code, Mention.COUNTRY, compass, wordStart, joint, e.rule(), e.role()));
      }
    }
    if (out == null) {
      return in;
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::code));
    return out;
  }

  /**
   * A demonym right before a word for a colony ({@code colony} in context.tsv, maybe after
   * "Crown"), "of" and another country's mention is the colony's ruler's adjective, and a colony
   * named with its ruler's adjective is its successor only, as "the Belgian Congo" is the Congo
   * alone: "the British protectorate of Bechuanaland" is Botswana, "the British colony of
   * Southern Rhodesia" Zimbabwe. The plural ("the Portuguese colonies of Angola and Mozambique")
   * keeps the ruler, the subject of a sentence about its colonies.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> rulersOfColonies(String text, List<Mention> in, List<Blocked> blocked) {
    if (colonyWords.isEmpty() || in.size() < 2) {
      return in;
    }
    return rewrite(in, i -> {
      Mention d = in.get(i);
      if (!"demonym".equals(d.rule()) || i + 1 >= in.size()
          || d.end() >= text.length() || text.charAt(d.end()) != ' ') {
        return null;
      }
      int at = d.end() + 1;
      String word = nextToken(text, at);
      if (word != null && TextFold.fold(word).equals("crown")) {
        // "the British Crown colony of Hong Kong"
        at += word.length() + 1;
        word = nextToken(text, at);
      }
      if (word == null || !colonyWords.contains(TextFold.fold(word))
          || !text.startsWith(word + " of ", at)) {
        return null;
      }
      Mention colony = in.get(i + 1);
      // the colony's mention starts right after "WORD of "
      if (colony.start() != at + word.length() + " of ".length() || !colony.isCountry()
          || colony.code().equals(d.code())) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(d.matched(), d.start(), d.end(), List.of(d.code()),
            "the ruler's adjective of a colony ("
                + text.substring(d.start(), colony.end()) + ")"));
      }
      return List.of();
    });
  }

  /**
   * A place whose name is also an everyday word ({@code everyday} in context.tsv: "Nice",
   * "Male") is only trusted where its capital letter says something. At a sentence's or line's
   * start, in all-caps text or in a title-case headline it stands only when the text names its
   * country some other way too ("Male is the capital of the Maldives"); alone it is the word
   * ("Nice work by the negotiators", "Male voters turned out"). After a preposition of place
   * ("Talks In Nice End", "IN NICE") it is the place, and at a sentence's start in prose so it is
   * before a verb that needs a subject ({@code placeverb}: "Nice will make its tramway free").
   * An abbreviation that spells a word ("CAR",
   * the Central African Republic) is written in capitals anyway, so only a line all in capitals
   * makes it doubtful ("CAR-FREE SUNDAY").
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> everydayWords(String text, List<Mention> in, List<Blocked> blocked) {
    if (everyday.isEmpty() || in.isEmpty()) {
      return in;
    }
    boolean[] weak = new boolean[in.size()];
    boolean any = false;
    for (int i = 0; i < in.size(); i++) {
      Mention m = in.get(i);
      String prev = prevToken(text, m.start());
      weak[i] =
          everyday.contains(TextFold.fold(m.matched()))
              && (prev == null || !locatives.contains(TextFold.fold(prev)))
              && (isAllCaps(text, m.start(), m.end())
                  || (!"abbreviation".equals(m.rule())
                      && ((atSentenceStart(text, m.start()) && !beforePlaceVerb(text, m.end()))
                          || isTitleCaseLine(text, m.start()))));
      any |= weak[i];
    }
    if (!any) {
      return in;
    }
    Set<String> named = new HashSet<>();
    for (int i = 0; i < in.size(); i++) {
      if (!weak[i]) {
        named.add(in.get(i).code());
      }
    }
    List<Mention> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Mention m = in.get(i);
      if (!weak[i] || named.contains(m.code())) {
        out.add(m);
      } else if (blocked != null) {
        blocked.add(
            new Blocked(
                m.matched(), m.start(), m.end(), List.of(m.code()),
                "an everyday word where its capital says nothing, and the text names "
                    + m.code() + " no other way"));
      }
    }
    return out;
  }

  /** True when a {@code placeverb} of context.tsv follows offset {@code end} after one space. */
  private boolean beforePlaceVerb(String text, int end) {
    return end < text.length() && text.charAt(end) == ' '
        && placeVerbs.contains(String.valueOf(nextToken(text, end)));
  }

  /**
   * Whether a form written in lower case names its country in a text written all in lower case
   * ({@link #caseless}): a country's name, alias, historic name, capital, demonym or a
   * subdivision ("just landed in lisbon", "new jersey traffic"), or a city of the generated list
   * whose name is no English word ({@link Gazetteer#isPlaceReadableInLowerCase}: "moved to
   * dubai", not "split" or "mobile"); but not an everyday word ({@code everyday}) or a country
   * form that is also a lower-case word ({@code lowerword} in context.tsv: turkey, china, chad,
   * polish).
   */
  private boolean readableInLowerCase(Entry e) {
    String rule = e.rule();
    boolean handForm = rule.equals("name") || rule.equals("alias") || rule.equals("historic")
        || rule.equals("capital") || rule.equals("demonym") || rule.equals("subdivision")
        || e.kind() == Kind.AMBIGUOUS
        || (rule.equals("city") && gazetteer.isPlaceReadableInLowerCase(e.form()));
    String f = TextFold.fold(e.form());
    return handForm && !everyday.contains(f) && !lowerWords.contains(f);
  }

  /** True when a line break stands between {@code start} and the token before it. */
  private static boolean lineBreakBefore(String text, int start) {
    for (int i = start - 1; i >= 0 && TextFold.fold(text.charAt(i)) == ' '; i--) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** True when a form has letters and none of them is upper case ("uk", "uae"). */
  private static boolean isLowerCaseForm(String form) {
    boolean letter = false;
    for (int i = 0; i < form.length(); i++) {
      char ch = form.charAt(i);
      if (Character.isUpperCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  /**
   * True when a text is written without capitals where English puts them: it has letters, and
   * the first letter of the text and of every sentence and line is lower case ("just landed in
   * lisbon!! pastel de nata first"). Chat, comments and some feeds are written so; there the
   * capital letter says nothing and a lower-case form may still name its country.
   */
  static boolean isCaselessText(String text) {
    boolean atStart = true;
    boolean anyLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        if (atStart && Character.isUpperCase(ch)) {
          return false;
        }
        atStart = false;
        anyLetter = true;
      } else if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '\r') {
        atStart = true;
      }
    }
    return anyLetter;
  }

  /**
   * True when nothing but spaces and an opening quote or bracket stands between {@code start}
   * and the text's start, a line break, or a sentence's end (. ! ? :).
   */
  static boolean atSentenceStart(String text, int start) {
    int i = start - 1;
    while (i >= 0) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
      if (TextFold.fold(ch) == ' ' || ch == '"' || ch == '\'' || ch == '(' || ch == '['
          || ch == '\u201C' || ch == '\u2018') {
        i--;
        continue;
      }
      return ch == '.' || ch == '!' || ch == '?' || ch == ':';
    }
    return true;
  }

  /**
   * A capital, city or subdivision written right before a comma and a subdivision of another
   * country names that subdivision's namesake town, not the place abroad: "Athens, Georgia",
   * "London, Ontario", "Perth, Scotland", "Bethlehem, Pennsylvania" (a subdivision only right
   * before a US state), or before "in" where the region's country holds a town of the name
   * ("Salisbury in Wiltshire"); so does a country's own name before a US state, where the towns
   * named after countries are ("Cuba, New York", "Peru, Indiana"). Its mention is dropped and the
   * subdivision's stands. After a US state's abbreviation ("Paris, Tenn.", which is no mention of
   * its own) the town becomes a US place.
   * Speeches list places with the same commas ("Vienna, New York or elsewhere", "Berlin, Tibet,
   * the Middle East", "Seattle, Prague, Quebec city"), so the rule holds only where the pair
   * stands alone: no mention and comma right before the town, and after the subdivision the end
   * of a clause or a lower-case word that does not go on with a list ("Athens, Georgia, on
   * Saturday", "Alexandria, Virginia.").
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> namesakes(String text, List<Mention> in, List<Blocked> blocked) {
    // the forms read as towns, made only when a text has one (most have none)
    Map<String, Mention> towns = null;
    for (Mention m : in) {
      // a town the blockers list with its state ("Lebanon, Pennsylvania")
      int comma = m.matched().indexOf(',');
      if (m.isCountry() && comma > 0) {
        towns = towns == null ? new HashMap<>() : towns;
        towns.putIfAbsent(TextFold.fold(m.matched().substring(0, comma)), m);
      }
    }
    List<Mention> out = null;
    for (int i = 0; i < in.size(); i++) {
      Namesake n = namesake(text, in, i, blocked);
      if (n == null) {
        if (out != null) {
          out.add(in.get(i));
        }
        continue;
      }
      out = out == null ? new ArrayList<>(in.subList(0, i)) : out;
      if (n.replacement() != null) {
        out.add(n.replacement());
      }
      towns = towns == null ? new HashMap<>() : towns;
      towns.putIfAbsent(TextFold.fold(in.get(i).matched()), n.town());
      if (n.state() != null) {
        // the subdivision is a place of its own country later in the text too ("Athens,
        // Georgia ... Georgia's governor")
        towns.putIfAbsent(TextFold.fold(n.state().matched()), n.state());
      }
    }
    out = out == null ? in : out;
    return towns == null ? out : sameTownLater(text, out, towns, blocked);
  }

  /**
   * A mention read as a namesake town: what takes its place (null: nothing), the town as a
   * mention of its country spanning the words that said so ("Athens, Georgia"), and the
   * subdivision that placed it (null after a US state's abbreviation).
   */
  private record Namesake(Mention replacement, Mention town, Mention state) {}

  /**
   * One sense per text: once a form has been read as a namesake town ("Lebanon, Pennsylvania"),
   * the same form elsewhere in the text is that town too, later ("... near the Lebanon Valley
   * Expo Center", "Mexico, a city of 11,000") or earlier ("London police are investigating ...
   * The London, Ont., force"), unless the text names the form's country some other
   * way ("Athens, Georgia ... Greek officials in Athens") or places the later one inside the
   * country with "in" and a compass word ("Lebanon, Ohio, raised money for families displaced by
   * fighting in southern Lebanon"). It becomes a place of the town's country.
   *
   * @param towns folded form -> the first mention read as a town of that form (its start, its
   *     country and the words that said so)
   */
  private static List<Mention> sameTownLater(
      String text, List<Mention> in, Map<String, Mention> towns, List<Blocked> blocked) {
    Set<String> named = new HashSet<>();
    for (Mention m : in) {
      if (m.isCountry() && !towns.containsKey(TextFold.fold(m.matched()))) {
        named.add(m.code());
      }
    }
    return rewrite(in, i -> {
      Mention m = in.get(i);
      Mention town = towns.get(TextFold.fold(m.matched()));
      if (town == null || !m.isCountry() || m.start() == town.start()
          || m.code().equals(town.code()) || named.contains(m.code())
          || locatesIn(text, m.start(), true)) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "the namesake town the text named earlier (" + town.matched() + ")"));
      }
      return List.of(new Mention(town.code(), Mention.COUNTRY, m.matched(), m.start(), m.end(),
          "city", Mention.ROLE_PLACE));
    });
  }

  /** What {@link #namesakes} does with mention {@code i}: null keeps it. */
  private Namesake namesake(String text, List<Mention> in, int i, List<Blocked> blocked) {
    Mention m = in.get(i);
    Mention replacement = null;
    Mention state = null;
    String reason = null;
    String townCode = null;
    int townEnd = -1;
    // the first character after the town: a comma, a parenthesis, or "in" where the region's
    // country holds one
    int next = skipSpaces(text, m.end());
    // a country's own name (or alias) is a namesake town only before a US state ("Cuba, New
    // York", "Holland, Michigan"): the towns named after countries are American
    boolean isName = "name".equals(m.rule()) || "alias".equals(m.rule())
        // a seat of government's name too: "Westminster, California", "Whitehall, Pennsylvania"
        || "metonym".equals(m.rule());
    // a subdivision only right before a US state ("Bethlehem, Pennsylvania"): before "in", an
    // apposition or another country's region it is one of a list ("Anatolia, in Sicily",
    // "Sumatra, Sichuan in China")
    boolean isSubdivision = "subdivision".equals(m.rule());
    int after = next < text.length() ? skipSpaces(text, next + 1) : text.length();
    // or before a place word's apposition, which says what it is: "Bethlehem, a village in
    // Carmarthenshire"
    if (isSubdivision && (next >= text.length() || text.charAt(next) != ','
        || after >= text.length() || !Character.isUpperCase(text.charAt(after)))
        && !(next < text.length() && text.charAt(next) == ','
            && placeWordBeforeIn(text, after) > 0)) {
      return null;
    }
    // "Salisbury in Wiltshire": without the comma only where the region's country really holds
    // a town of the name (homonyms.tsv), since "the talks in Geneva in Georgia's case" go on
    boolean inWithoutComma =
        !isName && text.startsWith("in ", next) && gazetteer.hasNamesakes(m.matched());
    if (m.isCountry()
        && ("capital".equals(m.rule()) || "city".equals(m.rule()) || isSubdivision || isName)
        && next < text.length()
        && (text.charAt(next) == ',' || text.charAt(next) == '(' || inWithoutComma)
        && !listBefore(text, in, i)) {
      int at = inWithoutComma ? next : skipSpaces(text, next + 1);
      // "Moscow, a village in East Ayrshire, Scotland": a place word's apposition before "in"
      int apposed = inWithoutComma ? -1 : placeWordBeforeIn(text, at);
      // or its region's name before the place word: "Moscow, the Ayrshire hamlet"
      int regionNamed =
          apposed > 0 || inWithoutComma ? -1 : regionBeforePlaceWord(text, in, i + 1, at);
      if (regionNamed > 0) {
        apposed = regionNamed;
      }
      if (apposed > 0) {
        at = apposed;
      } else if (!inWithoutComma) {
        // or a town word and "of": "Trinidad, capital of Bolivia's Beni department"
        apposed = townWordOfAt(text, at);
        if (apposed > 0) {
          at = apposed;
        }
      }
      // "Tripoli, in northern Lebanon, ...": the place named after "in" and a compass word or
      // another word for a part ("in upstate New York")
      boolean inOrOn = false;
      // "Tripoli, northern Lebanon's largest city": a compass word before the region
      int compassed = text.startsWith("in ", at) ? -1 : compassBeforeMention(text, in, i + 1, at);
      if (text.startsWith("in ", at)) {
        int word = skipSpaces(text, at + 3);
        String compass = nextToken(text, word);
        at = compass != null && (COMPASS.contains(compass) || PART_WORDS.contains(compass))
                && text.startsWith(compass, word)
            ? skipSpaces(text, word + compass.length())
            : word;
        inOrOn = !inWithoutComma;
      } else if (compassed > 0) {
        at = compassed;
      } else if (text.startsWith("on ", at)) {
        // "Trinidad, on Cuba's southern coast": the region's coast, in the possessive
        int word = skipSpaces(text, at + 3);
        Mention coastOf = mentionAt(in, i + 1, word);
        if (coastOf != null && coastAfter(text, coastOf.end())) {
          at = word;
          inOrOn = true;
        }
      }
      String county = apposed > 0 && !covered(in, at) ? capitalisedWordsThenComma(text, at) : null;
      if (county != null) {
        // a place no list holds, then its country's region: "in East Ayrshire, Scotland"
        at = skipSpaces(text, at + county.length() + 1);
      }
      int abbrEnd = stateAbbreviationEnd(text, at);
      String stateCountry = abbrEnd > 0 ? abbreviationCountry(text.substring(at, abbrEnd)) : null;
      if (abbrEnd < 0 && text.charAt(next) == ',') {
        // or a postal code: "PARIS, TX --", "DENMARK, WA"; here only, after a form of the
        // gazetteer, and not in townsOfStates: after any capitalised word a code is as often a
        // degree or a title ("Jane Smith, MD", "John Brown, PA")
        abbrEnd = postalCodeEnd(text, at, m.code());
        stateCountry = abbrEnd > 0 ? postalCountry(text.substring(at, abbrEnd), in) : null;
      }
      if (abbrEnd > 0) {
        if (!stateCountry.equals(m.code())) {
          replacement =
              new Mention(
                  stateCountry, Mention.COUNTRY, text.substring(m.start(), abbrEnd), m.start(),
                  abbrEnd, "city", Mention.ROLE_PLACE);
          reason = ("USA".equals(stateCountry) ? "a namesake town in a US state ("
              : "CAN".equals(stateCountry) ? "a namesake town in a Canadian province ("
              : "a namesake town in an Australian state (") + text.substring(at, abbrEnd) + ")";
          townCode = stateCountry;
          townEnd = abbrEnd;
        }
      } else {
        // after "the city of" a country's name is a town wherever the region named after it
        // holds one: "the city of Armenia, in western Colombia"
        boolean cityOf = isName && townWordOfBefore(text, m.start());
        // and, after "in" or "on", where the region's country holds a town of the name: no list
        // goes on that way ("Trinidad, in central Cuba", "Trinidad, on Cuba's southern coast")
        boolean placedIn = isName && !cityOf && inOrOn;
        // a place word's apposition says it is a town wherever it is: "Mexico, a town in
        // Pampanga", "Bethlehem, a village in Carmarthenshire"
        String onlyOf = ((isName && !cityOf) || isSubdivision) && apposed < 0 ? "USA" : null;
        boolean mustHold = inWithoutComma;
        // and before a city or a region of a country that holds a town of the name: "Jordan,
        // Kowloon" (homonyms.tsv)
        Mention region = isName && !cityOf ? mentionAt(in, i + 1, at) : null;
        if (region != null && !region.code().equals("USA") && region.isCountry()
            && ("city".equals(region.rule()) || "subdivision".equals(region.rule()))
            && gazetteer.hasNamesake(m.matched(), region.code())) {
          onlyOf = region.code();
          mustHold = true;
        }
        reason =
            subdivisionOfOther(text, in, i + 1, at, m, onlyOf, mustHold, isName && !cityOf);
        if (reason == null && (placedIn || (isSubdivision && apposed < 0))) {
          // a subdivision too, before a country that holds a town of the name: "Florida,
          // Uruguay, declared an emergency"
          reason = subdivisionOfOther(text, in, i + 1, at, m, null, true, false);
        }
        if (reason != null) {
          state = firstAt(in, i + 1, at);
          townCode = state.code();
          townEnd = state.end();
        }
      }
    }
    if (reason == null) {
      return null;
    }
    if (blocked != null) {
      blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()), reason));
    }
    Mention town = new Mention(townCode, Mention.COUNTRY, text.substring(m.start(), townEnd),
        m.start(), townEnd, "city", Mention.ROLE_PLACE);
    return new Namesake(replacement, town, state);
  }

  /**
   * A seat of government named for a building ({@code building} in context.tsv: its last word is
   * House, Palace, Hall, Castle, Kremlin, ...) followed by "in" and a city of another country
   * names a building of that name there, not the government: "the White House in Moscow" is
   * Russia's parliament building; "the Kremlin in Kazan" is Russia's still. The metonym is
   * dropped; the city stands. So is such a seat, or a landmark, after a city of another country
   * in the possessive: "Moscow's White House", "Phnom Penh's Peace Palace". Agencies and
   * parliaments are not buildings: "the State Duma in Georgia's occupied territories", "the IDF
   * in Jenin" act abroad.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> buildingsElsewhere(String text, List<Mention> in, List<Blocked> blocked) {
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!m.isCountry() || !("metonym".equals(m.rule()) || "landmark".equals(m.rule()))) {
        return null;
      }
      String matched = m.matched();
      String last = matched.substring(matched.lastIndexOf(' ') + 1);
      boolean building = "metonym".equals(m.rule()) && buildings.contains(TextFold.fold(last));
      Mention owner = i > 0 ? in.get(i - 1) : null;
      if ((building || "landmark".equals(m.rule())) && owner != null && owner.isCountry()
          && !owner.code().equals(m.code())
          && ("city".equals(owner.rule()) || "capital".equals(owner.rule()))
          && possessiveAt(text, owner.end())
          && skipSpaces(text, owner.end() + 2) == m.start()) {
        // a city of another country in the possessive owns one of the name: "Phnom Penh's Peace
        // Palace", "Las Vegas's Eiffel Tower", "Moscow's White House"
        if (blocked != null) {
          blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
              "a building or landmark of the name in another country (" + owner.matched()
                  + "'s)"));
        }
        return List.of();
      }
      if (!building) {
        return null;
      }
      int at = skipSpaces(text, m.end());
      String street = text.startsWith("on ", at) ? streetAt(text, skipSpaces(text, at + 3)) : null;
      if (street != null) {
        // an address: "the White House on Church Road" is a building there, a pub or a hall
        if (blocked != null) {
          blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
              "a building of the name on a street (on " + street + ")"));
        }
        return List.of();
      }
      if (!text.startsWith("in ", at)) {
        return null;
      }
      at = skipSpaces(text, at + 3);
      for (int j = i + 1; j < in.size() && in.get(j).start() <= at; j++) {
        Mention place = in.get(j);
        if (place.start() == at && place.isCountry() && !place.code().equals(m.code())
            && ("city".equals(place.rule()) || "capital".equals(place.rule()))) {
          if (blocked != null) {
            blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
                "a building of the name in another country (in " + place.matched() + ")"));
          }
          return List.of();
        }
      }
      return null;
    });
  }

  /**
   * The street's name at {@code at}, or null: one or two capitalised words and a street word
   * ({@code street} in context.tsv: "Church Road", "High Street", "Old Kent Road").
   */
  private String streetAt(String text, int at) {
    int i = at;
    for (int words = 0; words < 3; words++) {
      String word = nextToken(text, i);
      if (word == null || !text.startsWith(word, i) || !isCapitalised(word)) {
        return null;
      }
      i += word.length();
      if (words > 0 && streets.contains(TextFold.fold(word))) {
        return text.substring(at, i);
      }
      if (i >= text.length() || text.charAt(i) != ' ') {
        return null;
      }
      i++;
    }
    return null;
  }

  /** Nouns for people and animals that "called" or "named" may follow: "a man named Jordan". */
  private static final Set<String> NAMED_NOUNS =
      Set.of("man", "woman", "boy", "girl", "baby", "child", "dog", "cat", "horse", "puppy",
          "kitten", "pet", "character", "boat", "ship", "guy", "lady");

  /** The verbs that give something its name. */
  private static final Set<String> NAMING = Set.of("called", "named", "dubbed", "nicknamed");

  /**
   * The words that name the form as a person, an animal or a thing, or null: "called" or
   * "named" (maybe with "the") after a noun for a person, an animal, a business or a venue
   * ({@link #NAMED_NOUNS}, and context.tsv's {@code appositive}, {@code namer} and {@code kin}):
   * "a club called the Pentagon", "a horse named Kenya", "a man named Jordan". A place keeps
   * its name: "a country called Georgia", "a town called Paris".
   */
  private String namedAsThing(String text, int start, String prev) {
    if (prev == null) {
      return null;
    }
    int at = tokenStartBefore(text, start, prev);
    String naming = prev;
    if (prev.equals("the")) {
      naming = prevToken(text, at);
      if (naming == null) {
        return null;
      }
      at = tokenStartBefore(text, at, naming);
    }
    if (!NAMING.contains(naming)) {
      return null;
    }
    String noun = prevToken(text, at);
    // where the text before the naming word ends, spaces skipped
    int before = tokenStartBefore(text, at, "");
    if (noun == null && before > 1 && text.charAt(before - 1) == ',' && text.charAt(before) == ' '
        && TextFold.isWordChar(text.charAt(before - 2))) {
      // a comma may close the noun: "The colt, named Moscow Nights by his breeder"
      int from = before - 1;
      while (from > 0 && TextFold.isWordChar(text.charAt(from - 1))) {
        from--;
      }
      noun = text.substring(from, before - 1);
      at = before - 1;
    }
    if (noun == null || isCapitalised(noun)) {
      return null;
    }
    String fold = TextFold.fold(noun);
    return NAMED_NOUNS.contains(fold) || appositives.contains(fold) || namers.contains(fold)
        || kin.contains(fold)
        ? text.substring(tokenStartBefore(text, at, noun), start).strip()
        : null;
  }

  /**
   * The apposition that names a ship after a vessel's or a namer's word, where the form is one
   * of the name's one or two capitalised words and a comma closes it, or null: "a container
   * ship, the Valparaiso Express, lost power", "The vessel, the Marlin Luanda, was struck"
   * (context.tsv's vessel and namer lists).
   */
  private String shipApposition(String text, int start, int end) {
    int from = start;
    String before = prevToken(text, from);
    if (before != null && isCapitalised(before) && !isUpperWord(before)
        && text.startsWith(before + " ", from - before.length() - 1)) {
      from -= before.length() + 1;
    }
    if (from < 8 || !text.startsWith(", the ", from - 6)) {
      return null;
    }
    int comma = from - 6;
    int nounStart = comma;
    while (nounStart > 0 && Character.isLetter(text.charAt(nounStart - 1))) {
      nounStart--;
    }
    String noun = TextFold.fold(text.substring(nounStart, comma));
    if (!vessels.contains(noun) && !namers.contains(noun)) {
      return null;
    }
    int to = end;
    String next = nextToken(text, to);
    if (next != null && text.startsWith(" " + next, to) && isCapitalised(next)) {
      to += 1 + next.length();
    }
    return to < text.length() && text.charAt(to) == ','
        ? text.substring(nounStart, to)
        : null;
  }

  /** True when the text right before {@code at} is {@code suffix} (case-insensitive). */
  private static boolean endsWithAt(String text, int at, String suffix) {
    return at >= suffix.length()
        && text.regionMatches(true, at - suffix.length(), suffix, 0, suffix.length());
  }

  /** The particles that join a Spanish, Portuguese, Italian or French place name's parts. */
  private static final Set<String> ROMANCE_PARTICLES =
      Set.of("de", "del", "do", "da", "dos", "das", "di", "du", "des");

  /**
   * The rest of a longer Romance place or person's name that a city's or capital's name begins
   * or ends, or null: a particle and a capitalised word that is no gazetteer form after the name
   * ("Lagos de Covadonga" is in Spain, "San José del Cabo" in Mexico) or before it ("Camino de
   * Santiago", "Antonio José de Sucre"). "Santiago de Chile" and "San José de Costa Rica" keep
   * their capitals, "Universidad de Chile" its country (no city), and a listed name such as
   * "Santiago de Compostela" wins as the longer match anyway.
   */
  private String romanceName(String text, int start, int end, Entry e) {
    if (!e.rule().equals("capital") && !e.rule().equals("city")) {
      return null;
    }
    String after = nextToken(text, end);
    if (after != null && ROMANCE_PARTICLES.contains(after)
        && text.startsWith(" " + after + " ", end)) {
      int at = end + after.length() + 2;
      String word = nextToken(text, at);
      // a form of one or two words after the particle keeps the city: "de Costa Rica"
      String second = word == null ? null : nextToken(text, at + word.length());
      // a town's name goes on the longer name too: "São Paulo de Loanda" (Luanda's old name;
      // Loanda is a town of Brazil), and the town is read as the rest of a name from before
      if (word != null && text.startsWith(word, at) && (isOtherNameWord(word) || isTownOnly(word))
          && (second == null || !formSet.contains(TextFold.fold(word + " " + second)))) {
        return after + " " + word;
      }
    }
    String before = prevToken(text, start);
    int space = start - (before == null ? 0 : before.length()) - 2;
    if (before != null && ROMANCE_PARTICLES.contains(before) && space >= 0
        && text.startsWith(" " + before + " ", space)) {
      String word = prevToken(text, space + 1);
      if (word != null && isOtherNameWord(word)) {
        return word + " " + before;
      }
    }
    return null;
  }

  /** A capitalised word whose every gazetteer entry is a town's (rule city): no country's name. */
  private boolean isTownOnly(String word) {
    List<Entry> entries = isCapitalised(word) ? lookup.get(TextFold.fold(word)) : null;
    return entries != null && entries.stream().allMatch(x -> x.rule().equals("city"));
  }

  /** A capitalised word that is no gazetteer form or function word: part of another name. */
  private boolean isOtherNameWord(String word) {
    String f = TextFold.fold(word);
    return isCapitalised(word) && !formSet.contains(f) && !function.contains(f);
  }

  /**
   * The first mention from index {@code from} on that starts at {@code at}, or null; the mentions
   * are sorted by start, so the search stops past {@code at}.
   */
  private static Mention mentionAt(List<Mention> in, int from, int at) {
    for (int j = from; j < in.size() && in.get(j).start() <= at; j++) {
      if (in.get(j).start() == at) {
        return in.get(j);
      }
    }
    return null;
  }

  /** As {@link #mentionAt}, for a mention the caller knows is there. */
  private static Mention firstAt(List<Mention> in, int from, int at) {
    Mention m = mentionAt(in, from, at);
    if (m == null) {
      throw new IllegalStateException("no mention at " + at);
    }
    return m;
  }

  /**
   * True when "in", maybe with a compass word, stands right before offset {@code at}: "in
   * Lebanon", "in northern Lebanon"; with {@code needsCompass} only the latter.
   */
  private static boolean locatesIn(String text, int at, boolean needsCompass) {
    String before = prevToken(text, at);
    if (needsCompass && (before == null || !COMPASS.contains(before))) {
      return false;
    }
    if (before != null && COMPASS.contains(before)) {
      int space = at - 1;
      while (space >= 0 && TextFold.fold(text.charAt(space)) == ' ') {
        space--;
      }
      before = prevToken(text, space + 1 - before.length());
    }
    return "in".equals(before);
  }

  /**
   * True when a lower-case word other than a connective follows offset {@code at} after a space:
   * the country before it then modifies a noun ("the Belgian Ukraine fund").
   */
  private static boolean nounAfter(String text, int at) {
    if (at >= text.length() || TextFold.fold(text.charAt(at)) != ' ') {
      return false;
    }
    String word = nextToken(text, at);
    return word != null && Character.isLowerCase(word.charAt(0)) && !CONNECTIVES.contains(word);
  }

  /** Words that go on after a colony's name without making it a modifier. */
  private static final Set<String> CONNECTIVES =
      Set.of("and", "or", "but", "nor", "as", "was", "were", "is", "are", "had", "has", "have",
          "in", "of", "to", "from", "with", "under", "until", "during", "before", "after", "by",
          "which", "who", "that", "where", "when", "remained", "became");

  /** True when a one-word form is a country's name or alias ("Mozambique", "Samoa"). */
  private boolean namesCountry(String fold) {
    List<Entry> entries = lookup.get(fold);
    if (entries == null) {
      return false;
    }
    for (Entry e : entries) {
      if (e.kind() == Kind.COUNTRY && (e.rule().equals("name") || e.rule().equals("alias"))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case compass words between "in" and a place: "Tripoli, in northern Lebanon". */
  private static final Set<String> COMPASS =
      Set.of("northern", "southern", "eastern", "western", "central", "north-eastern",
          "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
          "southeastern", "southwestern");

  /**
   * Words beyond the compass for a part of a region after "in" ("a village in upstate New York",
   * "a town in rural Texas").
   */
  private static final Set<String> PART_WORDS = Set.of("upstate", "downstate", "rural", "coastal");

  /**
   * Subdivisions whose name is also their best-known city's, so that a sentence naming them
   * names the city as often: over the UN speeches "New York" as a cue moved 68 mentions of
   * Geneva to the town in New York State, every one wrongly.
   */
  private static final Set<String> NOT_STATE_CUES = Set.of("new york");

  /**
   * A city, a subdivision (only after another country's subdivision) or a historic name ("the
   * Gold Coast in Queensland") named like places of several countries ({@code homonyms.tsv}) is
   * the namesake in the country of a subdivision its sentence names, where that country holds a
   * place of the name and the sentence names the place's own country nowhere: "fires in New
   * Mexico spread toward Santa Fe" is New Mexico's Santa Fe, not Argentina's. A subdivision is
   * how local news places a town, while another country's name or capital in the sentence is as
   * often a second place ("flights from Beirut to Tripoli", "Lebanese envoys flew to
   * Tripoli"). So a country counts only by its name after "in" and maybe a compass word (for a
   * capital, only with one: "a tribunal in Dhaka ... she has lived in India" keeps Bangladesh's
   * capital), in a text that names no other country ({@link
   * #namesOnly}): "Tripoli port blast injures dockers in northern Lebanon". A capital moves after
   * a subdivision only in a text that names the subdivision's country twice or more and no other
   * country (capitals are named in lists of places), contested places never, and a state named
   * like its city ({@link #NOT_STATE_CUES}) is no cue: "Geneva and New York" is the UN's two
   * seats.
   *
   * @param sentenceStarts the text's sentence starts, or null to split them here (only when
   *     a place that could move is found)
   * @param in the mentions, sorted by start
   */
  private List<Mention> namesakesOfTheSentence(
      String text, int[] sentenceStarts, List<Mention> in, List<Blocked> blocked) {
    if (in.stream().noneMatch(this::movablePlace)) {
      return in;
    }
    int[] starts = sentenceStarts != null ? sentenceStarts : SentenceSplitter.starts(text);
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!movablePlace(m)) {
        return null;
      }
      int sentence = SentenceSplitter.sentenceOf(starts, m.start());
      int from = sentence < 0 ? 0 : starts[sentence];
      int to = sentence + 1 < starts.length ? starts[sentence + 1] : text.length();
      String other = null;
      Mention by = null;
      // the mentions are sorted by start: those of the sentence are one run
      for (Mention n : in) {
        if (n.start() >= to) {
          break;
        }
        if (n == m || n.start() < from || !n.isCountry()) {
          continue;
        }
        if (n.code().equals(m.code())) {
          return null;
        }
        boolean subdivision = "subdivision".equals(n.rule())
            && !NOT_STATE_CUES.contains(TextFold.fold(n.matched()));
        // a capital moves only where a compass word places the event inside the other country
        boolean country = "name".equals(n.rule())
            && locatesIn(text, n.start(), "capital".equals(m.rule()));
        if ((subdivision || country) && gazetteer.hasNamesake(m.matched(), n.code())) {
          if (other != null && !other.equals(n.code())) {
            return null;
          }
          other = n.code();
          if (by == null || !"subdivision".equals(by.rule())) {
            by = n;
          }
        }
      }
      // a subdivision moves only after another country's subdivision ("Mérida, the capital of
      // Yucatán"): a country's name is as often where a person came from ("born in Honduras and
      // moved to Arizona")
      if (other == null || ("subdivision".equals(m.rule()) && !"subdivision".equals(by.rule()))) {
        return null;
      }
      // a university named after the town is in the town of its country: "Researchers in
      // Cambridge, Massachusetts, and their colleagues at the University of Oxford"
      if (wordOfBefore(text, m.start(), prevToken(text, m.start()), CAMPUS) != null) {
        return null;
      }
      // "the Texas city of Paris" places the capital there; "the Texas city of Houston" does not
      int townOfRegion = "subdivision".equals(by.rule()) ? townOfTheRegion(text, by) : -1;
      if ("subdivision".equals(by.rule())
          ? "capital".equals(m.rule())
              && townOfRegion != m.start()
              && (townOfRegion >= 0
                  || !namesOnly(in, m, other,
                      campusIn(text, by, m) || townOfTheRegionAfter(text, by, m) ? 1 : 2))
          : !namesOnly(in, m, other, 1)) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "the namesake in " + by.code() + ", which its sentence names (" + by.matched()
                + ")"));
      }
      return List.of(new Mention(other, Mention.COUNTRY, m.matched(), m.start(), m.end(), "city",
          Mention.ROLE_PLACE));
    });
  }

  /**
   * A country's name or alias that places of other countries bear ({@code homonyms.tsv}) and
   * that a list joins right to a city of one of them is that country's namesake, where the text
   * names its own country no other way and the list names no other country's place: "Trinidad
   * and Riberalta" in a story on Bolivia's floods, "Mong Kok and Jordan". The two stand side by
   * side, joined by a comma, "and" or "or". A list of countries' names ("Bolivia and Trinidad"),
   * with a capital ("Washington and Georgia") or with a state ("Puerto Rico and South Carolina")
   * moves nothing.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> namesakesOfAList(String text, List<Mention> in, List<Blocked> blocked) {
    if (in.size() < 2 || in.stream().noneMatch(this::listedNamesake)) {
      return in;
    }
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!listedNamesake(m)) {
        return null;
      }
      Mention by = null;
      if (i > 0 && listedPlace(in.get(i - 1), m) && joinedInAList(text, in.get(i - 1).end(),
          m.start())) {
        by = in.get(i - 1);
      } else if (i + 1 < in.size() && listedPlace(in.get(i + 1), m)
          && joinedInAList(text, m.end(), in.get(i + 1).start())) {
        by = in.get(i + 1);
      }
      if (by == null || !listOf(text, in, i, by.code())) {
        return null;
      }
      String name = TextFold.fold(m.matched());
      for (Mention n : in) {
        if (n.code().equals(m.code()) && !TextFold.fold(n.matched()).equals(name)) {
          return null;
        }
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "the namesake in " + by.code() + ", listed with " + by.matched()));
      }
      return List.of(new Mention(by.code(), Mention.COUNTRY, m.matched(), m.start(), m.end(),
          "city", Mention.ROLE_PLACE));
    });
  }

  /**
   * True when every other item of the list that mention {@code i} stands in is of {@code code}: a
   * list of capitals ("Cairo, Beirut and Tripoli") names several countries' places.
   */
  private static boolean listOf(String text, List<Mention> in, int i, String code) {
    for (int j = i - 1; j >= 0 && joinedInAList(text, in.get(j).end(), in.get(j + 1).start());
        j--) {
      if (!in.get(j).code().equals(code)) {
        return false;
      }
    }
    for (int j = i + 1; j < in.size() && joinedInAList(text, in.get(j - 1).end(),
        in.get(j).start()); j++) {
      if (!in.get(j).code().equals(code)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A mention {@link #namesakesOfAList} may move: a country's name or alias that other countries'
   * places bear. Capitals and cities are named in pairs across borders too often ("between
   * Washington and Moscow", "in Geneva and New York", "the Guadalajara and Madrid summits").
   */
  private boolean listedNamesake(Mention m) {
    return m.isCountry() && ("name".equals(m.rule()) || "alias".equals(m.rule()))
        && gazetteer.hasNamesakes(m.matched())
        && gazetteer.contestedTerritory(m.matched()).isEmpty();
  }

  /** True when {@code n} is a city of another country that holds a place named like {@code m}. */
  private boolean listedPlace(Mention n, Mention m) {
    return n.isCountry() && !n.code().equals(m.code()) && "city".equals(n.rule())
        && gazetteer.hasNamesake(m.matched(), n.code());
  }

  /** True when [end, start) is a list's joint ({@link #jointAt}). */
  private static boolean joinedInAList(String text, int end, int start) {
    return start > end && jointAt(text, end) == start - end;
  }

  /** List joints, longest first: a comma, "and" or "or", or a comma and either. */
  private static final String[] JOINTS = {", and ", ", or ", " and ", " or ", ", "};

  /** The length of the list joint ({@link #JOINTS}) that starts at {@code at}, or -1. */
  private static int jointAt(String text, int at) {
    for (String joint : JOINTS) {
      if (text.startsWith(joint, at)) {
        return joint.length();
      }
    }
    return -1;
  }

  /** The bearings that place a town from another ({@link #namesakesByBearing}). */
  private static final Set<String> BEARINGS = Set.of(
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west");

  /** The most words a town holds before its apposition: "Tripoli's old souks, ...". */
  private static final int POSSESSION_REACH = 3;

  /** The most words of an apposition before its bearing: "a port city 85 km north of". */
  private static final int BEARING_REACH = 7;

  /**
   * A place named like places of several countries ({@code homonyms.tsv}) that an apposition
   * places by a bearing from a place of one of them is that country's namesake: "Perth, an hour
   * north of Edinburgh", "Tripoli, 85 km north of Beirut", "Tripoli, a port near Beirut". The
   * apposition opens with a comma right after the place and reaches the bearing ("north of",
   * "near", "outside") within {@link #BEARING_REACH} words, with no punctuation but a number's
   * (after what the town holds, "Tripoli's old souks, an hour north of Beirut");
   * the place after the bearing must be a city, a capital or a subdivision of a country that
   * holds a place of the name. A comma-less "Tripoli north of Beirut" or a place further on is
   * left alone: "flights from Beirut to Tripoli" names two places.
   */
  private List<Mention> namesakesByBearing(String text, List<Mention> in, List<Blocked> blocked) {
    if (in.stream().noneMatch(this::movablePlace)) {
      return in;
    }
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!movablePlace(m)) {
        return null;
      }
      Mention by = placeByBearing(text, in, m);
      if (by == null) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "the namesake in " + by.code() + ", placed from " + by.matched()));
      }
      return List.of(new Mention(by.code(), Mention.COUNTRY, m.matched(), m.start(), m.end(),
          "city", Mention.ROLE_PLACE));
    });
  }

  /** The place an apposition after {@code m} places it from ({@link #namesakesByBearing}). */
  private Mention placeByBearing(String text, List<Mention> in, Mention m) {
    int p = m.end();
    if (possessiveAt(text, p)) {
      // what the town holds, in a few words: "Tripoli's old souks, an hour north of Beirut"
      p = skipSpaces(text, p + 3);
      for (int words = 0; words < POSSESSION_REACH && p < text.length(); words++) {
        int end = p;
        while (end < text.length() && TextFold.isWordChar(text.charAt(end))) {
          end++;
        }
        if (end == p || !Character.isLowerCase(text.charAt(p))) {
          return null;
        }
        if (end < text.length() && text.charAt(end) == ',') {
          p = end;
          break;
        }
        p = skipSpaces(text, end);
      }
    }
    if (p >= text.length() || text.charAt(p) != ',') {
      return null;
    }
    p = skipSpaces(text, p + 1);
    for (int words = 0; words < BEARING_REACH && p < text.length(); words++) {
      int end = p;
      while (end < text.length() && TextFold.fold(text.charAt(end)) != ' ') {
        end++;
      }
      String word = text.substring(p, end);
      int next = skipSpaces(text, end);
      String lower = word.toLowerCase(Locale.ROOT);
      int at = -1;
      if (BEARINGS.contains(lower) && text.startsWith("of ", next)) {
        at = skipSpaces(text, next + 2);
      } else if (lower.equals("near") || lower.equals("outside")) {
        at = next;
      } else if (!bearingFiller(word)) {
        return null;
      }
      if (at >= 0) {
        for (Mention n : in) {
          if (n.start() == at && n.isCountry() && !n.code().equals(m.code())
              && ("city".equals(n.rule()) || "capital".equals(n.rule())
                  || "subdivision".equals(n.rule()))
              && gazetteer.hasNamesake(m.matched(), n.code())) {
            return n;
          }
        }
        return null;
      }
      p = next;
    }
    return null;
  }

  /**
   * True when {@code word} may stand in an apposition before its bearing: a lower-case word or a
   * number with its unit ("an hour", "85 km", "1.5 hours"), no punctuation but a number's.
   */
  private static boolean bearingFiller(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean numberMark = (c == '.' || c == ',') && i > 0 && i + 1 < word.length()
          && Character.isDigit(word.charAt(i - 1)) && Character.isDigit(word.charAt(i + 1));
      if (!Character.isLowerCase(c) && !Character.isDigit(c) && c != '-' && !numberMark) {
        return false;
      }
    }
    return true;
  }

  /** Words for a university or a college named after a region ({@link #campusIn}). */
  private static final Set<String> CAMPUS = Set.of("university", "college");

  /**
   * True when {@code place} comes right after "in" that follows a university or a college named
   * after the subdivision {@code region}: "the University of Idaho in Moscow", "Ohio University
   * in Athens", "Georgia State University in Athens". That is how local news places a campus in
   * its town, so one mention of the region is enough for a capital to move to the town of its
   * name there; "the governor of Idaho in Moscow" is a visit and keeps the capital. The same
   * university's campus named by the town later in the sentence is there too: "the University of
   * Georgia will cap enrolment at its Athens campus".
   */
  private static boolean campusIn(String text, Mention region, Mention place) {
    if (place.start() <= region.end()) {
      return false;
    }
    // hard-wrapped text may break the line or double the space between the words
    String[] between = text.substring(region.end(), place.start()).strip().split("\\s+");
    int n = between.length;
    if (!between[n - 1].equals("in")) {
      return campusAfter(text, place) && universityOf(text, region);
    }
    if (n == 1) {
      // "the University of Idaho in Moscow"
      return wordOfBefore(text, region.start(), prevToken(text, region.start()), CAMPUS) != null;
    }
    // "Ohio University in Athens", "Georgia State University in Athens"
    for (int k = 0; k < n - 1; k++) {
      if (!isCapitalised(between[k])) {
        return false;
      }
    }
    return n <= 3 && CAMPUS.contains(TextFold.fold(between[n - 2]));
  }

  /**
   * True when the region comes after the place as "the" region's town word, saying which town the
   * place is: "Kingston's mayor says the Ontario city will need 6,000 homes" (not "the Texas city
   * of Houston", which names another).
   */
  private static boolean townOfTheRegionAfter(String text, Mention region, Mention place) {
    String town = region.start() > place.end() ? townWordAfterThe(text, region) : null;
    // not "the Texas city of Houston": that names another town
    return town != null && !"of".equals(tokenAfter(text, region.end(), town));
  }

  /** The town word after "the" and the region ("the Texas city"), or null. */
  private static String townWordAfterThe(String text, Mention region) {
    if (!"the".equals(prevToken(text, region.start()))) {
      return null;
    }
    String next = nextToken(text, region.end());
    return next != null && text.startsWith(" " + next, region.end())
            && TOWN_WORDS.contains(TextFold.fold(next))
        ? next
        : null;
  }

  /**
   * Where the town starts when the region is "the" region's town word "of" a town, or -1: "the
   * Texas city of Paris" places that Paris in Texas, and "flights from Paris landed in the Texas
   * city of Houston" names another town, so the region does not place the capital that the
   * sentence also names.
   */
  private static int townOfTheRegion(String text, Mention region) {
    String town = townWordAfterThe(text, region);
    if (town == null || !"of".equals(tokenAfter(text, region.end(), town))) {
      return -1;
    }
    int of = skipSpaces(text, skipSpaces(text, region.end()) + town.length());
    return skipSpaces(text, of + 2);
  }

  /**
   * Where the mention starts after a lower-case compass word at {@code at} ("northern Lebanon's"),
   * or -1.
   */
  private static int compassBeforeMention(String text, List<Mention> in, int from, int at) {
    String word = nextToken(text, at);
    if (word == null || !COMPASS.contains(word) || !text.startsWith(word, at)) {
      return -1;
    }
    int after = skipSpaces(text, at + word.length());
    return mentionAt(in, from, after) != null ? after : -1;
  }

  /** The sides of a coast that are no {@link #COMPASS} adjective: "Cuba's south coast". */
  private static final Set<String> COAST_SIDES =
      Set.of("north", "south", "east", "west", "north-east", "north-west", "south-east",
          "south-west", "northeast", "northwest", "southeast", "southwest", "Caribbean",
          "Atlantic", "Pacific", "Mediterranean");

  /** Words for a shore after a region's possessive ({@link #coastAfter}). */
  private static final Set<String> COASTS = Set.of("coast", "coastline", "shore", "shores");

  /**
   * True when the possessive, maybe a compass word, then a word for a shore follow offset {@code
   * end}: "Cuba's southern coast", "Lebanon's coast".
   */
  private static boolean coastAfter(String text, int end) {
    if (!possessiveAt(text, end)) {
      return false;
    }
    int word = skipSpaces(text, end + 3);
    String next = nextToken(text, word);
    if (next != null && (COMPASS.contains(next) || COAST_SIDES.contains(next))
        && text.startsWith(next, word)) {
      word = skipSpaces(text, word + next.length());
      next = nextToken(text, word);
    }
    return next != null && COASTS.contains(next) && text.startsWith(next, word);
  }

  /** True when "campus" follows {@code place} after one space: "its Athens campus". */
  private static boolean campusAfter(String text, Mention place) {
    String next = nextToken(text, place.end());
    return "campus".equals(next) && text.startsWith(" campus", place.end());
  }

  /**
   * True when {@code region} names a university or a college: "the University of Georgia",
   * "Ohio University", "Georgia State University".
   */
  private static boolean universityOf(String text, Mention region) {
    if (wordOfBefore(text, region.start(), prevToken(text, region.start()), CAMPUS) != null) {
      return true;
    }
    String next = nextToken(text, region.end());
    if (next != null && "state".equals(TextFold.fold(next))) {
      next = tokenAfter(text, region.end(), next);
    }
    return next != null && isCapitalised(next) && CAMPUS.contains(TextFold.fold(next));
  }

  /**
   * A city, a capital or a historic name ("the Gold Coast in Queensland") that several countries
   * hold a place named like, and not contested.
   */
  private boolean movablePlace(Mention m) {
    return m.isCountry()
        && ("city".equals(m.rule()) || "capital".equals(m.rule()) || "historic".equals(m.rule())
            || "subdivision".equals(m.rule()))
        && gazetteer.hasNamesakes(m.matched())
        && gazetteer.contestedTerritory(m.matched()).isEmpty();
  }

  /**
   * True when every country mention of the text but {@code capital}'s name is of {@code code}, and
   * there are {@code least} or more: a place moves to its namesake only in a local story about
   * that one country ("Athens, home of the University of Georgia" in a story on Georgia's Senate
   * that names Atlanta), since elsewhere capitals are named in lists of places ("the explosions in
   * Oklahoma and Paris" in a speech on terrorism) or as a destination ("flights from Texas to
   * Paris").
   */
  private static boolean namesOnly(List<Mention> in, Mention capital, String code, int least) {
    String name = TextFold.fold(capital.matched());
    int local = 0;
    for (Mention n : in) {
      if (!n.isCountry() || TextFold.fold(n.matched()).equals(name)) {
        continue;
      }
      if (!n.code().equals(code)) {
        return false;
      }
      local++;
    }
    return local >= least;
  }

  /** What a pass over the mentions does with mention {@code i}. */
  private interface Rewrite {
    /** Null keeps the mention; otherwise the mentions that take its place (none drops it). */
    List<Mention> apply(int i);
  }

  /**
   * A state that was dissolved, and the successor whose capital and seats of government were its
   * own: in a text about the Soviet Union, "Moscow" and "the Kremlin" are the Soviet state.
   */
  private static final Map<String, Successor> SUCCESSORS =
      Map.of(
          "SUN", new Successor("RUS", 1922, 1991),
          "YUG", new Successor("SRB", 1918, 2002),
          "CSK", new Successor("CZE", 1918, 1992));

  /**
   * A dissolved state's successor, and the first and last years the state stood (Yugoslavia's,
   * to the federal republic's renaming in 2003): a text written by then speaks of it in the
   * present, and so does a sentence that says it tells of a year between them.
   */
  private record Successor(String code, int firstYear, int lastYear) {}

  /** "in", maybe a month, and a year of four digits: the year a sentence tells of. */
  private static final Pattern TOLD_YEAR =
      Pattern.compile("\\b[Ii]n (?:(?:January|February|March|April|May|June|July|August|September"
          + "|October|November|December) )?(1[89]\\d\\d|20\\d\\d)\\b");

  /**
   * The seats of government and capitals of a dissolved state's successor ({@code capital} and
   * {@code metonym} rules) whose sentence tells of a year the state stood ({@link #toldYear}),
   * each with that state's code; the text is split into sentences only when one is found.
   */
  private static Map<Mention, String> toldStates(String text, List<Mention> in) {
    Map<Mention, String> out = null;
    int[] starts = null;
    for (Mention m : in) {
      if (!"capital".equals(m.rule()) && !"metonym".equals(m.rule())) {
        continue;
      }
      for (Map.Entry<String, Successor> e : SUCCESSORS.entrySet()) {
        Successor successor = e.getValue();
        if (!successor.code().equals(m.code())) {
          continue;
        }
        if (starts == null) {
          starts = SentenceSplitter.starts(text);
        }
        Integer y = toldYear(text, starts, m);
        if (y != null && y >= successor.firstYear() && y <= successor.lastYear()) {
          if (out == null) {
            out = new HashMap<>();
          }
          out.put(m, e.getKey());
        }
      }
    }
    return out == null ? Map.of() : out;
  }

  /**
   * The year the sentence of mention {@code m} tells of before it or right after it ("In October
   * 1962 the Kremlin agreed", "Belgrade in 1999"), or null when it tells of none or of two; a year
   * further on is another clause's ("the Kremlin said on Monday that in 1962 it had acted").
   */
  private static Integer toldYear(String text, int[] sentenceStarts, Mention m) {
    int sentence = SentenceSplitter.sentenceOf(sentenceStarts, m.start());
    int from = sentence < 0 ? 0 : sentenceStarts[sentence];
    int to = sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
    Matcher y = TOLD_YEAR.matcher(text).region(from, to);
    Integer told = null;
    while (y.find()) {
      if (y.start() > m.start() && y.start() != skipSpaces(text, m.end())) {
        continue;
      }
      int found = Integer.parseInt(y.group(1));
      if (told != null && told != found) {
        return null;
      }
      told = found;
    }
    return told;
  }

  /** Words before a dissolved state's name that place the text after it: "the former USSR". */
  private static final Set<String> AFTERWARDS = Set.of("former", "ex", "post", "late");

  /**
   * Words for a state's end before "of" and its name, which place the text after it too: "since
   * the collapse of the Soviet Union".
   */
  private static final Set<String> ENDINGS = Set.of(
      "collapse", "breakup", "break-up", "dissolution", "disintegration", "demise", "fall", "end");

  /**
   * True when "NOUN of", maybe with "the" after it, stands right before offset {@code start},
   * NOUN one of {@code nouns} (folded): "the collapse of the Soviet Union", "a replica of the
   * Eiffel Tower".
   */
  private static boolean afterNounOf(String text, int start, Set<String> nouns) {
    String prev = prevToken(text, start);
    int at = start;
    if (prev != null && TextFold.fold(prev).equals("the")) {
      at = tokenStartBefore(text, at, prev);
      prev = prevToken(text, at);
    }
    if (prev == null || !TextFold.fold(prev).equals("of")) {
      return false;
    }
    String noun = prevToken(text, tokenStartBefore(text, at, prev));
    return noun != null && nouns.contains(TextFold.fold(noun));
  }

  /**
   * A capital or a seat of government ({@code capital} and {@code metonym} rules) of a dissolved
   * state's successor ({@link #SUCCESSORS}) is the dissolved state in a text that names that state
   * and names the successor in no other way (no name, alias, demonym, city, ...): "Moscow
   * installed a hardline leadership" in a story on 1968 that speaks of Soviet tanks is the Soviet
   * Union. Not where the dissolved state is named only as past ("the former Soviet Union",
   * "ex-Yugoslav", "post-Soviet", "since the collapse of the Soviet Union"), as news after it is,
   * nor, in a text written after the state's end or of unknown date, where the seat is the place
   * ({@link #seatIsThePlace}: "Tito's funeral in Belgrade", "the red flag was lowered over the
   * Kremlin"): a place inside today's state. A text written while the state stood ({@code year} at
   * most its {@link Successor#lastYear}) speaks of the state by its seat whether it names the
   * state or not, and as the place too ("the handful of men in Moscow" in 1953).
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> formerStatesSeats(
      String text, List<Mention> in, List<Blocked> blocked, Integer year) {
    Set<String> named = null;
    for (Mention m : in) {
      if (m.isCountry() && SUCCESSORS.containsKey(m.code())) {
        String prev = prevToken(text, m.start());
        boolean past = prev != null && AFTERWARDS.contains(TextFold.fold(prev))
            || (m.start() > 0 && text.charAt(m.start() - 1) == '-')
            || afterNounOf(text, m.start(), ENDINGS);
        if (!past) {
          if (named == null) {
            named = new HashSet<>();
          }
          named.add(m.code());
        }
      }
    }
    // a text of unknown date whose sentence tells of a year of the state's time speaks of it
    // there: "In October 1962 the Kremlin agreed to withdraw its missiles"
    Map<Mention, String> told = year == null ? toldStates(text, in) : Map.of();
    if (year != null) {
      // a text of the state's own time speaks of it whether it names it or not
      for (Map.Entry<String, Successor> e : SUCCESSORS.entrySet()) {
        if (year <= e.getValue().lastYear()) {
          if (named == null) {
            named = new HashSet<>();
          }
          named.add(e.getKey());
        }
      }
    } else if (!told.isEmpty()) {
      if (named == null) {
        named = new HashSet<>();
      }
      named.addAll(told.values());
    }
    if (named == null) {
      return in;
    }
    Set<String> former = new HashSet<>();
    for (String h : named) {
      String successor = SUCCESSORS.get(h).code();
      if (in.stream().noneMatch(m -> m.code().equals(successor)
          && !"capital".equals(m.rule()) && !"metonym".equals(m.rule()))) {
        former.add(h);
      }
    }
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!"capital".equals(m.rule()) && !"metonym".equals(m.rule())) {
        return null;
      }
      for (String h : former) {
        Successor successor = SUCCESSORS.get(h);
        boolean contemporary =
            year != null ? year <= successor.lastYear() : h.equals(told.get(m));
        if (successor.code().equals(m.code()) && (contemporary || !seatIsThePlace(text, m))) {
          if (blocked != null) {
            String why = year != null ? "in a text of " + year
                : contemporary ? "in a sentence that tells of its time" : "which the text names";
            blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
                "the seat of " + h + ", " + why + ", and " + m.code() + " it never names"));
          }
          return List.of(new Mention(
              h, m.type(), m.matched(), m.start(), m.end(), m.rule(), m.role()));
        }
      }
      return null;
    });
  }

  /**
   * The mentions after {@code rewrite} has been applied to each; {@code in} itself when it keeps
   * them all, so that the common case copies nothing.
   */
  private static List<Mention> rewrite(List<Mention> in, Rewrite rewrite) {
    List<Mention> out = null;
    for (int i = 0; i < in.size(); i++) {
      List<Mention> replacement = rewrite.apply(i);
      if (replacement == null) {
        if (out != null) {
          out.add(in.get(i));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(in.subList(0, i));
      }
      out.addAll(replacement);
    }
    return out == null ? in : out;
  }

  /** True when a comma right before mention {@code i} follows another mention: a list. */
  private static boolean listBefore(String text, List<Mention> in, int i) {
    int p = commaBefore(text, in.get(i).start());
    if (p < 0) {
      return false;
    }
    p--;
    while (p >= 0 && TextFold.fold(text.charAt(p)) == ' ') {
      p--;
    }
    // mentions do not overlap, so their ends grow with their starts
    for (int j = i - 1; j >= 0 && in.get(j).end() >= p + 1; j--) {
      if (in.get(j).end() == p + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reason a city before a subdivision starting at {@code at} is its namesake, or null: every
   * mention at {@code at} is a subdivision, or the name of a country that holds a place named
   * like the city ({@code homonyms.tsv}: "Tripoli, Lebanon"), none of the city's code and,
   * unless {@code onlyOf} is null, all subdivisions of {@code onlyOf}; and the subdivision ends
   * a clause or goes on with a lower-case word that is not a determiner other than "a" or "an",
   * right after it or after a comma ("Alexandria, Virginia, a short drive"), nor "and" or "or"
   * unless after a comma and before a lower-case word that neither is a determiner nor ends a
   * list ("London, Ontario, and surrounding counties"; "and other capitals" ends a list).
   * With {@code mustHold} a subdivision's country must hold a place named like the city too.
   * With {@code cities} a city of {@code onlyOf} stands for its region: a country's name before a
   * borough or a city is a town there too ("a bodega in Jamaica, Queens, on Saturday").
   */
  private String subdivisionOfOther(
      String text,
      List<Mention> in,
      int from,
      int at,
      Mention place,
      String onlyOf,
      boolean mustHold,
      boolean cities) {
    int end = -1;
    boolean namesakes = true;
    for (int j = from; j < in.size() && in.get(j).start() <= at; j++) {
      Mention n = in.get(j);
      if (n.start() < at) {
        continue;
      }
      boolean holds = gazetteer.hasNamesake(place.matched(), n.code());
      boolean subdivision =
          "subdivision".equals(n.rule()) && (onlyOf == null || n.code().equals(onlyOf));
      boolean namesakeCountry =
          onlyOf == null && "name".equals(n.rule()) && n.isCountry() && holds;
      boolean city = cities && onlyOf != null && "city".equals(n.rule()) && n.code().equals(onlyOf);
      if (!(subdivision || namesakeCountry || city)
          || n.code().equals(place.code())
          || (mustHold && !holds)) {
        return null;
      }
      namesakes &= holds;
      end = n.end();
    }
    if (end < 0) {
      return null;
    }
    String reason = "a namesake town in " + text.substring(at, end);
    // an apposition with the possessive says what the town is there: "Tripoli, Lebanon's
    // second-largest city"; believed only where that country holds a place of the name
    if (namesakes && possessiveAt(text, end)) {
      return reason;
    }
    int next = skipSpaces(text, end);
    if (next < text.length() && text.charAt(next) == ')') {
      // the region in parentheses: "Tripoli (Lebanon)", "Perth (Scotland)"
      return reason;
    }
    boolean comma = next < text.length() && text.charAt(next) == ',';
    if (comma) {
      next = skipSpaces(text, next + 1);
    } else if (endsClause(text, end)
        || (next < text.length() && isDatelineEnd(text.charAt(next)))) {
      // a dateline's credit or dash ends the pair: "LONDON, Ontario (CP) --", "DUBLIN, Ohio --"
      return reason;
    }
    if (next >= text.length()) {
      return reason;
    }
    String word = nextToken(text, next);
    if (word != null && (word.equals("and") || word.equals("or")) && text.startsWith(word, next)
        && townAndSubdivisionAt(text, in, from, skipSpaces(text, next + word.length()))) {
      // a list of towns, each with its region: "Cairo, Illinois, and Paducah, Kentucky"
      return reason;
    }
    // in a title-case headline every word is capitalised: only a place's name goes on there
    // ("Lebanon, Ohio, Voters Reject Levy")
    boolean capitalisedGoesOn = word != null && !Character.isLowerCase(word.charAt(0))
        && (!isTitleCaseLine(text, next) || formSet.contains(TextFold.fold(word)));
    // "the" opens the town's apposition where a place word heads it ("Mecca, California, the
    // farmworker community near ...") or a lower-case word follows it ("Lima, Ohio, the only
    // factory that ..."), the next item of a list where a capital does ("..., the Netherlands")
    String afterThe = "the".equals(word) ? nextToken(text, next + word.length()) : null;
    boolean apposition = "the".equals(word) && text.startsWith(word, next)
        && (appositionWords(text, next + word.length(), 3, placeWords) > 0
            || (afterThe != null && Character.isLowerCase(afterThe.charAt(0))));
    // and "the" opens a list's next item only where a place's name follows it ("..., the
    // Netherlands") or its capitalised words go on with the list ("the Caribbean, China"); before
    // other words it opens the sentence's subject ("Lebanon, Tennessee, the National Weather
    // Service said")
    boolean theOpensNoPlace = "the".equals(word) && text.startsWith(word, next)
        && !theOpensListItem(text, in, skipSpaces(text, next + word.length()));
    // "and" or "or" goes on with a list unless it follows a comma and a lower-case word follows
    // it that is neither a determiner nor a word that ends a list ("other", "elsewhere"): a
    // clause of the sentence ("London, Ontario, and surrounding counties", "Peru, Indiana, and
    // later taught"), where "Jerusalem, Bethlehem, and other parts" is a list
    boolean conjunction = word != null && (word.equals("and") || word.equals("or"));
    String afterConjunction = conjunction && comma ? nextToken(text, next + word.length()) : null;
    boolean clauseAfter = afterConjunction != null
        && Character.isLowerCase(afterConjunction.charAt(0))
        && !determiners.contains(TextFold.fold(afterConjunction))
        && !LIST_ENDS.contains(afterConjunction);
    boolean goesOn =
        word == null
            || capitalisedGoesOn
            || (conjunction && !clauseAfter)
            || (determiners.contains(TextFold.fold(word))
                && !word.equals("a") && !word.equals("an") && !relativePronoun(word)
                && !apposition && !theOpensNoPlace);
    return goesOn ? null : reason;
  }

  /**
   * True when the words at {@code at}, right after "the" in a list, are the list's next item: a
   * mention starts there, or its capitalised words are followed by a comma, a semicolon, "and"
   * or "or" ("the Caribbean, China").
   */
  private static boolean theOpensListItem(String text, List<Mention> in, int at) {
    if (covered(in, at)) {
      return true;
    }
    int i = at;
    String word = nextToken(text, i);
    boolean any = false;
    while (word != null && text.startsWith(word, i) && isCapitalised(word)) {
      any = true;
      i += word.length();
      if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ';')) {
        return true;
      }
      i = skipSpaces(text, i);
      word = nextToken(text, i);
    }
    return any && word != null && text.startsWith(word, i)
        && (word.equals("and") || word.equals("or"));
  }

  /** True when "city of", "town of" or "village of" comes right before {@code start}. */
  private static boolean townWordOfBefore(String text, int start) {
    String of = prevToken(text, start);
    if (!"of".equals(of)) {
      return false;
    }
    String word = prevToken(text, tokenStartBefore(text, start, of));
    return word != null && TOWN_WORDS.contains(TextFold.fold(word));
  }

  /** The nations of the United Kingdom, which field national sides of their own. */
  private static final Set<String> HOME_NATIONS =
      Set.of("england", "scotland", "wales", "northern ireland");

  /** Words for a settlement before "of" and its name ({@link #townWordOfBefore}). */
  private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village");

  /** Lower-case words after "and" or "or" that end a list of places ("and other capitals"). */
  private static final Set<String> LIST_ENDS = Set.of("other", "others", "elsewhere", "all",
      "many", "several", "various", "more", "so", "beyond", "further", "some", "most");

  /**
   * True for the determiners that open a relative clause after a comma far more often than the
   * next item of a list: "London, Ontario, that sent four people to hospital", "Paris, Texas,
   * whose water tower".
   */
  private static boolean relativePronoun(String word) {
    return word.equals("that") || word.equals("whose");
  }

  /**
   * True when one to three capitalised words at {@code at}, a comma and a subdivision's mention
   * follow: the next town of a list of towns with their regions ("and Peru, Indiana").
   */
  private static boolean townAndSubdivisionAt(String text, List<Mention> in, int from, int at) {
    String town = capitalisedWordsThenComma(text, at);
    if (town == null) {
      return false;
    }
    int region = skipSpaces(text, at + town.length() + 1);
    for (int j = from; j < in.size() && in.get(j).start() <= region; j++) {
      if (in.get(j).start() == region && "subdivision".equals(in.get(j).rule())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a region's name starts in an apposition that says what a town is by its region and a
   * town's word ({@link #APPOSED_TOWN_WORDS}) within three words: "Moscow, the Ayrshire
   * hamlet", "Paris, a Texas town of 25,000"; or -1. The region must be a province's or a
   * state's name the text has as a mention.
   */
  private int regionBeforePlaceWord(String text, List<Mention> in, int from, int at) {
    String article = nextToken(text, at);
    if (article == null || !ARTICLES_AND_THE.contains(article)
        || !text.startsWith(article + " ", at)) {
      return -1;
    }
    int r = skipSpaces(text, at + article.length() + 1);
    Mention region = mentionAt(in, from, r);
    if (region == null || !region.isCountry() || !"subdivision".equals(region.rule())) {
      return -1;
    }
    return appositionWords(text, region.end(), 3, APPOSED_TOWN_WORDS) < 0 ? -1 : r;
  }

  /** The articles that open an apposition: "the Ayrshire hamlet", "a Texas town". */
  private static final Set<String> ARTICLES_AND_THE = Set.of("the", "a", "an");

  /**
   * The place words of a town, which {@link #regionBeforePlaceWord} reads after a region; not a
   * region's own ("Chad, the Darfur region of the Sudan" is a list).
   */
  private static final Set<String> APPOSED_TOWN_WORDS =
      Set.of("city", "town", "village", "port", "hamlet", "township", "borough", "suburb",
          "community", "resort");

  /**
   * Where "in" starts after a place word's apposition at {@code at} ({@link #appositionHead} over
   * {@code placeword} in context.tsv: village, town, city, ...; "the" may open it too), or -1:
   * "Moscow, a village in East Ayrshire", "Paris, a small town in Texas", "Delhi, the old tobacco
   * town in southwestern Ontario". Up to {@link #APPOSITION_TAIL} more words without a clause mark
   * may stand between the place word and "in": "Cuba, a village of about 1,500 in Allegany
   * County", "Havana, a town of 1,700 just north of Tallahassee in Gadsden County".
   */
  private int placeWordBeforeIn(String text, int at) {
    int head = "the".equals(nextToken(text, at))
        ? appositionWords(text, skipSpaces(text, at) + 3, 4, placeWords)
        : appositionHead(text, at, placeWords);
    if (head < 0) {
      return -1;
    }
    // "in" right after the place word, or after a few more words: where its two letters start
    int in = appositionWords(text, head, APPOSITION_TAIL + 1, IN);
    return in < 0 ? -1 : in - 2;
  }

  /**
   * The words before a country's name that make it a town's, or null: a word for a town and
   * "of" before it, and "in" or a comma and a capitalised place after it ("the town of Norway in
   * Maine", "the village of Lebanon, Ohio"). A country is no town; its name so placed is a
   * namesake town the gazetteer may not hold. "The city of" is left out: a city-state's capital
   * has its name ("the city of Singapore").
   */
  private static String townNamedLikeTheCountry(
      String text, int start, int end, String rule, String prev) {
    if (!rule.equals("name") || !"of".equals(prev)) {
      return null;
    }
    String word = prevToken(text, tokenStartBefore(text, start, prev));
    if (word == null || !NAMESAKE_TOWN_WORDS.contains(word)) {
      return null;
    }
    int i = end;
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    i = skipSpaces(text, i);
    String next = nextToken(text, i);
    if (i == end || next == null) {
      return null;
    }
    if (next.equals("in") && text.startsWith("in ", i)) {
      i = skipSpaces(text, i + 2);
      next = nextToken(text, i);
    } else if (text.charAt(end) != ',') {
      return null;
    }
    return next != null && isCapitalised(next) && text.startsWith(next, i)
        ? word + " of " + text.substring(start, end)
        : null;
  }

  private static final Set<String> NAMESAKE_TOWN_WORDS =
      Set.of("town", "village", "hamlet", "township");

  /** The words for a town that an apposition names by its region ({@link #townWordOfAt}). */
  private static final Set<String> TOWN_OF = Set.of("capital", "city", "town", "village", "port");

  /**
   * Where the region starts after an apposition at {@code at} of "the", "a" or no article, a word
   * for a town ({@link #TOWN_OF}) and "of", or -1: "capital of Bolivia's Beni department", "a
   * town of Pampanga", "the port city of" does not count (two words).
   */
  private static int townWordOfAt(String text, int at) {
    String word = nextToken(text, at);
    int i = at;
    if (("the".equals(word) || "a".equals(word)) && text.startsWith(word, at)) {
      i = skipSpaces(text, at + word.length());
      word = nextToken(text, i);
    }
    if (word == null || !TOWN_OF.contains(word) || !text.startsWith(word, i)) {
      return -1;
    }
    int of = skipSpaces(text, i + word.length());
    return text.startsWith("of ", of) ? skipSpaces(text, of + 3) : -1;
  }

  /**
   * One to three capitalised words right at {@code at} and then a comma (the words, without the
   * comma), or null: a place no gazetteer file holds, placed by the region after the comma.
   */
  private static String capitalisedWordsThenComma(String text, int at) {
    int i = at;
    for (int words = 0; words < 3; words++) {
      String word = nextToken(text, i);
      if (word == null || !isCapitalised(word) || !text.startsWith(word, i)) {
        return null;
      }
      i += word.length();
      if (i < text.length() && text.charAt(i) == ',') {
        return text.substring(at, i);
      }
      if (!text.startsWith(" ", i)) {
        return null;
      }
      i++;
    }
    return null;
  }

  /** A bracket or a dash after a dateline's place: "(AP)", "—", "–", "-". */
  private static boolean isDatelineEnd(char ch) {
    return ch == '(' || ch == '\u2014' || ch == '\u2013' || ch == '-';
  }

  /**
   * A capital that is the seat of a bloc ({@code seat} in context.tsv: Brussels for the EU)
   * stands for the bloc where the text names the bloc too and the capital is not after a
   * preposition of place: "Brussels fined the firm", "Washington and Brussels agreed" are the
   * EU; "talks in Brussels", "flew to Brussels" stay Belgium's capital.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> seatsOfBlocs(String text, List<Mention> in, List<Blocked> blocked) {
    if (seats.isEmpty()) {
      return in;
    }
    Set<String> blocs = null;
    for (Mention m : in) {
      if (!m.isCountry()) {
        if (blocs == null) {
          blocs = new HashSet<>();
        }
        blocs.add(m.code());
      }
    }
    if (blocs == null) {
      return in;
    }
    Set<String> named = blocs;
    return rewrite(in, i -> {
      Mention m = in.get(i);
      String bloc = "capital".equals(m.rule()) ? seats.get(TextFold.fold(m.matched())) : null;
      if (bloc == null || !named.contains(bloc) || seatIsThePlace(text, m)) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "the seat of " + bloc + ", which the text names"));
      }
      return List.of(new Mention(bloc, Mention.BLOC, m.matched(), m.start(), m.end(), "bloc",
          Mention.ROLE_ACTOR));
    });
  }

  /**
   * True when a seat's mention is the place: in the dateline, after a preposition of place (with
   * "the" between for a building, "over the Kremlin"), also across a list ("held in Vienna, Bonn
   * and Brussels"), or before a word for a meeting ("the Brussels conference", "the Brussels
   * Conference on Afghanistan"). Both the seats of blocs and those of dissolved states ask it.
   */
  private boolean seatIsThePlace(String text, Mention m) {
    if (m.start() < 40) {
      // the dateline says where the story was written: "BRUSSELS – The European Union ..."
      Optional<Dateline> dateline = parseDateline(text);
      if (dateline.isPresent() && m.start() < dateline.get().bodyStart()) {
        return true;
      }
    }
    String next = nextToken(text, m.end());
    if (next != null && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
      // a numbered meeting: "the Brussels 4 Conference"
      next = nextToken(text, skipSpaces(text, m.end()) + next.length());
    }
    if (next != null && MEETINGS.contains(TextFold.fold(next))) {
      return true;
    }
    int first = listStart(text, m.start(), w -> Character.isUpperCase(w.charAt(0)));
    String prev = prevToken(text, first);
    if (prev != null && TextFold.fold(prev).equals("the") && "metonym".equals(m.rule())) {
      // a seat named by its building takes "the": "over the Kremlin"; before a city's name it
      // belongs to a noun after it, "through the Brussels dialogue"
      prev = prevToken(text, tokenStartBefore(text, first, prev));
    }
    return prev != null && PLACE_PREPOSITIONS.contains(TextFold.fold(prev));
  }

  // words for a meeting named after its place: "the Brussels conference" met in Brussels
  private static final Set<String> MEETINGS =
      Set.of("conference", "conferences", "meeting", "meetings", "summit", "summits", "talks",
          "forum", "process", "format", "round", "donor", "pledging");

  // prepositions before which a seat is the place: "in Brussels", "to Brussels", "over the Kremlin"
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "to", "from", "into", "via", "of", "near", "outside", "inside", "across",
          "around", "toward", "towards", "through", "throughout", "within", "over", "above");

  /**
   * The cue of a list of languages that the demonym at {@code start..end} is an item of, or
   * null. The list is capitalised words joined by commas, "and" or "or" ("French, German and
   * Japanese"); it follows a language cue (`langprev` in context.tsv: "in", "into", "speaks",
   * "translated", ...; also "translated from") or "language(s) are/is/include" ("The official
   * languages are English and French"), and the list closes the clause (a dash too), goes on
   * with a preposition ("translated from Russian by a team") or with "and", "but" or "or" and an
   * auxiliary verb ("translated into French, German and Japanese and will be published"). A list
   * of two or more followed by "languages", or by "are" or "is" and "language(s)" within three
   * words, needs no cue ("in the Arabic, English, French and Spanish languages", "English and
   * French are the working languages"). Its items are capitalised words that no gazetteer form
   * but a demonym has ("Cyprus, Greek and Turkish" is no list of languages). A list that goes on
   * with a noun ("in French and German newspapers") is of the countries' adjectives.
   */
  private String languageListCue(String text, int start, int end) {
    // the list's end: on over the items after this one
    int last = end;
    for (int k = 0; k < 8; k++) {
      int at = listSeparatorAfter(text, last);
      String w = at < 0 ? null : nextToken(text, at);
      if (w != null && LANGUAGE_MEASURES.contains(w)) {
        // "Spanish, Portuguese and some Quechua": how much of the next language is spoken
        at = skipSpaces(text, at) + w.length();
        w = nextToken(text, at);
      }
      if (w == null || !languageItem(w)) {
        break;
      }
      last = skipSpaces(text, at) + w.length();
    }
    String noun = nextToken(text, last);
    if (last > end && noun != null && (noun.equals("languages") || noun.equals("language"))) {
      // "in the Arabic, English, French and Spanish languages": the noun after the list
      return noun;
    }
    int first = listStart(text, start, this::languageItem);
    String next = nextToken(text, last);
    if (next != null && (next.equals("is") || next.equals("was") || next.equals("are")
        || next.equals("were")) && spokenWithin(text, skipSpaces(text, last) + next.length(), 3)) {
      // "Spanish is now spoken in 40 million homes": a language said to be spoken
      return next + " ... spoken";
    }
    if ((first < start || last > end) && next != null && (next.equals("are") || next.equals("is"))
        && languagesWithin(text, skipSpaces(text, last) + next.length(), 3)) {
      // "English and French are the working languages", "Tetum and Portuguese are the official
      // languages": a list of two or more said to be languages after it
      return next + " ... languages";
    }
    if (first == start && last == end && next != null
        && (clauseStart(text, start) || afterComma(text, start))
        && (next.equals("is") || next.equals("was") || next.equals("has"))) {
      // one people's word opening a clause (maybe after an opening phrase and its comma) and
      // said to be a language in it: "Korean has become its fastest-growing language", "Russian
      // is the language of the region's trade", "Twenty years on, Albanian is a co-official
      // language"
      int from = skipSpaces(text, last) + next.length();
      int to = from;
      while (to < text.length() && to - from < LANGUAGE_REACH && text.charAt(to) != ','
          && text.charAt(to) != '.' && text.charAt(to) != ';') {
        to++;
      }
      if (TextFold.hasLowerCaseWord(text, from, to, LANGUAGE_NOUNS)) {
        return next + " ... language";
      }
    }
    String cue = prevToken(text, first);
    String named = nameOfALanguage(text, first, last);
    if (cue == null && named == null) {
      return null;
    }
    String cueFold = cue == null ? "" : TextFold.fold(cue);
    boolean cued = langPrev.contains(cueFold);
    if (named != null && !cued) {
      // a list that holds a language no country's people are named by is a list of languages
      cued = true;
      cue = named;
    }
    if (!cued && cueFold.equals("from")) {
      // "translated from Russian": the language cue before "from"
      String before = prevToken(text, first - cue.length() - 1);
      cued = before != null && langPrev.contains(TextFold.fold(before));
    }
    if (!cued && (cueFold.equals("are") || cueFold.equals("is") || cueFold.startsWith("includ")
        || ALONGSIDE.contains(cueFold))) {
      // "the official languages are Spanish", "official languages alongside Spanish"
      String before = prevToken(text, first - cue.length() - 1);
      String beforeFold = before == null ? "" : TextFold.fold(before);
      cued = beforeFold.equals("languages") || beforeFold.equals("language");
    }
    if (!cued) {
      return null;
    }
    int after = skipSpaces(text, last);
    char dash = after < text.length() ? text.charAt(after) : ' ';
    if (endsClause(text, last) || dash == '\u2014' || dash == '\u2013') {
      return cue;
    }
    if (next != null && AFTER_LANGUAGE.contains(next)) {
      // "translated from Russian by a team", "spoke in French to reporters": no noun follows
      return cue;
    }
    if ("from".equals(next) && !cueFold.equals("in") && !cueFold.equals("into")) {
      // "will learn Indonesian from their first year": after a verb's cue; "in Russian from"
      // may be a place's people ("investors in Russian from ...")
      return cue;
    }
    if (next != null && (next.equals("and") || next.equals("but") || next.equals("or"))) {
      String verb = nextToken(text, skipSpaces(text, last) + next.length());
      // "... and will be published", or a second language cue: "written in Georgian and
      // translated into English"
      if (verb != null && (AUXILIARIES.contains(verb) || langPrev.contains(TextFold.fold(verb)))) {
        return cue;
      }
      boolean place = cueFold.equals("in") || cueFold.equals("into");
      if (verb != null && (!place || joinedList(text, first, last)) && finiteVerbLike(verb)) {
        // "speaks French and lives in Lyon", "speaks Portuguese, Swahili and Arabic and starts
        // on Monday": after a verb's cue, or a list closed by its own "and", "and" with a verb
        // goes on with the subject's next act ("in French and allied forces" stays the people's)
        return cue;
      }
    }
    return null;
  }

  /** True when the list at {@code first..last} joins its last items with "and" or "or". */
  private static boolean joinedList(String text, int first, int last) {
    int and = text.indexOf(" and ", first);
    int or = text.indexOf(" or ", first);
    return (and >= 0 && and + 5 <= last) || (or >= 0 && or + 4 <= last);
  }

  /**
   * True when {@code word} looks like a finite verb: lower-case letters ending in "s" (not "ss")
   * or "ed" ("starts", "joined").
   */
  private static boolean finiteVerbLike(String word) {
    return word.length() >= 4 && isLowerWord(word)
        && (word.endsWith("ed") || (word.endsWith("s") && !word.endsWith("ss")));
  }

  /** Words that add a language to languages named before ("languages alongside Spanish"). */
  private static final Set<String> ALONGSIDE = Set.of("alongside", "beside", "besides");

  /** True when a comma, then only spaces, stands right before {@code start}. */
  private static boolean afterComma(String text, int start) {
    return commaBefore(text, start) >= 0;
  }

  /** The offset of a comma that only spaces part from {@code start}, or -1. */
  private static int commaBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && TextFold.fold(text.charAt(i)) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',' ? i : -1;
  }

  /** Words of how much of a language one speaks, before it in a list ("and some Quechua"). */
  private static final Set<String> LANGUAGE_MEASURES = Set.of("some", "basic", "fluent");

  /** True when "language" or "languages" is one of the {@code words} words from {@code at}. */
  private static boolean languagesWithin(String text, int at, int words) {
    return oneOfWithin(text, at, words, LANGUAGE_NOUNS);
  }

  private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages");

  /** How far a clause opened by one people's word is read for "language", in chars. */
  private static final int LANGUAGE_REACH = 40;

  /** True when "spoken" is one of the {@code words} words from {@code at}. */
  private static boolean spokenWithin(String text, int at, int words) {
    return oneOfWithin(text, at, words, SPOKEN);
  }

  private static final Set<String> SPOKEN = Set.of("spoken");

  /** True when one of {@code wanted} is one of the {@code words} words from {@code at}. */
  private static boolean oneOfWithin(String text, int at, int words, Set<String> wanted) {
    for (int k = 0; k < words; k++) {
      String w = nextToken(text, at);
      if (w == null) {
        return false;
      }
      if (wanted.contains(w)) {
        return true;
      }
      at = skipSpaces(text, at) + w.length();
    }
    return false;
  }

  /** The first word of text[from, to) that names a language and no people ({@code language}). */
  private String nameOfALanguage(String text, int from, int to) {
    if (languages.isEmpty() || from >= to) {
      return null;
    }
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > s && languages.contains(TextFold.fold(text.substring(s, i)))) {
        return text.substring(s, i);
      }
    }
    return null;
  }

  // prepositions (and the pronoun "it": "in Khmer it is Tonle Thom") and words of time ("tours
  // in English and German every afternoon") after a cued list of languages: what follows is no
  // noun the list could qualify ("a French daily" is a newspaper, so not "daily")
  private static final Set<String> AFTER_LANGUAGE =
      Set.of("by", "to", "for", "with", "at", "in", "into", "on", "since", "until", "before",
          "after", "because", "as", "than", "between", "during", "it", "is", "are", "was",
          "were", "fluently", "natively", "well", "perfectly", "poorly", "badly", "too", "also",
          "both", "instead", "every", "each", "only", "now", "again", "today", "tonight",
          "yesterday", "tomorrow");

  // a list of languages that goes on with one of these after "and" has ended: "translated into
  // French and German and will be published" (not a participle: "in Palestinian or occupied
  // Arab territory" goes on with the territory)
  private static final Set<String> AUXILIARIES =
      Set.of("will", "would", "can", "could", "may", "might", "must", "shall", "should", "is",
          "are", "was", "were", "has", "have", "had");

  /**
   * True when the entry reads as a demonym: one itself, or an ambiguous form whose default
   * reading is one ("Korean", "Georgian": the language of Georgia, whatever the state).
   */
  private boolean isDemonym(Entry e) {
    return "demonym".equals(e.rule())
        || (e.kind() == Kind.AMBIGUOUS
            && "demonym".equals(
                gazetteer.ambiguities().get(e.ambiguity()).candidates().get(0).rule()));
  }

  /**
   * A word that can be an item of a list of languages: capitalised, two letters or more, and no
   * form of the gazetteer but a demonym ("English", "Mandarin", "French"; not "Cyprus", "I").
   */
  private boolean languageItem(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    List<Entry> entries = lookup.get(TextFold.fold(word));
    if (entries != null) {
      for (Entry x : entries) {
        // an ambiguous demonym ("Korean") is a language's name as much as a plain one
        if (!isDemonym(x)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The start of the first item of a list that ends with the item starting at {@code start}:
   * back across separators (", ", " and ", " or ", ", and ") over words {@code item} accepts, at
   * most eight; {@code start} itself when no such item stands before it.
   */
  private static int listStart(String text, int start, Predicate<String> item) {
    int first = start;
    for (int k = 0; k < 8; k++) {
      int sep = listSeparatorBefore(text, first);
      if (sep < 0) {
        break;
      }
      // the separator starts where the item before it ends
      int a = sep;
      while (a > 0 && TextFold.isWordChar(text.charAt(a - 1))) {
        a--;
      }
      if (a == sep || !item.test(text.substring(a, sep))) {
        break;
      }
      first = a;
    }
    return first;
  }

  /**
   * The offset where a list separator (", ", " and ", " or ", ", and ") ending at {@code pos}
   * starts, or -1.
   */
  private static int listSeparatorBefore(String text, int pos) {
    int p = pos;
    while (p > 0 && TextFold.fold(text.charAt(p - 1)) == ' ') {
      p--;
    }
    int wordStart = p;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String w = text.substring(wordStart, p);
    if ((w.equals("and") || w.equals("or")) && wordStart < p && p < pos) {
      p = wordStart;
      while (p > 0 && TextFold.fold(text.charAt(p - 1)) == ' ') {
        p--;
      }
      if (p > 0 && text.charAt(p - 1) == ',') {
        p--;
      }
      return p;
    }
    if (p > 0 && p == wordStart && text.charAt(p - 1) == ',') {
      return p - 1;
    }
    return -1;
  }

  /**
   * The offset right after a list separator (", ", " and ", " or ", ", and ") that starts at
   * {@code pos}, or -1.
   */
  private static int listSeparatorAfter(String text, int pos) {
    int p = pos;
    boolean comma = p < text.length() && text.charAt(p) == ',';
    if (comma) {
      p++;
    }
    String w = nextToken(text, p);
    if (w != null && (w.equals("and") || w.equals("or"))) {
      return skipSpaces(text, p) + w.length();
    }
    return comma ? p : -1;
  }

  /**
   * A place named after a demonym and a word for a place ("the Lebanese city of Tripoli", "the
   * Scottish city of Perth", "the Belgian province of Luxembourg", "the Greek region of
   * Macedonia") is the demonym's country's namesake of that name, not the place abroad, when
   * that country holds a place of the name ({@code homonyms.tsv}); the text is not believed
   * otherwise, so a claim ("the Russian region of Crimea") moves nothing, and neither does a
   * contested name ("the Chinese province of Taiwan"). Up to two lower-case words may stand
   * between the demonym and the place word ("the Lebanese port city of Tripoli"). A country's
   * name in the possessive before the place and a place word after it says the same ("Greece's
   * Macedonia region", "Belgium's Luxembourg province"), and so does one before a place word
   * and "of" ("Greece's northern region of Macedonia"). The place's mention becomes one of the
   * demonym's (or the possessor's) country, with role place.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> placesOfDemonym(String text, List<Mention> in, List<Blocked> blocked) {
    return rewrite(in, i -> {
      Mention m = in.get(i);
      Mention demonym = m.isCountry() ? demonymBefore(text, in, i) : null;
      if (demonym == null && m.isCountry()) {
        demonym = possessorBefore(text, in, i);
      }
      if (demonym == null) {
        return null;
      }
      if (blocked != null) {
        String phrase = text.substring(demonym.start(), m.start()).strip();
        blocked.add(
            new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
                "a namesake place in " + gazetteer.name(demonym.code()) + " (" + phrase + ")"));
      }
      return List.of(
          new Mention(
              demonym.code(), Mention.COUNTRY, m.matched(), m.start(), m.end(), "city",
              Mention.ROLE_PLACE));
    });
  }

  /**
   * The demonym mention of {@code "DEMONYM [word [word]] PLACEWORD of"} right before mention
   * {@code i}, when its country holds a namesake of mention i's place and neither is contested,
   * or null.
   */
  private Mention demonymBefore(String text, List<Mention> in, int i) {
    Mention m = in.get(i);
    String of = prevToken(text, m.start());
    if (!"of".equals(of)) {
      return null;
    }
    int at = tokenStartBefore(text, m.start(), of);
    String word = prevToken(text, at);
    if (word == null || !placeWords.contains(TextFold.fold(word))) {
      return null;
    }
    at = tokenStartBefore(text, at, word);
    for (int hop = 0; hop < 3; hop++) {
      int before = at;
      while (before > 0 && TextFold.fold(text.charAt(before - 1)) == ' ') {
        before--;
      }
      for (int j = i - 1; j >= 0 && in.get(j).end() >= before; j--) {
        Mention d = in.get(j);
        if (d.end() == before && "demonym".equals(d.rule()) && holdsNamesakeOf(d, m)) {
          return d;
        }
      }
      // "English" is no demonym (the language is spoken everywhere), but before a place word it
      // is England's: "the English county of Norfolk", "the English city of Birmingham"
      if (ENGLISH.equals(prevToken(text, at))) {
        int s = tokenStartBefore(text, at, ENGLISH);
        Mention english =
            new Mention("GBR", Mention.COUNTRY, ENGLISH, s, s + ENGLISH.length(), "demonym",
                Mention.ROLE_ACTOR);
        if (holdsNamesakeOf(english, m)) {
          return english;
        }
      }
      // a lower-case word between the demonym and the place word: "the Lebanese port city of"
      word = prevToken(text, at);
      if (word == null || !Character.isLowerCase(word.charAt(0))) {
        return null;
      }
      at = tokenStartBefore(text, at, word);
    }
    return null;
  }

  /**
   * The country's name in the possessive right before mention {@code i} ("Greece's"), when a
   * place word follows mention i ("region", "province") and that country holds a namesake of
   * mention i's place and neither is contested, or null.
   */
  private Mention possessorBefore(String text, List<Mention> in, int i) {
    Mention m = in.get(i);
    if (i == 0) {
      return null;
    }
    String after = nextToken(text, m.end());
    // where the possessive ends: right before the place, or before a place word and "of"
    int owned = m.start();
    if (after == null || !text.startsWith(" " + after, m.end())
        || !placeWords.contains(TextFold.fold(after))) {
      owned = placeWordOfBefore(text, m.start());
      if (owned < 0) {
        return null;
      }
    }
    Mention d = in.get(i - 1);
    int s = d.end();
    boolean possessive = s + 3 == owned && isApostrophe(text.charAt(s))
        && text.charAt(s + 1) == 's' && text.charAt(s + 2) == ' ';
    boolean named = "name".equals(d.rule()) || "alias".equals(d.rule());
    return possessive && named && holdsNamesakeOf(d, m) ? d : null;
  }

  /**
   * Where the words before {@code start} that name a place by a place word and "of" begin, up to
   * two lower-case words before the place word ("northern region of", "province of"), or -1.
   */
  private int placeWordOfBefore(String text, int start) {
    String of = prevToken(text, start);
    if (!"of".equals(of)) {
      return -1;
    }
    int at = tokenStartBefore(text, start, of);
    String word = prevToken(text, at);
    if (word == null || !placeWords.contains(word)) {
      return -1;
    }
    at = tokenStartBefore(text, at, word);
    for (int k = 0; k < 2; k++) {
      String w = prevToken(text, at);
      if (w == null || !isLowerWord(w)) {
        break;
      }
      at = tokenStartBefore(text, at, w);
    }
    return at;
  }

  /**
   * Whether country mention {@code d} may say which namesake place mention {@code m} is: its
   * country holds a place of m's name and differs from m's, and neither it, m's country nor m's
   * place is contested (a claim, "the Russian region of Crimea", moves nothing).
   */
  private boolean holdsNamesakeOf(Mention d, Mention m) {
    return d.isCountry()
        && !d.code().equals(m.code())
        && !gazetteer.isContested(d.code())
        && !gazetteer.isContested(m.code())
        && gazetteer.contestedTerritory(m.matched()).isEmpty()
        && gazetteer.hasNamesake(m.matched(), d.code());
  }

  /**
   * A town the gazetteer does not list, placed by a US state's abbreviation the way American
   * news places one ("MIT researchers in Cambridge, Mass., said", "a plant near Smyrna, Tenn."):
   * a capitalised word, a comma and the abbreviation name a US place (a Canadian province's
   * abbreviation, "Cobourg, Ont.", a Canadian one). A town that is a mention
   * already is left to {@link #namesakes} ("Paris, Tenn."); a word in capitals is left to the
   * dateline ("SPRINGFIELD, Ill. (AP) --"). Most texts have no such comma, and the check reads
   * only the characters after each comma.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> townsOfStates(String text, List<Mention> in) {
    List<Mention> out = null;
    int comma = text.indexOf(',');
    while (comma > 0) {
      int at = skipSpaces(text, comma + 1);
      int abbrEnd = at > comma + 1 && at < text.length() && Character.isUpperCase(text.charAt(at))
          ? stateAbbreviationEnd(text, at)
          : -1;
      String town = abbrEnd > 0 ? wordEndingAt(text, comma) : null;
      if (town != null && town.length() > 2 && isCapitalised(town) && !isUpperWord(town)
          && !function.contains(TextFold.fold(town)) && !covered(in, comma - 1)) {
        int start = comma - town.length();
        out = out == null ? new ArrayList<>(in) : out;
        out.add(new Mention(abbreviationCountry(text.substring(at, abbrEnd)), Mention.COUNTRY,
            text.substring(start, abbrEnd), start, abbrEnd, "city", Mention.ROLE_PLACE));
      }
      comma = text.indexOf(',', comma + 1);
    }
    if (out == null) {
      return in;
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::code));
    return out;
  }

  /**
   * A place's name before "County" names a county, and in a text that places itself in one US
   * state or Canadian province (by its name, not its abbreviation) the county is that country's:
   * "Athens-Clarke County commissioners ... Georgia counties", "rents in the La Plata County town
   * ... Durango, Colorado", "Norfolk County council ... southwestern Ontario", "growers in Norfolk
   * and Oxford counties ... the Ontario board". Elsewhere a county
   * keeps its place's country ("Nairobi County", "Stockholm County").
   *
   * @param in the mentions, sorted by start
   */
  private static List<Mention> countiesOfStates(
      String text, List<Mention> in, List<Blocked> blocked) {
    if (!text.contains(" County") && !text.contains(" counties") && !text.contains(" Counties")) {
      return in;
    }
    String state = null;
    for (Mention n : in) {
      if (n.isCountry() && "subdivision".equals(n.rule())
          && (n.code().equals("USA") || n.code().equals("CAN"))) {
        if (state != null && !state.equals(n.code())) {
          return in;
        }
        state = n.code();
      }
    }
    if (state == null) {
      return in;
    }
    String code = state;
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!m.isCountry() || m.code().equals(code) || !isPlaceRule(m.rule())
          || !countyAfter(text, m.end()) && !lastOfCounties(text, m.start(), m.end())) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "a county named like the place, in a text placed in " + code));
      }
      return List.of(new Mention(code, Mention.COUNTRY, m.matched(), m.start(), m.end(), "city",
          Mention.ROLE_PLACE));
    });
  }

  /** The words of {@code waterafter} that name a shore's work or headland, not water. */
  private static final Set<String> SHORE_WORDS = Set.of("Point", "Dock", "Docks", "Wharf", "Quay");

  /** The countries whose towns {@code towns.tsv} lists by state or province. */
  private static final Set<String> TOWN_COUNTRIES = Set.of("USA", "CAN", "AUS");

  /** The units of local government whose name marks a local story. */
  private static final List<String> LOCAL_UNITS =
      List.of("county", "counties", "shire", "township");

  /** The words before a name that make it a destination or an origin, not a story's town. */
  private static final Set<String> VOYAGE_BEFORE = Set.of("to", "from");

  /**
   * A country's name, a capital or a city that a town of the United States, Canada or Australia
   * shares ({@code towns.tsv}) is that town in a local story: one that names the town's state or
   * province, names a county, shire or township, and names the other country no other way. "The
   * Lebanon City Council voted ... Lebanon, the Warren County seat in southwest Ohio", "Tobacco
   * growers around Delhi ... Norfolk County ... Ontario", "basements in Norway and Poland ...
   * Oxford County officials ... Maine". A story that names the country another way keeps it
   * ("Idaho County deputies ... the Russian consulate in Moscow"), and so does a name after "to"
   * or "from", as often a destination as the town ("Boone County, Missouri, ships soybeans to
   * Mexico"). New York names its city as often as its state and places no town.
   *
   * @param in the mentions, sorted by start
   */
  private List<Mention> namesakesOfTheStory(String text, List<Mention> in, List<Blocked> blocked) {
    List<Mention> states = null;
    for (Mention n : in) {
      if (n.isCountry() && "subdivision".equals(n.rule()) && TOWN_COUNTRIES.contains(n.code())
          && !NOT_STATE_CUES.contains(TextFold.fold(n.matched()))) {
        states = states == null ? new ArrayList<>() : states;
        states.add(n);
      }
    }
    if (states == null
        || in.stream().noneMatch(n -> n.isCountry() && gazetteer.hasTowns(n.matched()))) {
      return in;
    }
    String unit = localUnit(text);
    if (unit == null) {
      return in;
    }
    // each country's forms in the text: a town's country named no other way has one
    Map<String, Set<String>> forms = new HashMap<>();
    for (Mention n : in) {
      if (n.isCountry()) {
        forms.computeIfAbsent(n.code(), k -> new HashSet<>()).add(TextFold.fold(n.matched()));
      }
    }
    List<Mention> named = states;
    return rewrite(in, i -> {
      Mention m = in.get(i);
      if (!m.isCountry() || !(isPlaceRule(m.rule()) || "historic".equals(m.rule()))
          || !gazetteer.hasTowns(m.matched()) || gazetteer.isContested(m.code())
          || !gazetteer.contestedTerritory(m.matched()).isEmpty()) {
        return null;
      }
      Mention state = null;
      for (Mention s : named) {
        if (!s.code().equals(m.code())
            && gazetteer.hasTownInState(m.matched(), s.code(), s.matched())) {
          state = s;
          break;
        }
      }
      String before = prevToken(text, m.start());
      if (state == null || (before != null && VOYAGE_BEFORE.contains(TextFold.fold(before)))
          || forms.get(m.code()).size() > 1) {
        return null;
      }
      if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()),
            "a town of " + state.matched() + " (" + state.code() + ") so named, in a local story ("
                + unit + ")"));
      }
      return List.of(new Mention(state.code(), Mention.COUNTRY, m.matched(), m.start(), m.end(),
          "city", Mention.ROLE_PLACE));
    });
  }

  /**
   * The first of {@link #LOCAL_UNITS} that {@code text} holds as a word, in any case, or null.
   */
  private static String localUnit(String text) {
    for (int at = 0; at < text.length(); at++) {
      if (at > 0 && TextFold.isWordChar(text.charAt(at - 1))) {
        continue;
      }
      for (String unit : LOCAL_UNITS) {
        int after = at + unit.length();
        if (text.regionMatches(true, at, unit, 0, unit.length())
            && (after == text.length() || !TextFold.isWordChar(text.charAt(after)))) {
          return unit;
        }
      }
    }
    return null;
  }

  private static boolean isPlaceRule(String rule) {
    return rule.equals("city") || rule.equals("capital") || rule.equals("subdivision")
        || rule.equals("name") || rule.equals("alias");
  }

  /**
   * " County" right at {@code end}, or after a hyphen and one capitalised word ("-Clarke"); or
   * "and", one capitalised word and "counties" ("Norfolk and Oxford counties").
   */
  private static boolean countyAfter(String text, int end) {
    int at = end;
    if (at + 1 < text.length() && text.charAt(at) == '-'
        && Character.isUpperCase(text.charAt(at + 1))) {
      at += 1 + nextToken(text, at + 1).length();
    }
    if (wordAt(text, at, " County")) {
      return true;
    }
    if (!text.startsWith(" and ", at)) {
      return false;
    }
    String other = nextToken(text, at + " and".length());
    return other != null && isCapitalised(other)
        && countiesAt(text, at + " and ".length() + other.length());
  }

  /** True for the second place of "Norfolk and Oxford counties": "and" before, "counties" after. */
  private static boolean lastOfCounties(String text, int start, int end) {
    return "and".equals(prevToken(text, start)) && countiesAt(text, end);
  }

  /** True when " counties" or " Counties" stands at {@code at} as a word. */
  private static boolean countiesAt(String text, int at) {
    return wordAt(text, at, " counties") || wordAt(text, at, " Counties");
  }

  /**
   * True when a list of names that ends in "rivers" goes on right after offset {@code end}: each
   * name of the list is a river's, a capital's or a country's too ("the Juba and Shabelle
   * rivers", "the Tigris, Jordan and Euphrates rivers", "the Niger and Benue Rivers"). The names
   * are capitalised words, at most two each and four in all, joined by commas or "and".
   */
  private static boolean riversAfter(String text, int end) {
    int at = end;
    for (int item = 0; item < 4; item++) {
      if (riversAt(text, at)) {
        return true;
      }
      int joint = jointAt(text, at);
      if (joint < 0) {
        return false;
      }
      at += joint;
      for (int word = 0; word < 2; word++) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
          if (word == 0) {
            return false;
          }
          break;
        }
        int i = at;
        while (i < text.length() && (TextFold.isWordChar(text.charAt(i))
            || text.charAt(i) == '-')) {
          i++;
        }
        at = i;
        if (at + 1 < text.length() && text.charAt(at) == ' '
            && Character.isUpperCase(text.charAt(at + 1)) && !riversAt(text, at)) {
          at++;
        } else {
          break;
        }
      }
    }
    return false;
  }

  /**
   * True when " rivers" or " Rivers" stands at {@code at}, a word, and not a figure's "rivers of"
   * ("rivers of blood").
   */
  private static boolean riversAt(String text, int at) {
    return (wordAt(text, at, " rivers") || wordAt(text, at, " Rivers"))
        && !text.startsWith(" of", at + " rivers".length());
  }

  /** True when {@code word} stands at {@code at}, not followed by a word character. */
  private static boolean wordAt(String text, int at, String word) {
    int after = at + word.length();
    return text.startsWith(word, at)
        && (after == text.length() || !TextFold.isWordChar(text.charAt(after)));
  }

  /** The word that ends right at offset {@code end} (no space between), or null. */
  private static String wordEndingAt(String text, int end) {
    int i = end;
    while (i > 0 && TextFold.isWordChar(text.charAt(i - 1))) {
      i--;
    }
    return i == end ? null : text.substring(i, end);
  }

  /** True when a mention of {@code in} spans offset {@code at}. */
  private static boolean covered(List<Mention> in, int at) {
    for (Mention m : in) {
      if (m.start() <= at && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a US state's or a Canadian province's abbreviation ("Ga.", "N.Y.", "Ont.")
   * starting at {@code at}, or -1.
   */
  private int stateAbbreviationEnd(String text, int at) {
    int i = at;
    while (i < text.length() && i - at < 6
        && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    if (i == at || text.charAt(i - 1) != '.' || !Character.isUpperCase(text.charAt(at))) {
      return -1;
    }
    return abbreviationCountry(text.substring(at, i)) != null ? i : -1;
  }

  /**
   * The end of a US state's, a Canadian province's or an Australian state's postal code in
   * capitals starting at {@code at} ({@code uspostal}, {@code capostal}, {@code aupostal} in
   * context.tsv: "TX", "ON", "NSW"), or -1. It ends a line or comes before punctuation, a dash,
   * a ZIP code or a word in lower case, not before a capitalised word ("JORDAN, OR ELSE" is a
   * headline's, "Costa Rica, HI Salvador" a scan's "El Salvador") or a hyphen ("Kuwait
   * (AL-SABAH)"); and it is not the ISO code of {@code formCode}'s country ("Berlin, DE").
   */
  private int postalCodeEnd(String text, int at, String formCode) {
    int i = at;
    while (i < text.length() && i - at < 4 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
      i++;
    }
    if (i - at < 2 || i - at > 3 || !postalCodeEnds(text, i)) {
      return -1;
    }
    String code = text.substring(at, i);
    String fold = TextFold.fold(code);
    if (!usPostal.contains(fold) && !caPostal.contains(fold) && !auPostal.contains(fold)) {
      return -1;
    }
    if (code.equals(ISO_ALPHA2.get(formCode))) {
      return -1;
    }
    return i;
  }

  /** True when a postal code may end at {@code i} ({@link #postalCodeEnd}). */
  private static boolean postalCodeEnds(String text, int i) {
    if (i == text.length()) {
      return true;
    }
    char c = text.charAt(i);
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '\u2014' || c == '\u2013'
        || c == '\n' || c == '\r') {
      return true;
    }
    if (c != ' ') {
      return false;
    }
    int j = skipSpaces(text, i);
    if (j == text.length()) {
      return true;
    }
    char d = text.charAt(j);
    return Character.isLowerCase(d) || Character.isDigit(d) || d == '-' || d == '(' || d == '\u2014'
        || d == '\u2013';
  }

  /**
   * The country of a postal code ({@link #postalCodeEnd}): of a code two countries use ("WA",
   * "NT", "CA" for Canada in addresses too), the one that {@code in} names, else the first of the
   * United States, Canada and Australia.
   */
  private String postalCountry(String code, List<Mention> in) {
    String fold = TextFold.fold(code);
    List<String> holders = new ArrayList<>(3);
    if (usPostal.contains(fold)) {
      holders.add("USA");
    }
    if (caPostal.contains(fold)) {
      holders.add("CAN");
    }
    if (auPostal.contains(fold)) {
      holders.add("AUS");
    }
    if (holders.size() > 1) {
      for (String holder : holders) {
        for (Mention m : in) {
          if (m.isCountry() && m.code().equals(holder)) {
            return holder;
          }
        }
      }
    }
    return holders.get(0);
  }

  /** ISO 3166-1 alpha-3 to alpha-2, from the JDK's tables ({@link Locale#getISOCountries()}). */
  private static final Map<String, String> ISO_ALPHA2 = isoAlpha2();

  private static Map<String, String> isoAlpha2() {
    Map<String, String> out = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      out.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(out);
  }

  /**
   * The country of a state's or province's abbreviation ({@code usabbr} and {@code caabbr} in
   * context.tsv: "Ga." is the United States', "Ont." Canada's), or null.
   */
  private String abbreviationCountry(String abbr) {
    String fold = TextFold.fold(abbr);
    return usAbbr.contains(fold) ? "USA" : caAbbr.contains(fold) ? "CAN" : null;
  }

  private List<String> candidateCodes(int ambiguity) {
    List<String> codes = new ArrayList<>();
    for (Entry e : gazetteer.ambiguities().get(ambiguity).candidates()) {
      codes.add(e.codes().get(0));
    }
    return codes;
  }

  /**
   * Null when the candidate stands, else the reason it is blocked. The rules are read in groups,
   * each a method too large to be inlined: HotSpot threw away and recompiled the one method they
   * were (3,836 bytes) each time one of its rarer rules was first taken, 13 times and 5.8 s of
   * compiling in one pass over the UN corpus; now only the group whose rule it is is recompiled.
   */
  private String check(String text, int start, int end, Entry e, Collector c) {
    boolean allCaps = isAllCaps(text, start, end);
    String reason = caseReason(text, start, end, e, c, allCaps);
    if (reason != null || e.kind() == Kind.BLOC) {
      return reason;
    }
    String prev = prevToken(text, start);
    String prevFold = prev == null ? null : TextFold.fold(prev);
    reason = personBefore(text, start, end, e, c, allCaps, prev, prevFold);
    if (reason == null) {
      reason = namedThing(text, start, end, e, c, prev, prevFold);
    }
    if (reason == null) {
      reason = workOrWater(text, start, end, e, prev);
    }
    if (reason == null) {
      reason = personAfter(text, start, end, e, allCaps, prev, prevFold);
    }
    if (reason == null) {
      reason = namedElsewhere(text, start, end, e, c, allCaps, prev, prevFold);
    }
    if (reason == null) {
      reason = languageOrPeople(text, start, end, e);
    }
    if (reason == null) {
      reason = partOfAName(text, start, end, e, prev, prevFold);
    }
    return reason != null ? reason : treatyOf(text, start, end, e.rule());
  }

  /** The honorifics news puts before a surname alone: "Mr Walsh", "Mrs. Jordan". */
  private static final List<String> HONORIFICS =
      List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Messrs");

  /**
   * {@link #check}'s rule on a person news names in full once and by the surname elsewhere, or
   * null. The form is a given name before a capitalised word that the text also writes after
   * an honorific ("Houston Pemberton ... Mr Pemberton") or alone as a name ("Dallas Kowalchuk
   * scored ... Kowalchuk, who played"); it is the surname after a capitalised word where the
   * text writes the form itself after an honorific ("Hamilton Jordan ... Mr. Jordan"). Only a
   * country's name, a capital, a city or a province of one word; not in capitals or a
   * title-case line, where every word is capitalised.
   */
  private String namedElsewhere(
      String text,
      int start,
      int end,
      Entry e,
      Collector c,
      boolean allCaps,
      String prev,
      String prevFold) {
    String rule = e.rule();
    if (allCaps || e.caseSensitive()
        || !(rule.equals("name") || rule.equals("capital") || rule.equals("city")
            || rule.equals("subdivision"))) {
      return null;
    }
    String form = text.substring(start, end);
    if (form.indexOf(' ') >= 0) {
      // a name of two words or more is no person's given name or surname
      return null;
    }
    if (prev != null && isCapitalised(prev) && !prev.endsWith(".") && start > 0
        && text.charAt(start - 1) == ' ' && !function.contains(prevFold)
        && !formSet.contains(prevFold) && !titles.contains(prevFold)
        && !(prev.length() > 1 && isUpperWord(prev)) && c.honoured(text).contains(form)
        && !isTitleCaseLine(text, start)) {
      return GIVEN_BEFORE + ", the text puts an honorific before the surname elsewhere ("
          + prev + " " + form + ")";
    }
    if (end >= text.length() || text.charAt(end) != ' ' || !isSurnameAfter(text, end, start)
        || isTitleCaseLine(text, start)) {
      return null;
    }
    String next = nextToken(text, end);
    if (c.honoured(text).contains(next)) {
      return PERSON_AFTER + ", the text puts an honorific before it elsewhere (" + next + ")";
    }
    if (aloneElsewhere(text, next, end + 1)) {
      return PERSON_AFTER + ", the text names the surname alone elsewhere (" + next + ")";
    }
    return null;
  }

  /**
   * Whether the capitalised word {@code word}, which the text never writes in lower case, stands
   * alone somewhere in the text other than at {@code except} as a person: a whole word at the
   * start of a clause or after a word in lower case that neither determines nor places it, with
   * no capitalised word after it, and before ", who", a verb of saying ({@link #SAYING}) or an
   * age, or after such a verb ("Kowalchuk, who played", "said Kowalchuk"; not "the Wizards",
   * "in Walsh", "Walsh Street" or "the Colombo Powers, of which").
   */
  private boolean aloneElsewhere(String text, String word, int except) {
    // a word the text also writes in lower case is a common one ("Peace is", "the peace")
    if (wholeWordAt(text, Character.toLowerCase(word.charAt(0)) + word.substring(1), 0) >= 0) {
      return false;
    }
    for (int at = wholeWordAt(text, word, 0); at >= 0; at = wholeWordAt(text, word, at + 1)) {
      int after = at + word.length();
      if (at == except) {
        continue;
      }
      String before = prevToken(text, at);
      boolean opens = clauseStart(text, at);
      if (!opens) {
        if (before == null || isCapitalised(before)) {
          continue;
        }
        String fold = TextFold.fold(before);
        if (determiners.contains(fold) || locatives.contains(fold) || PLACING.contains(fold)) {
          continue;
        }
      }
      String then = nextToken(text, after);
      if (then != null && text.startsWith(" " + then, after) && isCapitalised(then)) {
        continue;
      }
      // and where only a person stands: before ", who", a reporting verb or an age, or after a
      // reporting verb ("Kowalchuk, who played", "Kowalchuk said", "Kowalchuk, 19,", "said
      // Kowalchuk"), not "the Colombo Powers, of which" or "Palestine Arabs are"
      boolean person =
          (then != null && text.startsWith(" " + then, after) && SAYING.contains(then))
              || text.startsWith(", who ", after)
              || ageAfter(text, after) != null
              || (before != null && SAYING.contains(before));
      if (person) {
        return true;
      }
    }
    return false;
  }

  /** The verbs that say a person spoke, before or after the name ("Walsh said", "said Walsh"). */
  private static final Set<String> SAYING =
      Set.of("said", "says", "told", "added", "adds", "insisted", "explained", "recalled",
          "replied", "admitted", "conceded", "laughed", "joked");

  /** Where {@code word} next stands in {@code text} as a whole word from {@code from}, or -1. */
  private static int wholeWordAt(String text, String word, int from) {
    for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      int after = at + word.length();
      if ((at == 0 || !TextFold.isWordChar(text.charAt(at - 1)))
          && (after >= text.length() || !TextFold.isWordChar(text.charAt(after)))) {
        return at;
      }
    }
    return -1;
  }

  /** The words {@code text} writes after an honorific ({@link #HONORIFICS}), in their case. */
  static Set<String> honouredNames(String text) {
    Set<String> out = new HashSet<>();
    int n = text.length();
    for (int i = 0; i + 3 < n; i++) {
      char ch = text.charAt(i);
      if ((ch != 'M' && ch != 'D') || (i > 0 && TextFold.isWordChar(text.charAt(i - 1)))) {
        continue;
      }
      int j = i + 1;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      boolean honorific = false;
      for (String h : HONORIFICS) {
        if (h.length() == j - i && text.startsWith(h, i)) {
          honorific = true;
          break;
        }
      }
      if (!honorific) {
        continue;
      }
      if (j < n && text.charAt(j) == '.') {
        j++;
      }
      if (j + 1 < n && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) {
        int k = j + 1;
        while (k < n && TextFold.isWordChar(text.charAt(k))) {
          k++;
        }
        out.add(text.substring(j + 1, k));
      }
      i = j;
    }
    return out;
  }

  /**
   * The reason a form joined to the next name shares the common noun after that name, or null:
   * "Jersey and Guernsey cows" are cows of two breeds, so "Jersey" is no island where the
   * gazetteer blocks the form with that noun as a common noun ("Jersey cows", blockers.tsv). The
   * noun must be in lower case right after the list's last name; "Jersey and Guernsey voted"
   * keeps both.
   */
  private String sharedCompound(String text, int start, int end) {
    // the list's names, each capitalised, up to the noun after the last ("Jersey, Guernsey and
    // Holstein cows")
    int at = listSeparatorAfter(text, end);
    for (int names = 0; names < 4 && at >= 0; names++) {
      at = skipSpaces(text, at);
      String other = nextToken(text, at);
      if (other == null || !text.startsWith(other, at) || !isCapitalised(other)) {
        return null;
      }
      at += other.length();
      int more = listSeparatorAfter(text, at);
      if (more >= 0) {
        at = more;
        continue;
      }
      String noun = nextToken(text, at);
      if (noun != null && text.startsWith(" " + noun, at)
          && Character.isLowerCase(noun.charAt(0))) {
        String compound = TextFold.fold(text.substring(start, end) + " " + noun);
        for (Entry e : lookup.getOrDefault(compound, List.of())) {
          if (e.kind() == Kind.BLOCKER && e.rule().equals("common noun")) {
            return "shares the common noun after the name joined to it ("
                + text.substring(start, at) + " " + noun + ")";
          }
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The province or state that shares the form's name, where "state" or "states" follows in
   * lower case, or null: the gazetteer holds "Niger State" (Nigeria's), and news writes "in Niger
   * state" or lists it, "in Zamfara and Niger states". A form with no such province keeps its
   * reading ("the Kuwait state budget").
   */
  private Entry stateOfTheName(String text, int start, int end) {
    if (!text.startsWith(" state", end)) {
      return null; // the common case, without making the next token
    }
    String next = nextToken(text, end);
    if (next == null || !text.startsWith(" " + next, end)
        || !(next.equals("state") || next.equals("states"))) {
      return null;
    }
    if (next.equals("state")) {
      // "state" as a people's adjective goes on with a noun: "Niger state media" is the
      // country's; the province's name ends a phrase ("in Niger state, gunmen", "in Niger state
      // on Monday")
      int after = end + 1 + next.length();
      String then = nextToken(text, after);
      boolean closes = after >= text.length() || ",.;:)".indexOf(text.charAt(after)) >= 0
          || (then != null && text.startsWith(" " + then, after) && STATE_CLOSERS.contains(then));
      if (!closes) {
        return null;
      }
    }
    String form = TextFold.fold(text.substring(start, end) + " state");
    for (Entry e : lookup.getOrDefault(form, List.of())) {
      if (e.kind() == Kind.COUNTRY && e.rule().equals("subdivision")) {
        return e;
      }
    }
    return null;
  }

  /** Words that may follow a province's name ending in "state": no noun that "state" qualifies. */
  private static final Set<String> STATE_CLOSERS =
      Set.of("on", "in", "at", "and", "or", "where", "which", "who", "last", "this", "since",
          "after", "before", "near", "to", "from", "was", "is", "has", "had", "said", "says");

  /**
   * True when the word before [start, end), on the same line, and the word after it each have a
   * lower-case letter (the word after may be missing: the text ends).
   */
  private static boolean amidLowerCase(String text, int start, int end) {
    String prev = prevToken(text, start);
    if (prev == null || isUpperSpan(prev, 0, prev.length()) || lineBreakBefore(text, start)) {
      return false;
    }
    String next = nextToken(text, end);
    return next == null || !isUpperSpan(next, 0, next.length());
  }

  /** {@link #check}'s rules of case: a common noun in lower case, a credit, a web domain. */
  private String caseReason(
      String text, int start, int end, Entry e, Collector c, boolean allCaps) {
    if (!e.caseSensitive() && !allCaps && !capitalisedAsAnySpelling(text, start, end, e)
        && !(c.caseless(text) && readableInLowerCase(e))) {
      return "lower case (common noun)";
    }
    if (!e.caseSensitive() && !allCaps && peoplesWordBeforeNoun(text, start, end, e) != null) {
      return PEOPLES_WORD_BEFORE_NOUN;
    }
    if (e.rule().equals("city") && start > 0 && end < text.length()
        && text.charAt(start - 1) == '(' && text.charAt(end) == ')'
        && isUpperSpan(text, start, end)) {
      // a generated city's name in capitals in parentheses is an acronym or a wire's credit:
      // "WINDHOEK (NAMPA) -" is the Namibia Press Agency
      return "a credit in parentheses (" + text.substring(start, end) + ")";
    }
    if (e.rule().equals("city") && !allCaps && end - start > 2 && isUpperSpan(text, start, end)
        && amidLowerCase(text, start, end)) {
      // a generated city's name in capitals inside a sentence of lower-case words is an
      // acronym: "the latest PISA rankings"; a dateline's city opens the text or a line
      return "an acronym in capitals (" + text.substring(start, end) + ")";
    }
    if (e.caseSensitive() && isLowerCaseForm(e.form())) {
      // an abbreviation's lower-case form (lowerabbr) counts only where nothing is capitalised,
      // and not as a web domain (".uk")
      if (!c.caseless(text)) {
        return "lower case (common noun)";
      }
      if (start > 0 && text.charAt(start - 1) == '.') {
        return "a web domain (." + text.substring(start, end) + ")";
      }
    }
    return null;
  }

  /**
   * {@link #check}'s rules on the words before the name: a pronoun in capitals, a title or a
   * given name before it.
   */
  private String personBefore(
      String text,
      int start,
      int end,
      Entry e,
      Collector c,
      boolean allCaps,
      String prev,
      String prevFold) {
    if (e.caseSensitive() && pronouns.contains(TextFold.fold(e.form()))
        && (allCaps || (prev != null && prev.length() > 1 && isUpperWord(prev)))
        && prevFold != null && !pronounOk.contains(prevFold)) {
      return "pronoun in all-caps text (" + prev + " " + text.substring(start, end) + ")";
    }
    if (prev != null && !e.caseSensitive() && !allCaps && !isCapitalised(prev)
        && c.caseless(text) && !lineBreakBefore(text, start)) {
      // in a text written all in lower case a title or a given name on the same line still
      // makes a person: "president franklin delano roosevelt", "mr. paulo sergio pinheiro";
      // only the titles that are no everyday word (lowertitle: not "forward", "guard")
      boolean dotted = prev.endsWith(".");
      if (lowerTitles.contains(prevFold)) {
        return TITLE_BEFORE + " (" + prev + ")";
      }
      if (!dotted && given.contains(prevFold)) {
        return GIVEN_BEFORE + " (" + prev + ")";
      }
    }
    if (prev != null && !e.caseSensitive() && allCaps && text.startsWith(prev + " ",
        start - prev.length() - 1) && given.contains(prevFold) && !CAPS_WORDS.contains(prevFold)) {
      // a headline in capitals still names people by a given name the list knows: "MICHAEL
      // JORDAN RETURNS"; not by one that is an everyday word too ("BILL", "FRANK")
      return GIVEN_BEFORE + " (" + prev + ")";
    }
    if (prev != null && !e.caseSensitive() && isCapitalised(prev) && !allCaps) {
      // a token ending in '.' closes a sentence unless it is a dotted title (Mr., Dr.)
      boolean dotted = prev.endsWith(".");
      if (isTitle(prev) && (!dotted || prevFold.length() <= 5)) {
        return TITLE_BEFORE + " (" + prev + ")";
      }
      if (!dotted && given.contains(prevFold)) {
        return GIVEN_BEFORE + " (" + prev + ")";
      }
      if (!dotted && givenForms.contains(prevFold) && e.kind() != Kind.AMBIGUOUS
          && TextFold.fold(text.charAt(start - 1)) == ' '
          && givenAndSurname(prevFold, TextFold.fold(text.substring(start, end)))
          && !placedBefore(text, tokenStartBefore(text, start, prev))) {
        return GIVEN_BEFORE + " (" + prev + ")";
      }
      if (isInitial(prev)) {
        // a middle initial between a given name and the surname: "Michael B. Jordan"
        String p2 = prevToken(text, tokenStartBefore(text, start, prev));
        if (p2 != null && given.contains(TextFold.fold(p2))) {
          return GIVEN_BEFORE + " (" + p2 + " " + prev + ")";
        }
      }
      if (!dotted && !function.contains(prevFold)) {
        // "Mr. Yasushi Akashi", "President Juan Manuel Santos": a title, then capitalised words
        // (not across a function word: "Ambassador To Ghana" in a title-case headline). Before a
        // demonym in a title-case line, where every word is capitalised, only given names are
        // hopped: "Chancellor Meets Australian Premier" is a verb between two titles, not a name
        // (a demonym is seldom a surname; hard-wrapped speeches have lines that look title-case,
        // "and to Mr. Yasushi Akashi, Special", so other forms keep the hop)
        boolean demonymInHeadline = e.rule().equals("demonym") && isTitleCaseLine(text, start);
        int at = tokenStartBefore(text, start, prev);
        String hopped = prevFold;
        for (int hop = 0; hop < 2; hop++) {
          String p2 = prevToken(text, at);
          if (hop == 0 && p2 != null && !isCapitalised(p2) && !demonymInHeadline
              && !formSet.contains(prevFold)
              && (titles.contains(p2) || kin.contains(p2))) {
            // a lower-case word of work, then a given name: "historian Harriet England",
            // "painter Mei Holland"
            return TITLE_BEFORE + " (" + p2 + " " + prev + ")";
          }
          if (p2 == null || !isCapitalised(p2)
              || (demonymInHeadline && !given.contains(hopped) && !givenForms.contains(hopped))) {
            break;
          }
          hopped = TextFold.fold(p2);
          if (isTitle(p2)) {
            return TITLE_BEFORE + " (" + p2 + " ... " + prev + ")";
          }
          if (p2.endsWith(".") || formSet.contains(TextFold.fold(p2))
              || function.contains(TextFold.fold(p2))) {
            break;
          }
          at = tokenStartBefore(text, at, p2);
        }
      }
    }
    String particle = particleBefore(text, start, end, prev);
    if (particle != null) {
      return "surname particle before, person name (" + particle + ")";
    }
    // a lower-case word of kin or work, then the form and a capitalised word that is no form: a
    // person's given name and surname ("the novelist China Mieville", "her cousin Israel Adams")
    if (prev != null && !allCaps && !isCapitalised(prev) && kin.contains(prevFold)
        && !e.rule().equals("demonym") && start > 0
        && TextFold.fold(text.charAt(start - 1)) == ' ') {
      String next = nextToken(text, end);
      String nextFold = next == null ? null : TextFold.fold(next);
      if (next != null && text.startsWith(" " + next, end) && isCapitalised(next)
          && !formSet.contains(nextFold) && !function.contains(nextFold)
          && !(next.length() > 1 && isUpperWord(next)) && !isTitleCaseLine(text, start)) {
        return KIN_OR_WORK + " (" + prev + " ... " + next + ")";
      }
    }
    return null;
  }

  /**
   * The particles of Dutch, German and Arabic surnames, which join no place's name in English
   * news (unlike "de", "la" or "del": "Rio de Janeiro", "Mar del Plata").
   */
  private static final Set<String> PARTICLES_BEFORE = Set.of("van", "von", "ter", "bin", "ibn");

  /**
   * The words before a form that make it a surname, or null: a lower-case particle of {@link
   * #PARTICLES_BEFORE} ("van der" and "von den" as one) after a title or a capitalised word that
   * is no function word and no form: "Mr. van Zeeland", "Paul van Zeeland", "Jan van der
   * Holland".
   */
  private String particleBefore(String text, int start, int end, String prev) {
    // most forms have no particle before them: the cheap tests first
    boolean joined = "der".equals(prev) || "den".equals(prev);
    if (prev == null || !(joined || PARTICLES_BEFORE.contains(prev)) || start < 2
        || text.charAt(start - 1) != ' ') {
      return null;
    }
    int at = tokenStartBefore(text, start, prev);
    String particle = prev;
    if (joined) {
      String p2 = prevToken(text, at);
      if (p2 == null || !(p2.equals("van") || p2.equals("von"))) {
        return null;
      }
      at = tokenStartBefore(text, at, p2);
      particle = p2 + " " + prev;
    }
    String name = prevToken(text, at);
    if (name == null || !isCapitalised(name)) {
      return null;
    }
    String nameFold = TextFold.fold(name);
    if (!isTitle(name)
        && (name.endsWith(".") || function.contains(nameFold) || formSet.contains(nameFold))) {
      return null;
    }
    return name + " " + particle + " " + text.substring(start, end);
  }

  /**
   * {@link #check}'s rules on things named after the place: streets, papers, firms, clubs,
   * teams, diseases, ships, storms, breeds, cars, classes of ships.
   */
  private String namedThing(
      String text, int start, int end, Entry e, Collector c, String prev, String prevFold) {
    String street = streetAfter(text, end);
    if (street != null) {
      return "names a street (" + street + ")";
    }
    String longer = romanceName(text, start, end, e);
    if (longer != null) {
      return "part of a longer place name (" + longer + ")";
    }
    if (prev != null && isCapitalised(prev) && streetsBefore.contains(prevFold)
        && start > 0 && TextFold.fold(text.charAt(start - 1)) == ' ') {
      return "names a street, square or neighbourhood (" + prev + " "
          + text.substring(start, end) + ")";
    }
    String paper = paperAfter(text, end);
    if (paper != null) {
      return "names a newspaper (" + paper + ")";
    }
    String firm = firmNamedAfter(text, start, end, e, prev);
    if (firm != null) {
      return NAMED_FIRM + " (" + firm + ")";
    }
    // a club after a place, not after a people ("Liberians United for Reconciliation")
    String club = e.rule().equals("demonym") ? null : wordAfter(text, end, clubs);
    if (club != null) {
      return NAMED_CLUB + " (" + club + ")";
    }
    String team = teamAt(text, start, end, e, prev, c);
    if (team != null) {
      return SPORTS_TEAM + " (" + team + ")";
    }
    // a disease named after a place or a people: "Marburg virus", "Spanish flu"
    Set<String> illnesses = e.rule().equals("demonym") ? peoplesDiseases
        : e.rule().equals("city") || e.rule().equals("subdivision") ? diseases : Set.of();
    String illness = end < text.length() && text.charAt(end) == ' ' ? nextToken(text, end) : null;
    if (illness != null && !isCapitalised(illness)
        && illnesses.contains(TextFold.fold(illness))) {
      return "names a disease (" + text.substring(start, end) + " " + illness + ")";
    }
    String rule = e.rule();
    String named = namedAfterNamer(text, start, end, e, prev);
    if (named != null) {
      return NAMED_WORK + " (" + named + ")";
    }
    // a tanker or a warship named like a country, where its name goes on: "the tanker Panama
    // Star" (context.tsv's vessel list); alone the form may open a clause, "the tanker Iran
    // seized", while a city's is the ship's name alone too ("the cruiser Moskva sank")
    String shipName = text.startsWith(" ", end) ? nextToken(text, end) : null;
    // a people's word is a ship's only with the rest of its name: "the cruise ship Norwegian
    // Spirit", while "the tanker Iranian forces seized" keeps the people
    boolean shipNamed = shipName != null && isCapitalised(shipName);
    if (prevFold != null && vessels.contains(prevFold) && !isCapitalised(prev)
        && (!rule.equals("demonym") || shipNamed) && e.kind() != Kind.AMBIGUOUS
        && start > 0 && TextFold.fold(text.charAt(start - 1)) == ' '
        && (shipNamed || rule.equals("city") || rule.equals("capital"))) {
      return NAMED_VESSEL + " (" + prev + " " + text.substring(start, end)
          + (shipNamed ? " " + shipName : "") + ")";
    }
    String apposed = shipApposition(text, start, end);
    if (apposed != null) {
      return NAMED_VESSEL + " (" + apposed + ")";
    }
    // a horse by where it was trained or bred: "the Irish-trained Japan, a 6-1 chance"; a
    // people's word after it is the people ("US-trained Afghan forces")
    if (!rule.equals("demonym") && (endsWithAt(text, start, "-trained ")
        || endsWithAt(text, start, "-bred "))) {
      int word = text.lastIndexOf(' ', start - 2) + 1;
      return NAMED_VESSEL + " (" + text.substring(word, end) + ")";
    }
    // a ship's prefix in capitals before the name: "USS Georgia", "HMS Argentina" (context.tsv's
    // shipprefix list)
    if (prevFold != null && isUpperWord(prev) && shipPrefixes.contains(prevFold)
        && start > 0 && TextFold.fold(text.charAt(start - 1)) == ' ') {
      return NAMED_VESSEL + " (" + prev + " " + text.substring(start, end) + ")";
    }
    // a storm named like a place: "Hurricane Florence", "Storm Ciara" (context.tsv's storm list)
    if (prevFold != null && storms.contains(prevFold) && isCapitalised(prev)
        && start > 0 && TextFold.fold(text.charAt(start - 1)) == ' ') {
      return "names a storm (" + prev + " " + text.substring(start, end) + ")";
    }
    // a military operation's code name after a town: "Operation Jericho" (a raid on Amiens),
    // "Operation Moscow"; not a country's or a people's name, which says where it was as often
    // ("Operation Namibia", the UN's plan there; "Operation Iraqi Freedom")
    if ("Operation".equals(prev) && (rule.equals("city") || rule.equals("capital"))
        && start > 0 && text.charAt(start - 1) == ' ') {
      return "names a military operation (" + prev + " " + text.substring(start, end) + ")";
    }
    String namedThing = namedAsThing(text, start, prev);
    if (namedThing != null) {
      return "names a person, an animal or a thing (" + namedThing + ")";
    }
    // a dog of a breed named after the place, after an article or a possessive: "her
    // Chihuahua", "an Akita" (context.tsv's breed list); "Chihuahua state" stays the place
    if (prevFold != null && (POSSESSIVES.contains(prevFold) || ARTICLES.contains(prevFold))
        && breeds.contains(TextFold.fold(text.substring(start, end)))) {
      return "a dog of a breed named after the place (" + prev + " "
          + text.substring(start, end) + ")";
    }
    // another union named like the United States: "the Republic of the United States of
    // Indonesia" (1949), "a United States of Europe"; the union's own name, if a country's, is
    // read on its own
    if (end - start == UNITED_STATES.length() && text.startsWith(UNITED_STATES, start)
        && text.startsWith(" of ", end)) {
      String union = nextToken(text, end + 4);
      if (union != null && OTHER_UNIONS.contains(union)) {
        return "names another union (United States of " + union + ")";
      }
    }
    // a car model named after a place, right after its maker's name (context.tsv's carmaker
    // list): "the Hyundai Tucson", "a Seat Ibiza", "the Kia Rio"; a country's own name after a
    // maker is the maker's business there ("Hyundai India") and keeps its country
    if (prev != null && PLACE_RULES.contains(rule) && isCapitalised(prev)
        && carMakers.contains(prevFold) && start > 0 && text.charAt(start - 1) == ' ') {
      return CAR_MODEL + " (" + prev + " " + text.substring(start, end) + ")";
    }
    // a class of ships or weapons named after the place: "the Victoria-class submarines", "an
    // Ohio-class boat"; classes are named after places and people, not peoples, so a demonym
    // keeps its reading
    if (!rule.equals("demonym") && text.regionMatches(true, end, "-class", 0, 6)
        && (end + 6 == text.length() || !Character.isLetter(text.charAt(end + 6)))) {
      return "names a class of ships or weapons (" + text.substring(start, end + 6) + ")";
    }
    return null;
  }

  /** {@link #check}'s rules on people, works, appositions, namesake towns and water. */
  private String workOrWater(String text, int start, int end, Entry e, String prev) {
    String rule = e.rule();
    String person = twoWordPerson(text, start, end, e, prev);
    if (person != null) {
      return person;
    }
    String title = quotedTitleAround(text, start, end);
    if (title != null) {
      return "part of a work's quoted title (" + title + ")";
    }
    String apposed = appositionAfter(text, end, appositives);
    if (apposed != null) {
      return APPOSED_THING + " (" + apposed + ")";
    }
    String namesake = namesakeTownAfter(text, end, e);
    if (namesake != null) {
      return "a town of the name in another country (" + namesake + ")";
    }
    String town = townNamedLikeTheCountry(text, start, end, rule, prev);
    if (town != null) {
      return "names a town (" + town + ")";
    }
    if (!rule.equals("demonym") && !rule.equals("combining") && !rule.equals("metonym")
        && riversAfter(text, end)) {
      return "names a body of water (rivers)";
    }
    if (!rule.equals("capital") && !rule.equals("city") && !rule.equals("metonym")) {
      String water = waterAround(text, start, end, prev);
      if (water == null && !rule.equals("demonym") && !rule.equals("combining")
          && text.startsWith(" river", end) && "river".equals(nextToken(text, end))) {
        // in lower case too after a country's name, not after its demonym: "a dam on the Niger
        // river", but "a Chinese river"
        water = "river";
      }
      if (water != null) {
        return (water.equals("Desert") ? "names a desert ("
            : SHORE_WORDS.contains(water) ? "names a headland or a dock ("
            : "names a body of water (") + water + ")";
      }
    } else if (!rule.equals("metonym") && "Lake".equals(prev)) {
      // a lake named after a town on its shore is the lake, often of two states: "Lake Geneva"
      return "names a body of water (Lake)";
    } else if (!rule.equals("metonym") && "of".equals(prev)) {
      // a town before a gulf's or bay's name is a place on it ("the Gulf of Naples"), but a
      // strait named after a town lies between two coasts, often of two states: "the Strait of
      // Malacca", "the Straits of Messina"
      String p2 = prevToken(text, tokenStartBefore(text, start, prev));
      String p2Fold = p2 == null ? null : TextFold.fold(p2);
      if (p2 != null && isCapitalised(p2)
          && (p2Fold.equals("strait") || p2Fold.equals("straits"))) {
        return "names a body of water (" + p2 + " of)";
      }
    }
    return null;
  }

  /** {@link #check}'s rules on a person's name that goes on after the form. */
  private String personAfter(
      String text, int start, int end, Entry e, boolean allCaps, String prev, String prevFold) {
    boolean compound = start > 0 && TextFold.fold(text.charAt(start - 1)) == '-';
    if (e.personRisk() && !compound && text.startsWith(" ", end)) {
      // where the rule below does not look (capitals, or after "a": "a Georgia O'Keeffe
      // painting"), a name is still a person's before a common surname or a surname's own shape
      String next = nextToken(text, end);
      boolean indefinite = "a".equals(prevFold) || "an".equals(prevFold);
      if (next != null && (allCaps ? surnames.contains(TextFold.fold(next))
          : indefinite && isCapitalised(next)
              && (surnames.contains(TextFold.fold(next)) || surnameShaped(text, end + 1)))) {
        return PERSON_AFTER + " (" + next + ")";
      }
    }
    // a name in capitals ("CUBA", a heading) or after a determiner or a locative preposition ("in
    // Cuba Yankee imperialism") is no given name
    if (e.personRisk() && !allCaps && !compound
        && !(end - start > 1 && isUpperSpan(text, start, end))
        && (prevFold == null
            || (!determiners.contains(prevFold) && !locatives.contains(prevFold)))) {
      String next = nextToken(text, end);
      if (isSurnameAfter(text, end, start)) {
        return PERSON_AFTER + " (" + next + ")";
      }
      if (next != null && isCapitalised(next) && text.startsWith(" " + next, end)
          && !isTitleCaseLine(text, start) && !(next.length() > 1 && isUpperWord(next))
          && givenAndSurname(TextFold.fold(text.substring(start, end)), TextFold.fold(next))) {
        return PERSON_AFTER + " (" + next + ")";
      }
      String age = ageAfter(text, end);
      if (age != null) {
        return AGE_AFTER + " (" + age + ")";
      }
      String relation = kinAfter(text, end);
      if (relation != null) {
        return APPOSED_PERSON + " (" + relation + ")";
      }
      // a word of kin or work right before: "her husband Chad", "the coach Jordan"; a family's
      // plural too: "their daughters India and Florence"
      if (prevFold != null && (kin.contains(prevFold) || FAMILY_PLURALS.contains(prevFold))
          && !isCapitalised(prev)) {
        return KIN_OR_WORK + " (" + prev + ")";
      }
      // the second of two names after such a word: "their daughters India and Florence"
      String namedPair = kinPairBefore(text, start, prev, prevFold);
      if (namedPair != null) {
        return KIN_OR_WORK + " (" + namedPair + ")";
      }
      // a possessive and a word of kin, then a comma: "with her daughter, Brooklyn, adding"
      String kinBefore = kinBeforeComma(text, start);
      if (kinBefore != null && endsClause(text, end)) {
        return APPOSED_PERSON + " (" + kinBefore + ")";
      }
      // given names joined before one surname: "Chad and Jordan Miller"
      if ("and".equals(next) && text.startsWith(" and ", end)) {
        int at = end + 5;
        String other = nextToken(text, at);
        String otherFold = other == null ? null : TextFold.fold(other);
        if (other != null && text.startsWith(other, at) && isCapitalised(other)
            && (given.contains(otherFold) || givenForms.contains(otherFold))
            && isSurnameAfter(text, at + other.length(), start)) {
          return GIVEN_NAMES_BEFORE_ONE + ", person names (and " + other + " "
              + nextToken(text, at + other.length()) + ")";
        }
      }
      // a surname's particle and a capitalised word: "Chad le Clos", "Jordan van der Berg"
      if (next != null && particles.contains(next) && text.startsWith(" " + next + " ", end)) {
        int at = end + next.length() + 2;
        String word = nextToken(text, at);
        if (word != null && particles.contains(word) && text.startsWith(word + " ", at)) {
          word = nextToken(text, at + word.length() + 1);
        }
        if (word != null && isCapitalised(word) && !formSet.contains(TextFold.fold(word))) {
          return "surname particle after, person name (" + next + " " + word + ")";
        }
      }
    }
    return null;
  }

  /** {@link #check}'s rules on a language's or a people's name. */
  private String languageOrPeople(String text, int start, int end, Entry e) {
    String rule = e.rule();
    boolean demonym = isDemonym(e);
    // the hyphen after a demonym, or the one a combining form ends with ("Spanish-", matched as
    // one form for "Spanish-French"), before a language word: "German-speaking",
    // "Spanish-language"
    int hyphenEnd = end < text.length() && TextFold.fold(text.charAt(end)) == '-' ? end + 1
        : rule.equals("combining") && text.charAt(end - 1) == '-' ? end : -1;
    if ((demonym || rule.equals("combining")) && hyphenEnd > 0) {
      String word = nextToken(text, hyphenEnd);
      if (word != null && langNext.contains("-" + TextFold.fold(word))) {
        return "language name (" + text.substring(start, hyphenEnd + word.length()) + ")";
      }
    }
    if (demonym) {
      String next = nextToken(text, end);
      String nextFold = next == null ? null : TextFold.fold(next);
      // "Portuguese Mozambique", "German Samoa": a colony named with its ruler's adjective is
      // its successor, not the ruler
      if (nextFold != null && isCapitalised(next) && text.startsWith(" " + next, end)
          && colonial.contains(TextFold.fold(text.substring(start, end)))
          && namesCountry(nextFold) && !nounAfter(text, text.indexOf(next, end) + next.length())) {
        return "a colony named with its ruler's adjective (" + text.substring(start, end) + " "
            + next + ")";
      }
      // a plural is a people, never a language: "will teach Eritreans lessons", "In Africa,
      // Chadians are locked in a civil war"
      boolean people = Character.toLowerCase(text.charAt(end - 1)) == 's';
      if (nextFold != null && langNext.contains(nextFold) && !people) {
        return "language name (" + next + ")";
      }
      // a hyphen after it joins it to another word ("French-Canadian"): no list item then
      String cue = hyphenEnd == end + 1 || people ? null : languageListCue(text, start, end);
      if (cue != null) {
        return "language name (" + cue + " ...)";
      }
      if (nextFold != null && diaspora.contains(nextFold)
          && text.startsWith(" " + next, end)) {
        return "people of another country (" + text.substring(start, end) + " " + next + ")";
      }
      if (nextFold != null && cuisine.contains(nextFold) && text.startsWith(" " + next, end)) {
        return "a cuisine (" + text.substring(start, end) + " " + next + ")";
      }
    }
    return null;
  }

  /** {@link #check}'s rules on hyphenated names, replicas and figures of speech. */
  private String partOfAName(
      String text, int start, int end, Entry e, String prev, String prevFold) {
    String rule = e.rule();
    if ((rule.equals("city") || rule.equals("subdivision")) && start > 1
        && TextFold.fold(text.charAt(start - 1)) == '-'
        && Character.isLetter(text.charAt(start - 2))) {
      String head = prevToken(text.substring(0, start - 1) + " ", start);
      // a party's letter before a US state ("Sen. Ted Cruz (R-Texas)") joins no name to it
      boolean party = head != null && head.length() == 1 && "RDI".contains(head);
      if (head != null && !party && !formSet.contains(TextFold.fold(head))) {
        return "part of a hyphenated name (" + head + "-)";
      }
    }
    // the first half of a double surname after a given name: "Netumbo Nandi-Ndaitwah"; places
    // joined to places ("Kenya-Uganda") and lower-case compounds ("Nandi-based") stay
    if ((rule.equals("city") || rule.equals("subdivision")) && end + 1 < text.length()
        && TextFold.fold(text.charAt(end)) == '-' && Character.isUpperCase(text.charAt(end + 1))
        && prev != null && isCapitalised(prev) && !clauseStart(text, start)
        && text.startsWith(prev + " ", start - prev.length() - 1)) {
      String tail = nextToken(text, end + 1);
      if (tail != null && !formSet.contains(TextFold.fold(tail))
          && !formSet.contains(prevFold) && !titles.contains(prev)
          && !determiners.contains(prevFold)) {
        return "part of a hyphenated name (" + prev + " " + text.substring(start, end + 1)
            + tail + ")";
      }
    }
    if (rule.equals("landmark") && isReplica(text, start, end)) {
      return "a replica of the landmark";
    }
    if (rule.equals("landmark") && isFigure(text, start, end)) {
      return "a figure of speech (" + prev + " " + text.substring(start, end) + ")";
    }
    return null;
  }

  /**
   * True when the landmark at [start, end) is named as a copy: "replica" right before or after
   * it, or "replica of" (maybe with "the") before it: "the Eiffel Tower replica in Paris, Texas",
   * "a miniature Taj Mahal".
   */
  private static boolean isReplica(String text, int start, int end) {
    String next = nextToken(text, end);
    String prev = prevToken(text, start);
    return (next != null && REPLICA.contains(TextFold.fold(next)))
        || (prev != null && REPLICA.contains(TextFold.fold(prev)))
        || afterNounOf(text, start, REPLICA);
  }

  /**
   * True when the landmark at [start, end) is a figure of speech: after "a", "an" or "another",
   * and not followed by a lower-case word that goes on with a noun phrase ("a Pearl Harbor on
   * America", "to a Srebrenica -", "another Chernobyl."), while "a Serengeti safari" stays.
   */
  private static boolean isFigure(String text, int start, int end) {
    String prev = prevToken(text, start);
    if (prev == null || !FIGURE_BEFORE.contains(TextFold.fold(prev))) {
      return false;
    }
    String next = nextToken(text, end);
    return next == null || !text.startsWith(" " + next, end)
        || !Character.isLowerCase(next.charAt(0)) || FIGURE_AFTER.contains(next);
  }

  /** Determiners that make a landmark a figure of speech ({@link #isFigure}). */
  private static final Set<String> FIGURE_BEFORE = Set.of("a", "an", "another");

  /** Words that end the figure's noun phrase ({@link #isFigure}). */
  private static final Set<String> FIGURE_AFTER =
      Set.of("on", "in", "of", "for", "against", "to", "at", "by", "with", "that", "which", "or",
          "and", "is", "was", "are", "were", "has", "had", "would", "will", "could", "must",
          "should", "can", "cannot", "may", "might", "never");

  /** Nouns for a copy of a landmark ({@link #isReplica}). */
  private static final Set<String> REPLICA =
      Set.of("replica", "replicas", "copy", "copies", "miniature", "model");

  /** Words that may follow the noun of an apposition ({@link #appositionAfter}). */
  private static final Set<String> APPOSITION_NEXT =
      Set.of("in", "on", "at", "near", "off", "from", "that", "which", "whose", "where", "named",
          "called", "owned", "run", "opened", "founded", "based", "trained", "bred", "ridden",
          "fronted", "formed", "led", "built");

  /**
   * The apposition right after a form that names it as a business, a venue or a named thing, or
   * null: a comma, "a" or "an", up to three more words and a noun of {@code nouns} (context.tsv's
   * appositive list, and for a two-word name its racing list too) ("The Kremlin, a vodka bar on
   * Bourbon Street", "The White House, a thatched pub in rural Suffolk"). The noun must end the
   * clause or go on with a preposition or a relative word, so that it heads the apposition:
   * "Japan, a chain of islands" and "Mongolia, a horse lover's paradise" stay countries. After
   * "the", which as often starts a clause of its own ("bombs fell on Tel Aviv, the first refugee
   * ship from the camps reached ..."), the noun must be followed by a relative word or a
   * participle ({@link #THE_APPOSITION_NEXT}) or a comma.
   */
  private String appositionAfter(String text, int end, Set<String> nouns) {
    if (nouns.isEmpty() || end + 4 >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int from = skipSpaces(text, end + 1);
    int head = appositionHead(text, from, nouns);
    // "Texas, the Glasgow band fronted by", "Japan, the art-rock band whose": after "the" only
    // before a relative word or a participle, since "the" as often opens a clause of its own
    // ("bombs fell on Tel Aviv, the first refugee ship from the camps reached")
    boolean definite = head < 0 && text.startsWith("the ", from);
    if (definite) {
      // "Sudan, the last male northern white rhino, died"
      head = appositionWords(text, from + 3, 5, nouns);
    } else if (head < 0) {
      // "Beirut, Zach Condon's band, has released": a possessive opens it, read as "the" is
      head = possessiveAppositionHead(text, from, nouns);
      definite = head >= 0;
    }
    if (head < 0) {
      return null;
    }
    String then = nextToken(text, head);
    boolean spaced = head < text.length() && TextFold.fold(text.charAt(head)) == ' ';
    // after "the", a comma closing the apposition heads it too: "Barcelona, the Guayaquil club,
    // sacked its coach"
    boolean heads = definite
        ? (spaced && then != null && THE_APPOSITION_NEXT.contains(then))
            || (head < text.length() && text.charAt(head) == ',')
        : endsClause(text, head) || (spaced && then != null && APPOSITION_NEXT.contains(then));
    return heads ? text.substring(from, head) : null;
  }

  /** Words that may follow the noun of an apposition opened by "the" ({@link #appositionAfter}). */
  private static final Set<String> THE_APPOSITION_NEXT =
      Set.of("that", "which", "whose", "who", "named", "called", "owned", "run", "founded",
          "based", "fronted", "formed", "led", "behind", "built", "best", "known", "famous");

  /**
   * The name of a ship, a horse, a band or a work that holds the form at {@code [start, end)} as
   * its last word, or null: right after a lower-case namer word ("the liner Normandie", "the colt
   * Australia", "the band Japan", "the satire Brazil"; context.tsv's namer list), or after one or
   * two capitalised words (the second may be "of") that follow a namer or a vessel word ("the
   * liner Queen of Bermuda", "the tanker Nordic Ghana", "the film Hotel Rwanda"). A vessel word
   * right before the form is no name's, since the form as often opens a clause ("the tanker Iran
   * seized"). A demonym stays ("the yacht Greek sailors crewed"), but not right after a word for
   * a horse and before another capitalised word ("the racehorse Moroccan Prince"); a name in
   * capitals stays too ("the destroyer USS Cole").
   */
  private String namedAfterNamer(String text, int start, int end, Entry e, String prev) {
    if (prev == null || start == 0 || TextFold.fold(text.charAt(start - 1)) != ' ') {
      return null;
    }
    if (e.rule().equals("demonym")) {
      int nextStart = skipSpaces(text, end);
      String next = nextStart > end ? nextToken(text, end) : null;
      boolean horseName = !isCapitalised(prev) && horses.contains(TextFold.fold(prev))
          && next != null && isCapitalised(next) && !isUpperWord(next)
          && !function.contains(TextFold.fold(next));
      return horseName
          ? text.substring(tokenStartBefore(text, start, prev), nextStart + next.length())
          : null;
    }
    String w = prev;
    int at = tokenStartBefore(text, start, prev);
    if (prev.equals("and") || prev.equals("or")) {
      // the second of two names after a namer's plural: "the rock bands Chicago and Kansas"
      String first = prevToken(text, at);
      if (first == null || !isCapitalised(first) || isUpperWord(first)
          || at == 0 || text.charAt(at - 1) != ' ') {
        return null;
      }
      int firstAt = tokenStartBefore(text, at, first);
      String namer = prevToken(text, firstAt);
      return namer != null && !isCapitalised(namer) && namer.endsWith("s")
              && namers.contains(TextFold.fold(namer))
          ? text.substring(tokenStartBefore(text, firstAt, namer), end)
          : null;
    }
    for (int words = 0; words < 3; words++) {
      String fold = TextFold.fold(w);
      if (!isCapitalised(w) && (namers.contains(fold) || (words > 0 && vessels.contains(fold)))) {
        // a plural before "of" is a group's members, not names: "the armed bands of Israel"
        boolean members = fold.endsWith("s") && words == 1 && "of".equals(prev);
        return members ? null : text.substring(at, end);
      }
      boolean nameWord = words < 2
          && ((isCapitalised(w) && !isUpperWord(w) && !function.contains(fold))
              || (words == 0 && fold.equals("of")));
      if (!nameWord || at == 0 || TextFold.fold(text.charAt(at - 1)) != ' ') {
        return null;
      }
      w = prevToken(text, at);
      if (w == null) {
        return null;
      }
      at = tokenStartBefore(text, at, w);
    }
    return null;
  }

  /** Prepositions that place a settlement of an apposition ({@link #namesakeTownAfter}). */
  private static final Set<String> SETTLEMENT_PLACING = Set.of("in", "of", "on", "near");

  /**
   * The apposition after a country's name that makes it a town of the same name in another
   * country, or null: a comma, "a", "an" or "the", up to four words ending in a noun for a
   * settlement, a preposition of place and, after an optional "the", a form of the gazetteer
   * (one to three words, a possessive allowed) of another code: "Cuba, a small town in
   * Portugal's Alentejo", "Armenia, the coffee-region city in Colombia", "Antigua, the old
   * colonial capital of Guatemala". The country's own name after it is no other place ("Panama,
   * the capital of Panama"), nor is a region no form names ("Djibouti, a port city in the Horn
   * of Africa" stays Djibouti); after "the", "of" must follow "capital", since "the city of" and
   * "the Holy City of" name the city itself ("the Kingdom of Norway, the city of Cairo will
   * host").
   */
  private String namesakeTownAfter(String text, int end, Entry e) {
    String rule = e.rule();
    if (settlements.isEmpty() || (!rule.equals("name") && !rule.equals("alias"))
        || end + 4 >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int from = skipSpaces(text, end + 1);
    String article = nextToken(text, from);
    if (!"a".equals(article) && !"an".equals(article) && !"the".equals(article)) {
      return null;
    }
    int head = appositionWords(text, from + article.length(), 4, settlements);
    if (head < 0 || head >= text.length() || text.charAt(head) != ' ') {
      return null;
    }
    String prep = nextToken(text, head);
    if (prep == null || !SETTLEMENT_PLACING.contains(prep)) {
      return null;
    }
    // "the city of Cairo", "the Holy City of Jerusalem": "of" after "the" and a settlement's noun
    // names the settlement itself, not where it lies; a capital is a capital of its country
    if (prep.equals("of") && article.equals("the")
        && !TextFold.fold(text.substring(from, head)).endsWith("capital")) {
      return null;
    }
    int at = skipSpaces(text, head) + prep.length();
    String word = nextToken(text, at);
    if ("the".equals(word)) {
      at = skipSpaces(text, at) + word.length();
      word = nextToken(text, at);
    }
    StringBuilder name = new StringBuilder();
    for (int words = 0; words < 3 && word != null && isCapitalised(word); words++) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(word);
      String fold = withoutPossessive(name.toString());
      List<Entry> places = lookup.get(fold);
      if (places != null) {
        for (Entry other : places) {
          if (!other.codes().isEmpty() && !other.codes().equals(e.codes())) {
            return text.substring(from, skipSpaces(text, at) + word.length());
          }
        }
      }
      if (!fold.equals(TextFold.fold(name.toString()))) {
        // a possessive ends the place's name: "Portugal's Alentejo"
        break;
      }
      at = skipSpaces(text, at) + word.length();
      if (at >= text.length() || text.charAt(at) != ' ') {
        break;
      }
      word = nextToken(text, at);
    }
    return null;
  }

  /** The reasons that read a form as a person's surname (the title or given name before it). */
  private static final String TITLE_BEFORE = "title before a name";

  private static final String GIVEN_BEFORE = "given name before";

  /** The reason that reads a form as a person's given name (a surname after it). */
  private static final String PERSON_AFTER = "capitalised word after, person name";

  /** The reasons of {@link #check} that read a form as a given name or a named thing. */
  private static final String AGE_AFTER = "a person's age after it";

  private static final String APPOSED_PERSON = "an apposition names a person";
  private static final String KIN_OR_WORK = "a person named after a word of kin or work";
  private static final String GIVEN_NAMES_BEFORE_ONE = "given names before one surname";
  private static final String SPORTS_TEAM = "names a sports team";

  /** The start of {@link #check}'s reason for a club named after a place ("Manchester United"). */
  private static final String NAMED_CLUB = "names a club";
  private static final String APPOSED_THING = "an apposition names it as something else";
  private static final String APPOSED_PAIR = "an apposition names the pair as something else";

  /** The reason of {@link #check} that reads a form as a ship's, a horse's or a band's name. */
  private static final String NAMED_VESSEL = "names a ship, horse or band";

  /** The reason of {@link #check} that reads a form as named by a namer's word before it. */
  private static final String NAMED_WORK = "names a ship, horse, band or work";

  /** The reason of {@link #check} that reads a form as a firm's name: "Alaska Airlines". */
  private static final String NAMED_FIRM = "names a company";

  /** The reason of {@link #check} that reads a form as a car model after its maker's name. */
  private static final String CAR_MODEL = "names a car model";

  /**
   * The other reasons that read a form as the name of a person or a named thing in this text,
   * which news goes on calling by the form alone: a given name ("Georgia, 16, won ... Georgia
   * will represent"), a team ("Borussia Dortmund ... Dortmund had the better"), a firm ("Alaska
   * Airlines agreed ... Alaska said"), a horse, ship
   * or band ("Mongolia Express, a four-year-old colt ... Mongolia Express will be rested").
   */
  private static final List<String> NAMES_AGAIN =
      List.of(
          AGE_AFTER,
          APPOSED_PERSON,
          KIN_OR_WORK,
          GIVEN_NAMES_BEFORE_ONE,
          SPORTS_TEAM,
          NAMED_FIRM,
          APPOSED_THING,
          APPOSED_PAIR);

  /** The mark before a reason {@link #check} recorded for a thing of the form's name. */
  private static final String THING = "thing: ";

  /**
   * Whether {@code reason} reads the form as a car's, a ship's, a horse's or a band's name,
   * which news calls "the" form again ("the Seat Ibiza ... the Ibiza", "the liner Norway ... the
   * Norway"), never the form alone, which may open a clause as the country ("the tanker Iran
   * ... Iran said").
   */
  private static boolean thingAgain(String reason) {
    return reason.startsWith(CAR_MODEL) || reason.startsWith(NAMED_VESSEL)
        || reason.startsWith(NAMED_WORK);
  }

  private static boolean namesAgain(String reason) {
    for (String r : NAMES_AGAIN) {
      if (reason.startsWith(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prepositions and verbs of place: a given name's form right after one of them (or after a
   * determiner or a locative) is the place, so the form after it is read as no surname.
   */
  private static final Set<String> PLACING =
      Set.of("of", "to", "from", "into", "towards", "toward", "via", "visit", "visits",
          "visited", "visiting");

  /** Words after which a clause starts: a subject may follow. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("and", "but", "while", "as", "when", "where", "because", "after", "before",
          "although", "though", "that", "said", "says", "if", "since", "whereas", "then");

  /**
   * True when {@code start} opens a sentence or a clause: the text's start, a line's, after
   * sentence punctuation, or after a word that opens a clause ({@link #CLAUSE_OPENERS}).
   */
  private static boolean clauseStart(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char ch = text.charAt(i);
    if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '"' || ch == '\u201c'
        || ch == '\u201d' || ch == '\u2018' || ch == '\'' || ch == ';' || ch == ':') {
      return true;
    }
    String prev = prevToken(text, start);
    return prev != null && CLAUSE_OPENERS.contains(TextFold.fold(prev));
  }

  /**
   * Verbs of saying and thinking that open a reported clause, whose subject a surname read before
   * may be ("one of them claims Jordan asked for cuts"), beyond {@link #CLAUSE_OPENERS}.
   */
  private static final Set<String> THOUGHT_VERBS =
      Set.of("claims", "claimed", "insists", "insisted", "recalls", "recalled", "thinks",
          "thought", "believes", "believed", "argues", "argued", "adds", "added", "notes",
          "noted", "admits", "admitted", "suggests", "suggested");

  /**
   * The reason a form the text has already read as a person's surname ("Ruth Holland",
   * "Judge Naomi Israel") is that person again where it stands alone later ("Holland said",
   * "Brazil's goal", "Ireland, who chairs"), or null: news names a person in full once and by
   * the surname after, as the subject of a sentence or a clause, a reported one too ("claims
   * Jordan asked"). Elsewhere it stays the place ("talks in Holland", "met Jordan's king"), and
   * so does capitals (a heading), and so does a possessive before what only a state has ({@code
   * statenoun} in context.tsv: "Jordan's foreign minister said"). A demonym is the
   * person only before a possessive, punctuation, "who" or a reporting verb ({@code
   * reportverb} in context.tsv: "French said"), since "French officials" is the country.
   */
  private String sameSurname(String text, int start, int end, Entry e, String person) {
    if (isAllCaps(text, start, end)) {
      return null;
    }
    String before = prevToken(text, start);
    if (person.startsWith(THING)) {
      // a car, a ship or a horse is "the" thing again: "the Seat Ibiza ... The Ibiza remains"
      return "the".equals(before) || "The".equals(before)
          ? "the thing named before (" + person.substring(THING.length()) + ")"
          : null;
    }
    if (!clauseStart(text, start)
        && (before == null || !THOUGHT_VERBS.contains(TextFold.fold(before)))) {
      return null;
    }
    char after = end < text.length() ? text.charAt(end) : '.';
    boolean possessive = isApostrophe(after) && end + 1 < text.length()
        && TextFold.fold(text.charAt(end + 1)) == 's';
    if (possessive) {
      String owned = nextToken(text, end + 2);
      if (owned != null && stateNouns.contains(TextFold.fold(owned))) {
        return null;
      }
    }
    if (e.rule().equals("demonym")) {
      String next = nextToken(text, end);
      boolean again = possessive || ",.;:)".indexOf(after) >= 0
          || (next != null && text.startsWith(" " + next, end)
              && (next.equals("who") || reportVerbs.contains(next)));
      if (!again) {
        return null;
      }
    }
    return "the name of a person or thing read before (" + person + ")";
  }

  /**
   * Drops the mentions that repeat a person's surname ({@code again}: their starts and reasons)
   * unless the text names their country in some other way too: one misread name ("Mr. Guido de
   * Marco Kenya's warm congratulations") must not take a country from a whole text that speaks
   * of it ("the Republic of Kenya"), and a form listed with another country's mention is a
   * country ("Montserrat and Anguilla voted").
   */
  private static List<Mention> surnamesAgain(
      String text, List<Mention> out, Map<Integer, String> again, List<Blocked> blocked) {
    Set<String> named = new HashSet<>();
    Set<Integer> starts = new HashSet<>();
    for (Mention m : out) {
      if (!again.containsKey(m.start())) {
        named.add(m.code());
        starts.add(m.start());
      }
    }
    List<Mention> kept = new ArrayList<>(out.size());
    for (Mention m : out) {
      String reason = again.get(m.start());
      if (reason == null || named.contains(m.code()) || listedBefore(text, m.end(), starts)) {
        kept.add(m);
      } else if (blocked != null) {
        blocked.add(new Blocked(m.matched(), m.start(), m.end(), List.of(m.code()), reason));
      }
    }
    return kept;
  }

  /** True when ", ", " and " or " or " at {@code end} leads to a mention that starts there. */
  private static boolean listedBefore(String text, int end, Set<Integer> starts) {
    for (String joint : List.of(", ", " and ", " or ")) {
      if (text.startsWith(joint, end) && starts.contains(end + joint.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when the word before {@code at} places what follows: a determiner or preposition. */
  private boolean placedBefore(String text, int at) {
    String before = prevToken(text, at);
    if (before == null) {
      return false;
    }
    String fold = TextFold.fold(before);
    return determiners.contains(fold) || locatives.contains(fold) || PLACING.contains(fold);
  }

  /**
   * Whether the word at {@code at} has the shape of a Gaelic or Scottish surname: O' (or O’)
   * and a capital ("O'Keeffe"), or Mc or Mac and a capital ("McAllister", "MacLeod").
   */
  static boolean surnameShaped(String text, int at) {
    int n = text.length();
    if (at + 2 < n && text.charAt(at) == 'O' && isApostrophe(text.charAt(at + 1))
        && Character.isUpperCase(text.charAt(at + 2))) {
      return true;
    }
    if (text.startsWith("Mc", at)) {
      return at + 2 < n && Character.isUpperCase(text.charAt(at + 2));
    }
    return text.startsWith("Mac", at) && at + 3 < n && Character.isUpperCase(text.charAt(at + 3));
  }

  /**
   * True when a form that is also a given name ({@code givenFold}) right before the form of
   * {@code next} makes the two one person's name: the second is a common surname ({@code
   * surname} in context.tsv: "Jordan Holland", "Chad Ireland"), or a city of another country
   * than the first names ("Victoria Berlin", "Kenya Matsumoto", "Santiago Lima"); a city of the
   * same country qualifies the place ("Georgia Tbilisi").
   */
  private boolean givenAndSurname(String givenFold, String nextFold) {
    if (surnames.contains(nextFold)) {
      return true;
    }
    List<Entry> firsts = lookup.get(givenFold);
    List<Entry> seconds = lookup.get(nextFold);
    if (firsts == null || seconds == null) {
      return false;
    }
    Set<String> codes = new HashSet<>();
    for (Entry f : firsts) {
      codes.addAll(f.codes());
    }
    for (Entry s : seconds) {
      if (s.kind() != Kind.COUNTRY || !(s.rule().equals("city") || s.rule().equals("capital"))
          || !Collections.disjoint(codes, s.codes())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Given names that are everyday words too, not read as a person's in capitals ("BILL TO AID
   * UKRAINE" is no person's name, "MARK ISRAEL'S ANNIVERSARY" neither).
   */
  private static final Set<String> CAPS_WORDS =
      Set.of("ben", "bill", "dawn", "frank", "grace", "jack", "mark", "ray", "rose", "sue");

  /**
   * The reason the form at {@code [start, end)} and the capitalised word next to it are a
   * person's two-word name, or null: an apposition naming a person by kin or work ("the
   * daughter of", "the Dutch forward") or "who" or "whose" follows the pair ("Memphis Depay, the
   * Dutch forward who", "French Montana, the Moroccan-born rapper", "Montana Jordan, who
   * played"). The pair must stand alone: no capitalised word before it (but at a clause's
   * start), and no title, function, institution or treaty word for its other half ("President
   * Zelensky, who", "Team USA, who" stay). The reason starts as a given name's or a surname's
   * does, so that the form alone later in the text is the person again ("Depay said"). A pair
   * before an apposition that names a thing ({@link #appositionAfter}) is that thing's name:
   * "Tahiti Nui, a three-year-old filly".
   */
  private String twoWordPerson(String text, int start, int end, Entry e, String prev) {
    if (end >= text.length()) {
      return null;
    }
    boolean demonym = isDemonym(e);
    if (text.charAt(end) == ',') {
      // the form ends the name: it is the surname, after a given name or a stage name's first
      if (prev == null || !pairWord(prev)) {
        return null;
      }
      int first = tokenStartBefore(text, start, prev);
      if (first + prev.length() + 1 != start || text.charAt(start - 1) != ' ') {
        return null;
      }
      String before = prevToken(text, first);
      if (before != null && isCapitalised(before) && !clauseStart(text, first)) {
        return null;
      }
      String role = pairApposition(text, end, e, prev, demonym);
      return role == null ? null
          : GIVEN_BEFORE + ", a person's name before an apposition (" + prev + " "
              + text.substring(start, end) + ", " + role + ")";
    }
    if (text.charAt(end) != ' '
        || (prev != null && isCapitalised(prev) && !clauseStart(text, start))) {
      return null;
    }
    String next = nextToken(text, end);
    if (next == null || !text.startsWith(" " + next, end) || !pairWord(next)) {
      return null;
    }
    String role = pairApposition(text, end + 1 + next.length(), e, next, demonym);
    if (role == null && prev != null && racing.contains(TextFold.fold(prev))) {
      // a horse's name after its place in the betting: "40-1 outsider Brazilian Dawn"
      return APPOSED_PAIR + " (" + prev + " "
          + text.substring(start, end) + " " + next + ")";
    }
    if (role == null) {
      // a horse's, a ship's or a band's two-word name: "Tahiti Nui, a three-year-old filly",
      // "Siberian Sky, the 7-2 favourite" (a horse's place in the betting, context.tsv's racing)
      String thing = appositionAfter(text, end + 1 + next.length(), pairAppositives);
      return thing == null ? null
          : APPOSED_PAIR + " (" + text.substring(start, end)
              + " " + next + ", " + thing + ")";
    }
    return PERSON_AFTER + ", before an apposition (" + text.substring(start, end) + " " + next
        + ", " + role + ")";
  }

  /**
   * The apposition after a two-word name that says it is a person's ({@link
   * #personApposition(String, int)}), or null. "Who" and "whose" say so only where the form or
   * its other word is a known given name's or surname's ("Montana Jordan, who", not
   * "Maoist China, whose" or "Nagorny Karabakh, who"); a demonym needs a word of kin or work
   * and an other word that is no plural ("French Montana, the rapper", not "the Croatian Serbs,
   * who" nor "the two German States, whose").
   */
  private String pairApposition(String text, int at, Entry e, String other, boolean demonym) {
    String role = personApposition(text, at);
    if (role == null) {
      return null;
    }
    String otherFold = TextFold.fold(other);
    if (demonym && otherFold.endsWith("s")) {
      return null;
    }
    if (role.equals("who") || role.equals("whose")) {
      boolean named = e.personRisk() || given.contains(otherFold) || givenForms.contains(otherFold)
          || surnames.contains(otherFold);
      return named && !demonym ? role : null;
    }
    return role;
  }

  /** True for a capitalised word that may be one half of a person's two-word name. */
  private boolean pairWord(String word) {
    if (word.length() < 2 || !isCapitalised(word) || isUpperWord(word)) {
      return false;
    }
    String fold = TextFold.fold(word);
    return !function.contains(fold) && !institution.contains(fold) && !titles.contains(fold)
        && !treaty.contains(fold) && !PAIR_NOT.contains(fold);
  }

  /**
   * Capitalised words that are no half of a person's name before a country's: a team's, an
   * airline's, a station's or a campaign's word ("Team USA, who") and the pronouns that open a
   * people's clause ("We Costa Ricans, who").
   */
  private static final Set<String> PAIR_NOT =
      Set.of("team", "air", "radio", "visit", "we", "our", "you", "they", "us");

  /**
   * The apposition at {@code at} that names a person: a comma and "who" or "whose", or a comma,
   * "the", "a" or a possessive and up to three words ending in a word of kin, work or a sport's
   * role (context.tsv's kin and sportrole lists, and {@link #PERSON_ROLES}): "the Dutch forward",
   * "the daughter of", "a rapper from"; or null.
   */
  private String personApposition(String text, int at) {
    if (at + 5 >= text.length() || text.charAt(at) != ',') {
      return null;
    }
    int from = skipSpaces(text, at + 1);
    String word = nextToken(text, from);
    if (word == null || !text.startsWith(word, from)) {
      return null;
    }
    if (word.equals("who") || word.equals("whose")) {
      return word;
    }
    if (!word.equals("the") && !ARTICLES.contains(word) && !POSSESSIVES.contains(word)) {
      return null;
    }
    int head = appositionWords(text, from + word.length(), 3, personNouns);
    return head < 0 ? null : text.substring(from, head);
  }

  /**
   * Words for what a person does, beyond context.tsv's kin and sportrole lists, that an
   * apposition after a person's two-word name opens with ({@link #personApposition}).
   */
  private static final Set<String> PERSON_ROLES =
      Set.of("rapper", "songwriter", "presenter", "model", "designer", "director", "filmmaker",
          "producer", "comedian", "musician", "drummer", "guitarist", "dj", "forward", "author",
          "poet", "playwright", "star", "heiress", "influencer", "entrepreneur", "businessman",
          "businesswoman", "tycoon", "billionaire", "activist", "broadcaster",
          "journalist", "athlete", "sprinter", "boxer", "wrestler", "golfer", "swimmer");

  /** The possessive determiners that start an apposition naming a person by kin or work. */
  private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "our", "their");

  /** The words a place word's apposition may go on with before "in": {@link #placeWordBeforeIn}. */
  private static final int APPOSITION_TAIL = 8;

  private static final Set<String> IN = Set.of("in");

  /** Longest quoted title, in characters on either side of the candidate, looked for. */
  private static final int TITLE_REACH = 60;

  /** The words that may open an apposition after a quoted title ({@link #quotedTitleAround}). */
  private static final Set<String> TITLE_APPOSITION =
      Set.of("a", "an", "the", "his", "her", "their");

  /** Most words in a quoted title. */
  private static final int TITLE_WORDS = 8;

  /**
   * The quoted title of a work the candidate is part of, or null: a quoted span on one line of
   * at most {@link #TITLE_WORDS} words in title case (with a comma inside only after a work's
   * word: "a print of 'Paris, Texas'"), opened right after a word for a work or a
   * performance (context.tsv's work list: "the song 'Georgia on My Mind'", "sang 'Georgia on My
   * Mind'"), after "of" that follows a workof word ("a screening of 'Hotel Rwanda'"), after
   * "with" that follows a workwith word ("opened with 'Holiday in Cambodia'"), or before an
   * apposition whose noun is a work's word ("'Georgia on My Mind', the song the senator asked
   * for").
   * Quoted speech is not in title case ("'Crimea is Ukraine,' she said") and seldom follows such
   * a word. A possessive before the quote is not enough: in the news it owns a slogan or a
   * policy about the country as often as a work ("Modi's 'Make in India'").
   */
  private String quotedTitleAround(String text, int start, int end) {
    return quotedTitleAround(text, start, end, 0);
  }

  /** Most quoted titles of a list read back from one ({@link #listedAfterTitle}). */
  private static final int TITLE_LIST = 6;

  /**
   * As {@link #quotedTitleAround(String, int, int)}, {@code depth} titles into a list: a quoted
   * span listed after another work's quoted title is a title too ("sang 'Kansas City' and
   * 'Georgia on My Mind'", "played 'Rio', 'Africa' and 'Kokomo'").
   */
  private String quotedTitleAround(String text, int start, int end, int depth) {
    int open = start - 1;
    while (true) {
      if (open < 0 || start - open > TITLE_REACH) {
        return null;
      }
      char ch = text.charAt(open);
      if (ch == '\n') {
        return null;
      }
      if (isOpeningQuote(ch)
          && (open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)))) {
        break;
      }
      open--;
    }
    char quote = text.charAt(open);
    int close = end;
    while (true) {
      if (close >= text.length() || close - end > TITLE_REACH) {
        return null;
      }
      char ch = text.charAt(close);
      if (ch == '\n') {
        return null;
      }
      if (closesQuote(quote, ch)
          && (close + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(close + 1)))) {
        break;
      }
      close++;
    }
    String title = text.substring(open + 1, close);
    // a title may hold a comma ("Paris, Texas", "Hiroshima, Mon Amour") only after a work's word:
    // a quote with a comma that stands alone or before an apposition is as often speech
    boolean strict = isQuotedTitle(title);
    if (!strict && !isQuotedTitle(title.replace(", ", " "))) {
      return null;
    }
    if (strict && close + 2 < text.length() && text.charAt(close + 1) == ',') {
      // an apposition after the title may name the work: "'Georgia on My Mind', the song the
      // senator had asked for"
      int from = skipSpaces(text, close + 2);
      String article = nextToken(text, from);
      if (article != null && TITLE_APPOSITION.contains(article)
          && appositionWords(text, from + article.length(), 3, works) >= 0) {
        return title;
      }
    }
    if (strict && depth < TITLE_LIST && listedAfterTitle(text, open, depth)) {
      return title;
    }
    String before = prevToken(text, open);
    if (before == null) {
      return null;
    }
    // up to two lower-case words may stand between the work's word and the title: "closed with
    // a thundering 'Kashmir'", "a cover of the old 'Africa'"; so may the work's maker, a name of
    // up to three capitalised words in the possessive: "played Van Halen's 'Panama'"
    int at = open;
    if (isCapitalised(before) && isPossessive(before)) {
      for (int words = 0; words < 3 && before != null && isCapitalised(before); words++) {
        at = tokenStartBefore(text, at, before);
        before = prevToken(text, at);
      }
      if (before == null) {
        return null;
      }
    }
    for (int skipped = 0; skipped <= 2 && before != null; skipped++) {
      String fold = TextFold.fold(before);
      if (works.contains(fold)) {
        return title;
      }
      if (fold.equals("with") || fold.equals("of")) {
        // "opened with 'Holiday in Cambodia'", "a screening of 'Hotel Rwanda'"
        String twoBefore = prevToken(text, tokenStartBefore(text, at, before));
        Set<String> heads = fold.equals("with") ? worksWith : worksOf;
        return twoBefore != null && heads.contains(TextFold.fold(twoBefore)) ? title : null;
      }
      if (!isLowerWord(before)) {
        return null;
      }
      at = tokenStartBefore(text, at, before);
      before = prevToken(text, at);
    }
    return null;
  }

  /**
   * True when a list separator (", ", " and ", " or ", ", and ") right before the quote at {@code
   * open} follows the closing quote of another span that is a work's quoted title.
   */
  private boolean listedAfterTitle(String text, int open, int depth) {
    int sep = listSeparatorBefore(text, open);
    if (sep < 2) {
      return false;
    }
    char close = text.charAt(sep - 1);
    if (isOpeningQuote(close) && close != '\'' && close != '"') {
      return false;
    }
    for (int i = sep - 2; i >= 0 && sep - i <= TITLE_REACH; i--) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        return false;
      }
      if (isOpeningQuote(ch) && closesQuote(ch, close)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        return i + 1 < sep - 1 && quotedTitleAround(text, i + 1, sep - 1, depth + 1) != null;
      }
    }
    return false;
  }

  /**
   * True for a token that ends in a possessive: "Halen's", "Charles'" (the fold makes a curly
   * apostrophe straight, as {@link #withoutPossessive} reads it).
   */
  private static boolean isPossessive(String token) {
    String fold = TextFold.fold(token);
    return fold.length() > 2 && (fold.endsWith("'s") || fold.endsWith("'"));
  }

  /** True when "'s" (or with a typographic apostrophe) and a space start at {@code i}. */
  private static boolean possessiveAt(String text, int i) {
    return text.startsWith("'s ", i) || text.startsWith("\u2019s ", i);
  }

  /** True for a word of lower-case letters only ("a", "thundering"). */
  private static boolean isLowerWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return !token.isEmpty();
  }

  private static boolean isOpeningQuote(char ch) {
    return ch == '\'' || ch == '"' || ch == '\u2018' || ch == '\u201C';
  }

  private static boolean closesQuote(char open, char ch) {
    if (open == '\'' || open == '\u2018') {
      return ch == '\'' || ch == '\u2019';
    }
    return ch == '"' || ch == '\u201D';
  }

  /**
   * True for a span that reads as a title: one to {@link #TITLE_WORDS} words, the first
   * capitalised, every word of four letters or more capitalised, and no comma or sentence end.
   */
  static boolean isQuotedTitle(String span) {
    String[] words = span.strip().split(" +");
    if (span.isBlank()
        || words.length > TITLE_WORDS
        || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || w.indexOf(',') >= 0 || w.endsWith(".") || w.endsWith("?")
          || w.endsWith("!")) {
        return false;
      }
      int letters = 0;
      for (int i = 0; i < w.length(); i++) {
        letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
      }
      if (letters >= 4 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The rules of a place inside a country, which a car model may be named after. */
  private static final Set<String> PLACE_RULES =
      Set.of("capital", "city", "subdivision", "landmark");

  /** The indefinite articles before a pet of a breed named after a place. */
  private static final Set<String> ARTICLES = Set.of("a", "an");

  /**
   * The apposition right after a form that is also a given name that names a person by kin or
   * work, or null: a comma, a possessive determiner or "a", up to two more words and a noun of
   * the {@code kin} list, ending the clause ("Chad, my coworker, will not stop", "Jordan, her
   * youngest son.", "Georgia, a retired nurse,"). A country is no one's coworker; "Chad, my
   * country, has suffered" stays Chad, as "country" is no kin, and so does "India, our immediate
   * neighbour": the list leaves out the words a country is called too.
   */
  private String kinAfter(String text, int end) {
    if (kin.isEmpty() || end + 4 >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int from = skipSpaces(text, end + 1);
    String article = nextToken(text, from);
    if (article == null || !POSSESSIVES.contains(article) && !"a".equals(article)) {
      return null;
    }
    int head = appositionWords(text, from + article.length(), 3, kin);
    return head >= 0 && endsClause(text, head) ? text.substring(from, head) : null;
  }

  /** A side's members beyond context.tsv's sport roles: "Barcelona's players". */
  private static final Set<String> TEAM_MEMBERS =
      Set.of("players", "squad", "strikers", "defenders", "forwards", "supporters", "fans");

  /**
   * A sports team or club named after the city or region at {@code [start, end)}, or null (the
   * kinds clubbefore, sport, team, sportevent and sportrole of context.tsv): a club's prefix
   * right before ("Real Madrid", "Inter Miami"); a team's role right after ("the former
   * Liverpool captain"); and, in a sentence with a word only sport uses, a team's word after
   * ("Manchester City"), "for" or "against" before it ("his debut for Marseille"), one or two
   * capitalised words ending in a plural that is no event's
   * ("the Denver Nuggets", "Kolkata Knight Riders"; not "the Tokyo Olympics"), a plural
   * nickname before ("Sunrisers Hyderabad"), or a verb in the plural after a city ("Sunderland
   * have", "Porto sign Mexican striker": {@link #TEAM_VERBS}). A country's own name is its
   * national team, and stays, as do the home nations of Britain before a role or a verb ("the
   * England captain", "Scotland have").
   */
  private String teamAt(String text, int start, int end, Entry e, String prev, Collector c) {
    String rule = e.rule();
    if (!rule.equals("city") && !rule.equals("subdivision") && !rule.equals("capital")) {
      return null;
    }
    String form = text.substring(start, end);
    String prevFold = prev == null ? null : TextFold.fold(prev);
    boolean spacedBefore = start > 0 && TextFold.fold(text.charAt(start - 1)) == ' ';
    if (spacedBefore && prev != null && isCapitalised(prev) && clubsBefore.contains(prevFold)) {
      return prev + " " + form;
    }
    // a player's side in a sport's sentence: "scored twice on his debut for Marseille", "two
    // goals against Lyon"; a city's side beaten: "Porto beat Lyon" (a region may be a home
    // nation's team: "Australia beat England" names England)
    boolean beaten = prevFold != null && sportResults.contains(prevFold)
        && !rule.equals("subdivision");
    // ("for England" and "against Wales" are a home nation's national side, which names it)
    boolean homeNation = rule.equals("subdivision") && HOME_NATIONS.contains(TextFold.fold(form));
    if (spacedBefore && ("for".equals(prevFold) || "against".equals(prevFold) || beaten)
        && !homeNation && c.sportSentence(text, start) && !destination(text, start, prev)) {
      return prev + " " + form;
    }
    // a city's side by its players in the possessive, in a sport's sentence: "Barcelona's
    // players", "Liverpool's manager" ("Barcelona's mayor" stays the city)
    if (!rule.equals("subdivision") && possessiveAt(text, end)) {
      String owned = nextToken(text, end + 2);
      if (owned != null && text.startsWith(owned, end + 3)
          && (sportRoles.contains(owned) || TEAM_MEMBERS.contains(owned))
          && c.sportSentence(text, start)) {
        return form + "'s " + owned;
      }
    }
    String next = end < text.length() && TextFold.fold(text.charAt(end)) == ' '
        ? nextToken(text, end) : null;
    // a city's side that beat another: "Liverpool beat Bayern Munich 3-1", "Red Star Belgrade
    // drew 1-1 with Partizan" ("Kyiv beat back" is no match: a capitalised name or a game's
    // score must follow); a city's player or side that scored, in a sport's sentence: "Lima
    // scored twice as Bolívar beat The Strongest 3-1"
    if (next != null && !rule.equals("subdivision")) {
      String nextFold = TextFold.fold(next);
      String opponent = sportResults.contains(nextFold) ? tokenAfter(text, end, next) : null;
      boolean verbAfter = text.startsWith(" " + next, end);
      // a game's score right after the result is a sport's sentence by itself
      if (opponent != null && verbAfter
          && scoreAt(text, skipSpaces(text, end + 1 + next.length()))) {
        return form + " " + next;
      }
      boolean played = opponent != null && isCapitalised(opponent);
      // "scored" is a sport's word itself, so a game's score must stand in the sentence too
      // ("Beijing scored a diplomatic victory" stays)
      boolean scored = SCORED.contains(nextFold) && verbAfter && c.scoreAfterIn(text, end);
      if ((played || scored) && c.sportSentence(text, start)) {
        return form + " " + next;
      }
    }
    if (next != null && !isCapitalised(next)) {
      String nextFold = TextFold.fold(next);
      // not after a region: "the England captain", "England have" are the national team's
      if (sportRoles.contains(nextFold) && !rule.equals("subdivision")) {
        return form + " " + next;
      }
      boolean verb = rule.equals("city") && TEAM_VERBS.contains(nextFold);
      boolean placed = prevFold != null && (locatives.contains(prevFold) || prevFold.equals("of"));
      if (verb && !placed && c.sportSentence(text, start)) {
        return form + " " + next;
      }
    } else if (next != null) {
      // one or two capitalised words; the last decides: "Denver Nuggets", "Knight Riders"
      String second = tokenAfter(text, end, next);
      String name = second != null && isCapitalised(second) ? next + " " + second : next;
      String last = name == next ? next : second;
      boolean teamWord = name == next && teamWords.contains(withoutPossessive(next))
          && !"in".equals(prevFold);
      // a text whose club or team was read already is a sport's text: "... beat Wellington
      // Phoenix 2-1 ... The Phoenix stay third, two points behind Melbourne Victory"
      if ((teamWord || sportyPlural(last)) && (c.sportSentence(text, start) || c.sportRead)) {
        return form + " " + name;
      }
    }
    // a plural nickname before the place: "Sunrisers Hyderabad"
    return spacedBefore && sportyPlural(prev) && c.sportSentence(text, start)
        ? prev + " " + form : null;
  }

  /**
   * Verbs in the plural after a city, as British English writes a club's ("Sunderland have",
   * "Porto sign Mexican striker"): a city itself takes the singular ("Porto signs a twinning
   * deal"), so with a sport's word in the sentence the city is its club ({@link #teamAt}).
   */
  private static final Set<String> TEAM_VERBS =
      Set.of("have", "are", "were", "sign", "seal", "complete", "agree", "sack", "appoint",
          "land", "face", "host", "need", "want");

  /** Verbs of a player or a side that scored ({@link #teamAt}). */
  private static final Set<String> SCORED = Set.of("scored", "scores");

  /** True when a game's score ("1-1", "3–2") is the word at {@code from}. */
  private static boolean scoreAt(String text, int from) {
    int to = from;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))
        && text.charAt(to) != ',') {
      to++;
    }
    return TextFold.hasScore(text, from, to);
  }

  /**
   * True when the place at {@code start}, right after {@code prev}, is where someone sets out
   * for: "for" after a departure word of context.tsv, or after one and a capitalised place ("left
   * Southampton for New York", "bound for Lagos").
   */
  private boolean destination(String text, int start, String prev) {
    if (!"for".equals(TextFold.fold(prev))) {
      return false;
    }
    int forStart = tokenStartBefore(text, start, prev);
    String before = prevToken(text, forStart);
    if (before != null && isCapitalised(before)) {
      // the place left between: "left Southampton for New York"
      before = prevToken(text, tokenStartBefore(text, forStart, before));
    }
    return before != null && departures.contains(TextFold.fold(before));
  }

  /**
   * The name of a company named after the city, capital or region at {@code [start, end)}, or
   * null: a capitalised firm's word right after it ({@code firm} in context.tsv: "Alaska
   * Airlines", "Texas Instruments", "Tokyo Gas"), whatever follows ("Tokyo Electric Power
   * Company"), or, for a city or a capital, a firm's word and "of" before it ({@code firmbefore}:
   * "Bank of Montreal"), or the same word right before a city, a capital or a region ("Bank
   * Muscat", "the Hôtel Montana"). A country's name or people is not read here: a company named
   * with it names the country ("Turkish Airlines", "Bank of China").
   */
  private String firmNamedAfter(String text, int start, int end, Entry e, String prev) {
    String rule = e.rule();
    boolean city = rule.equals("city") || rule.equals("capital");
    if (!city && !rule.equals("subdivision")) {
      return null;
    }
    String form = text.substring(start, end);
    String after = capitalisedWordAfter(text, end, firms);
    if (after != null) {
      return form + " " + after;
    }
    String longer = isTitleCaseLine(text, start) ? null : firmWordsAfter(text, end);
    if (longer != null) {
      return form + " " + longer;
    }
    String before = city ? wordOfBefore(text, start, prev, firmsBefore) : null;
    if (before != null) {
      return before + " of " + form;
    }
    // the same word right before the city's or the region's name: "Bank Muscat", "the Hôtel
    // Montana"
    boolean right = prev != null && isCapitalised(prev) && start > 0
        && TextFold.fold(text.charAt(start - 1)) == ' '
        && firmsBefore.contains(TextFold.fold(prev));
    return right ? prev + " " + form : null;
  }

  /**
   * The words of a firm's name after a city's or a province's, or null: one or two capitalised
   * words that are no gazetteer form, then a firm's word ({@code firm} in context.tsv, or a
   * word that ends a firm's longer name, {@code firmlast}): "Copenhagen Infrastructure
   * Partners", "Abu Dhabi Commercial Bank", "the London Stock Exchange". Not in a title-case
   * line, whose every word is capitalised ("Beijing Hosts Shipping Summit").
   */
  private String firmWordsAfter(String text, int end) {
    int at = end;
    for (int words = 0; words < 3; words++) {
      if (at >= text.length() || text.charAt(at) != ' ') {
        return null;
      }
      String next = nextToken(text, at);
      if (next == null || !text.startsWith(next, at + 1) || !isCapitalised(next)
          || isUpperWord(next)) {
        return null;
      }
      String fold = withoutPossessive(next);
      at += 1 + next.length();
      if (words > 0 && (firms.contains(fold) || firmsLast.contains(fold))) {
        return text.substring(end + 1, at);
      }
      // an institution's word goes on only into a firm's last word: "the London Stock Exchange"
      if (formSet.contains(fold) || function.contains(fold)
          || (institution.contains(fold) && !firmLastAfter(text, at))) {
        return null;
      }
    }
    return null;
  }

  /** True when a capitalised word that ends a firm's longer name follows at {@code at}. */
  private boolean firmLastAfter(String text, int at) {
    String next = at < text.length() && text.charAt(at) == ' ' ? nextToken(text, at) : null;
    return next != null && text.startsWith(next, at + 1) && isCapitalised(next)
        && firmsLast.contains(withoutPossessive(next));
  }

  /** A capitalised plural that is no event's name and no gazetteer form: a team's nickname. */
  private boolean sportyPlural(String word) {
    if (word == null || word.length() < 4 || !isCapitalised(word) || isUpperWord(word)) {
      return false;
    }
    String fold = TextFold.fold(word);
    return fold.endsWith("s") && !fold.endsWith("ss") && !fold.endsWith("'s")
        && !sportEvents.contains(fold) && !formSet.contains(fold) && !function.contains(fold);
  }

  /**
   * The token one space after {@code next}, the token after offset {@code end}: "Bayern" in
   * "Liverpool beat Bayern", "Nuggets" in "Denver Nuggets"; null when none follows a space.
   */
  private static String tokenAfter(String text, int end, String next) {
    int after = skipSpaces(text, end) + next.length();
    return after < text.length() && TextFold.fold(text.charAt(after)) == ' '
        ? nextToken(text, after) : null;
  }

  /** How far a sport's sentence is read each way from a candidate, in chars. */
  private static final int SPORT_REACH = 300;

  /**
   * A possessive apposition's head at {@code at}: up to three capitalised words, the last of them
   * in the possessive ({@link #isPossessive}), then up to two words, each after a space, the last
   * of them in {@code nouns} ("Zach Condon's band", "Charles' band"). Where that noun ends, or -1.
   */
  private static int possessiveAppositionHead(String text, int at, Set<String> nouns) {
    int i = at;
    for (int words = 0; words < 3; words++) {
      int s = skipSpaces(text, i);
      i = s;
      while (i < text.length() && isTokenChar(text.charAt(i))) {
        i++;
      }
      String token = text.substring(s, i);
      if (!isCapitalised(token)) {
        return -1;
      }
      if (isPossessive(token)) {
        return appositionWords(text, i, 2, nouns);
      }
    }
    return -1;
  }

  /**
   * An indefinite apposition's head at {@code at}: "a" or "an", then up to four words, each after
   * a space, the last of them in {@code nouns}. Where that noun ends, or -1.
   */
  private static int appositionHead(String text, int at, Set<String> nouns) {
    String article = nextToken(text, at);
    if (!"a".equals(article) && !"an".equals(article)) {
      return -1;
    }
    return appositionWords(text, at + article.length(), 4, nouns);
  }

  /**
   * Up to {@code max} words from {@code i}, each after a space, the last of them in {@code
   * nouns}: where that noun ends, or -1.
   */
  private static int appositionWords(String text, int i, int max, Set<String> nouns) {
    for (int words = 0; words < max; words++) {
      if (i >= text.length() || TextFold.fold(text.charAt(i)) != ' ') {
        return -1;
      }
      String word = nextToken(text, i);
      if (word == null) {
        return -1;
      }
      i = skipSpaces(text, i) + word.length();
      // a hyphen joins the parts of one word ("a late-night restaurant"), a group comma the
      // digits of a number ("a village of about 1,500")
      while (i + 1 < text.length()
          && ((text.charAt(i) == '-' && TextFold.isWordChar(text.charAt(i + 1)))
              || (text.charAt(i) == ',' && Character.isDigit(text.charAt(i - 1))
                  && Character.isDigit(text.charAt(i + 1))))) {
        String part = nextToken(text, i + 1);
        word = part;
        i += 1 + part.length();
      }
      if (nouns.contains(TextFold.fold(word))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A possessive (or "a", "an") and a lower-case word of kin or work right before a comma before
   * {@code start} ("her daughter, ", "a grandson, "), or null.
   */
  private String kinBeforeComma(String text, int start) {
    int i = start - 1;
    while (i >= 0 && TextFold.fold(text.charAt(i)) == ' ') {
      i--;
    }
    if (i < 1 || text.charAt(i) != ',') {
      return null;
    }
    int k = i - 1;
    while (k >= 0 && isTokenChar(text.charAt(k))) {
      k--;
    }
    String word = text.substring(k + 1, i);
    if (word.isEmpty() || isCapitalised(word) || !kin.contains(TextFold.fold(word))) {
      return null;
    }
    String owner = prevToken(text, k + 1);
    String ownerFold = owner == null ? null : TextFold.fold(owner);
    return owner != null
            && (POSSESSIVES.contains(ownerFold) || "a".equals(ownerFold) || "an".equals(ownerFold))
        ? owner + " " + word
        : null;
  }

  /**
   * A lower-case word of kin or work (or a family's plural), a given name and "and" right before
   * {@code start} ("daughters India and "), as "daughters India and", or null: the name after
   * "and" is the second of the two people.
   */
  private String kinPairBefore(String text, int start, String prev, String prevFold) {
    if (!"and".equals(prevFold)) {
      return null;
    }
    int at = tokenStartBefore(text, start, prev);
    String first = prevToken(text, at);
    if (first == null || !isCapitalised(first)) {
      return null;
    }
    String firstFold = TextFold.fold(first);
    if (!given.contains(firstFold) && !givenForms.contains(firstFold)) {
      return null;
    }
    String word = prevToken(text, tokenStartBefore(text, at, first));
    if (word == null || isCapitalised(word)) {
      return null;
    }
    String wordFold = TextFold.fold(word);
    return kin.contains(wordFold) || FAMILY_PLURALS.contains(wordFold)
        ? word + " " + first + " and"
        : null;
  }

  /**
   * Plurals of words of family before given names ("their daughters India and Florence"); not of
   * work, nor "children", whose plurals go before a country's name as its subject ("the doctors
   * Cuba sends", "the children Syria hosts").
   */
  private static final Set<String> FAMILY_PLURALS =
      Set.of(
          "sons",
          "daughters",
          "grandsons",
          "granddaughters",
          "nieces",
          "nephews",
          "cousins",
          "brothers",
          "sisters",
          "twins");

  /**
   * A person's age in an apposition right after a form that is also a given name, or null: a
   * comma, one or two digits, a comma and a lower-case word ("Georgia, 34, a nurse from Leeds";
   * "Jordan, 12, was hurt"). A results table ("Kenya, 12, Uganda, 9") goes on with a capital.
   */
  private static String ageAfter(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int at = skipSpaces(text, end + 1);
    int d = at;
    while (d < text.length() && d - at < 3 && Character.isDigit(text.charAt(d))) {
      d++;
    }
    if (d == at || d - at > 2 || d >= text.length() || text.charAt(d) != ',') {
      return null;
    }
    String next = nextToken(text, d + 1);
    return next != null && Character.isLowerCase(next.charAt(0))
        ? text.substring(end, d + 1).strip()
        : null;
  }

  /**
   * True when the word after {@code end} can be the surname of a given name ending there: a
   * capitalised word that is not in capitals, a function word, an institution, agreement or
   * title word, a gazetteer form or the start of a gazetteer phrase. In a title-case line, where
   * every word is capitalised, only a common surname ({@code surname} in context.tsv) is one:
   * "Chad Smith Named Ambassador", not "Jordan Signs Deal" ({@code lineAt} is where the line is
   * looked at).
   */
  private boolean isSurnameAfter(String text, int end, int lineAt) {
    String next = nextToken(text, end);
    if (next == null || !isCapitalised(next) || (next.length() > 1 && isUpperWord(next))) {
      return false;
    }
    String nf = TextFold.fold(next);
    return !function.contains(nf)
        && !institution.contains(nf)
        && !treaty.contains(nf)
        && !titles.contains(nf)
        && !formSet.contains(nf)
        && !startsGazetteerPhrase(text, end)
        && (!isTitleCaseLine(text, lineAt) || surnames.contains(nf));
  }

  /**
   * The reason a place's name at [start, end) names an agreement or a forum rather than the
   * place ("Paris Agreement", "Minsk Group", "Treaty of Lisbon", "the Camp David Accords"), or
   * null; only capitals, cities, metonyms, subdivisions and landmarks ({@code rule}) name
   * agreements.
   */
  private String treatyOf(String text, int start, int end, String rule) {
    if (!rule.equals("capital") && !rule.equals("city") && !rule.equals("metonym")
        && !rule.equals("subdivision") && !rule.equals("landmark")) {
      return null;
    }
    String next = nextToken(text, end);
    if (next != null) {
      String word = next;
      int wordEnd = text.indexOf(next, end) + next.length();
      if (treatyMid.contains(TextFold.fold(next))) {
        String n2 = nextToken(text, wordEnd);
        if (n2 != null) {
          word = n2;
          wordEnd = text.indexOf(n2, wordEnd) + n2.length();
        }
      }
      String nf = TextFold.fold(word);
      // "Downing Street rules out": in lower case and before some words a treaty word is a verb
      String after = nextToken(text, wordEnd);
      // ("No 10 Rules Out Snap Poll" in a title-case headline)
      boolean verb = (!isCapitalised(word) || isTitleCaseLine(text, start)) && after != null
          && treatyVerb.contains(nf + ":" + TextFold.fold(after));
      if (treaty.contains(nf) && !verb) {
        return "names an agreement (" + next + ")";
      }
    }
    String prev = prevToken(text, start);
    if (prev != null && "of".equals(TextFold.fold(prev))) {
      String p2 = prevToken(text, start - prev.length() - 1);
      if (p2 != null && treaty.contains(TextFold.fold(p2))) {
        return "names an agreement (" + p2 + " of)";
      }
    }
    return null;
  }

  private void resolveAmbiguous(
      String text, List<int[]> pending, Collector c, List<Mention> out, List<Blocked> blocked) {
    for (int[] p : pending) {
      Ambiguity a = gazetteer.ambiguities().get(p[2]);
      Entry best = null;
      int bestScore = -1;
      boolean tie = false;
      StringBuilder why = new StringBuilder();
      for (Entry cand : a.candidates()) {
        String code = cand.codes().get(0);
        int score = c.cues(p[2], code);
        if ("subdivision".equals(cand.rule())) {
          score += subdivisionsInSentence(text, out, p[0], p[1], code);
        }
        why.append(why.length() == 0 ? "" : ", ").append(code).append('=').append(score);
        if (score > bestScore) {
          best = cand;
          bestScore = score;
          tie = false;
        } else if (score == bestScore) {
          tie = true;
        }
      }
      if (tie || bestScore == 0) {
        for (Entry cand : a.candidates()) {
          if (cand.codes().get(0).equals(a.defaultCode())) {
            best = cand;
          }
        }
      }
      Entry placed = subdivisionAfterItsTown(text, out, p[0], a);
      if (placed != null) {
        best = placed;
        why.append("; a town of ").append(placed.codes().get(0)).append(" and a comma before it");
      }
      Entry represented = subdivisionOfAnOfficial(text, p[0], a);
      if (represented != null) {
        best = represented;
        why.append("; a state's official of it");
      }
      String matched = text.substring(p[0], p[1]);
      if (blocked != null) {
        blocked.add(
            new Blocked(
                matched,
                p[0],
                p[1],
                candidateCodes(p[2]),
                "ambiguous, cues " + why + " -> " + best.codes().get(0)));
      }
      // the reading that won is checked as its own form would be: "the Victoria Declaration"
      // (Australia's state, the default) names an agreement
      String treatyReason = treatyOf(text, p[0], p[1], best.rule());
      if (treatyReason != null) {
        if (blocked != null) {
          blocked.add(new Blocked(matched, p[0], p[1], List.of(best.codes().get(0)),
              treatyReason));
        }
        continue;
      }
      out.add(
          new Mention(
              best.codes().get(0), Mention.COUNTRY, matched, p[0], p[1], best.rule(),
              best.role()));
    }
  }

  /**
   * The titles of a state's elected officials, before their name, "of" and their state ({@link
   * #subdivisionOfAnOfficial}); a country has a president, a prime minister or a minister.
   */
  private static final Set<String> STATE_OFFICIALS =
      Set.of("senator", "sen.", "governor", "gov.", "congressman", "congresswoman",
          "representative", "rep.");

  /** Most words of an official's name between the title and "of". */
  private static final int OFFICIAL_NAME_WORDS = 5;

  /**
   * The subdivision reading of an ambiguous form right after "of" and an official's title and
   * name, every word capitalised ("Senator Richard B. Russell of Georgia", "Gov. Jimmy Carter of
   * Georgia"), or null: the official sits for the state, not the country of the name.
   */
  private static Entry subdivisionOfAnOfficial(String text, int start, Ambiguity a) {
    String of = prevToken(text, start);
    if (!"of".equals(of)) {
      return null;
    }
    int at = tokenStartBefore(text, start, of);
    // the title and up to five words of a name: "Senator Richard B. Russell"
    for (int words = 0; words <= OFFICIAL_NAME_WORDS; words++) {
      String w = prevToken(text, at);
      if (w == null || !isCapitalised(w)) {
        return null;
      }
      if (words > 0 && STATE_OFFICIALS.contains(TextFold.fold(w).toLowerCase(Locale.ROOT))) {
        for (Entry cand : a.candidates()) {
          if ("subdivision".equals(cand.rule())) {
            return cand;
          }
        }
        return null;
      }
      at = tokenStartBefore(text, at, w);
    }
    return null;
  }

  /**
   * The subdivision reading of the ambiguous name at {@code start} when a town of that
   * subdivision's country ends right before it with a comma ("Atlanta, Georgia", "Ballarat,
   * Victoria"), or null: the town places this mention, whatever the text's other cues say
   * ("Tbilisi said Georgia would join" later in the text stays the country).
   */
  private static Entry subdivisionAfterItsTown(
      String text, List<Mention> found, int start, Ambiguity a) {
    for (Mention m : found) {
      if (!"city".equals(m.rule()) || m.end() >= start || text.charAt(m.end()) != ','
          || skipSpaces(text, m.end() + 1) != start) {
        continue;
      }
      for (Entry cand : a.candidates()) {
        if ("subdivision".equals(cand.rule()) && cand.codes().get(0).equals(m.code())) {
          return cand;
        }
      }
    }
    return null;
  }

  /**
   * Subdivision mentions of {@code code} in the sentence of the span {@code [start, end)}: another
   * state named beside an ambiguous one says which reading is meant ("Florida and Georgia",
   * "Victoria and New South Wales"). Only within the sentence: anywhere in the text they would
   * mislead ("Denver, Colorado" three paragraphs before "missions in Georgia"). The same name
   * read as the state elsewhere in the sentence is no other state ("Atlanta, Georgia, hosted
   * it, while Tbilisi said Georgia would join").
   */
  private static int subdivisionsInSentence(
      String text, List<Mention> found, int start, int end, String code) {
    int n = 0;
    String name = TextFold.fold(text.substring(start, end));
    for (Mention m : found) {
      if (!m.code().equals(code) || !"subdivision".equals(m.rule())
          || TextFold.fold(m.matched()).equals(name)) {
        continue;
      }
      boolean before = m.end() <= start;
      if (!before && m.start() < end) {
        continue;
      }
      if (!hasSentenceBreak(text, before ? m.end() : end, before ? start : m.start())) {
        n++;
      }
    }
    return n;
  }

  /** True when {@code text[from, to)} holds a sentence or clause break (. ! ? ; or a newline). */
  private static boolean hasSentenceBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\n') {
        return true;
      }
    }
    return false;
  }

  private static List<Mention> markCombining(String text, List<Mention> in) {
    List<Mention> out = new ArrayList<>(in.size());
    boolean[] comb = new boolean[in.size()];
    for (int i = 0; i < in.size(); i++) {
      Mention m = in.get(i);
      for (int j = i + 1; j < in.size() && in.get(j).start() <= m.end() + 1; j++) {
        Mention n = in.get(j);
        boolean joined =
            (n.start() == m.end() + 1 && TextFold.fold(text.charAt(m.end())) == '-')
                || (n.start() == m.end() && m.matched().endsWith("-"));
        if (joined && m.isCountry() && n.isCountry()) {
          comb[i] = true;
          comb[j] = true;
        }
      }
    }
    for (int i = 0; i < in.size(); i++) {
      Mention m = in.get(i);
      if (comb[i] && !m.rule().equals("combining") && Mention.ROLE_ACTOR.equals(m.role())) {
        m = new Mention(m.code(), m.type(), m.matched(), m.start(), m.end(), "combining",
            Mention.ROLE_ACTOR);
      }
      out.add(m);
    }
    return out;
  }

  // ---------------------------------------------------------------- token helpers

  private boolean startsGazetteerPhrase(String text, int end) {
    int s = skipSpaces(text, end);
    String rest = text.substring(s, Math.min(text.length(), s + 60));
    int[] t = matcher.findLongest(rest);
    return t.length > 0 && t[1] == 0 && byId[t[0]].kind() != Kind.CUE;
  }

  /**
   * {@link #capitalisedAsInGazetteer} for the entry's form or for any other spelling the gazetteer
   * lists with the same letters for the same codes: "eSwatini", listed beside "Eswatini", passes
   * on its inner capital though the automaton reports the first spelling.
   */
  private boolean capitalisedAsAnySpelling(String text, int start, int end, Entry e) {
    if (capitalisedAsInGazetteer(text, start, end, e.form())) {
      return true;
    }
    for (Entry other : lookup.getOrDefault(TextFold.fold(e.form()), List.of())) {
      if (other != e
          && other.codes().equals(e.codes())
          && capitalisedAsInGazetteer(text, start, end, other.form())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #caseReason}'s reason for a people's word and a lower-case noun. */
  private static final String PEOPLES_WORD_BEFORE_NOUN =
      "lower case (a people's word and a noun: \"the Spanish town of\")";

  /**
   * The demonym entry of the first word when the name at [start, end), of two words, is a
   * people's word and a lower-case noun, or null: its first word is a demonym the gazetteer
   * knows of another country than the name's ({@code e}), and its second is written in lower
   * case. A place named so is written with both capitals ("Spanish
   * Town", Jamaica's); "the Spanish town of La Linea" is a town in Spain. A longer name keeps its
   * country in lower case ("the German Democratic republic", "the Turks and Caicos islands"), as
   * does a name of the people's own country ("the Palestinian territories").
   */
  private Entry peoplesWordBeforeNoun(String text, int start, int end, Entry e) {
    int space = text.indexOf(' ', start);
    if (space < 0 || space + 1 >= end) {
      return null;
    }
    int another = text.indexOf(' ', space + 1);
    if ((another >= 0 && another < end) || !Character.isLowerCase(text.charAt(space + 1))) {
      return null;
    }
    String word = TextFold.fold(text.substring(start, space));
    for (Entry first : lookup.getOrDefault(word, List.of())) {
      if (first.kind() == Kind.COUNTRY && first.rule().equals("demonym")
          && !first.codes().equals(e.codes())) {
        return first;
      }
    }
    return null;
  }

  /**
   * True when at least one letter the gazetteer capitalises is capitalised in the text ("the
   * Netherlands", "federal Republic of Germany" pass; "turkey", "unity" do not). Forms without
   * capitals pass.
   */
  static boolean capitalisedAsInGazetteer(String text, int start, int end, String form) {
    boolean any = false;
    int n = Math.min(form.length(), end - start);
    for (int i = 0; i < n; i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        any = true;
        if (Character.isUpperCase(text.charAt(start + i))) {
          return true;
        }
      }
    }
    return !any;
  }

  private static boolean isAllCaps(String text, int start, int end) {
    // the candidate and its neighbouring words are upper case: a headline or a shouted line
    int from = Math.max(0, start - 20);
    int to = Math.min(text.length(), end + 20);
    int letters = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        if (Character.isLowerCase(ch)) {
          return false;
        }
      }
    }
    return letters > 0;
  }

  /**
   * The street word right after a candidate ("Cuba Street", "India Rd."), or null. Not when a
   * space and another capitalised word follow it: in a title-case headline ("Venezuela Street
   * Protests Grow") the country is meant. A street word that ends a clause ("on Cuba Street.")
   * is a street. An abbreviation's dot ends nothing, so a capitalised word after it makes the
   * abbreviation part of a name ("Dutch St. Maarten").
   */
  private String streetAfter(String text, int end) {
    String next = nextToken(text, end);
    if (next == null || !isCapitalised(next)) {
      return null;
    }
    int after = skipSpaces(text, end) + next.length();
    if (after < text.length()
        && text.charAt(after) == '.'
        && streets.contains(TextFold.fold(next) + ".")) {
      String then = nextToken(text, after + 1);
      return then != null && isCapitalised(then) ? null : next;
    }
    return wordAfter(text, end, streets);
  }

  /**
   * The water word that makes a country's name or demonym at [start, end) part of a sea's,
   * gulf's, strait's, river's or lake's name, or null: a capitalised word of {@code waterafter}
   * right after it ("Philippine Sea", "Taiwan Strait", "Senegal River"), unless another
   * capitalised word follows (a title-case headline: "Qatar Gulf Crisis Deepens"); "Lake" or
   * "River" right before it ("Lake Malawi"); or a capitalised word of {@code waterbefore} and
   * "of" before it ("Gulf of Thailand", "Strait of Gibraltar"). A capital or city before a water
   * word names a place on it ("Manila Bay"), so the caller leaves those out.
   */
  private String waterAround(String text, int start, int end, String prev) {
    String next = wordAfter(text, end, waterAfter);
    if (next != null) {
      return next;
    }
    if (prev == null || !isCapitalised(prev) && !"of".equals(prev)) {
      return null;
    }
    String prevFold = TextFold.fold(prev);
    if (prevFold.equals("lake") || prevFold.equals("river")) {
      return prev;
    }
    String before = wordOfBefore(text, start, prev, waterBefore);
    return before == null ? null : before + " of";
  }

  /**
   * The capitalised word of {@code words} before "of" ({@code prev}) and the name at {@code
   * start}, or null: "Gulf of Thailand", "Bank of Montreal".
   */
  private static String wordOfBefore(String text, int start, String prev, Set<String> words) {
    // a title-case headline capitalises "of" too: "Bank Of Montreal Profit Beats Estimates"
    if (!"of".equals(prev) && !("Of".equals(prev) && isTitleCaseLine(text, start))) {
      return null;
    }
    String p2 = prevToken(text, tokenStartBefore(text, start, prev));
    return p2 != null && isCapitalised(p2) && words.contains(TextFold.fold(p2)) ? p2 : null;
  }

  /**
   * A newspaper's word right after [.., end) ({@link #wordAfter}: "Tehran Times"), or a word for
   * when the paper comes out and a newspaper's word after it ("Sydney Morning Herald"), as those
   * words; or null.
   */
  private String paperAfter(String text, int end) {
    String paper = wordAfter(text, end, papers);
    if (paper != null) {
      return paper;
    }
    String when = capitalisedWordAfter(text, end, PAPER_TIMES);
    if (when == null) {
      return null;
    }
    int at = skipSpaces(text, end);
    String then = wordAfter(text, at + when.length(), papers);
    return then == null ? null : when + " " + then;
  }

  /** Words for when a newspaper comes out, before its word: "Morning Herald", "Sunday Times". */
  private static final Set<String> PAPER_TIMES =
      Set.of("morning", "evening", "sunday", "weekly", "daily", "weekend");

  /**
   * The capitalised word of {@code words} right after [.., end) (after spaces), or null; null too
   * when another capitalised word follows it, as in a title-case headline ("Qatar Gulf Crisis
   * Deepens") or a longer name ("Thai Post Office").
   */
  private static String wordAfter(String text, int end, Set<String> words) {
    String next = capitalisedWordAfter(text, end, words);
    if (next == null) {
      return null;
    }
    String then = tokenAfter(text, end, next);
    return then == null || !isCapitalised(then) ? next : null;
  }

  /** The capitalised word of {@code words} one space or more after [.., end), or null. */
  private static String capitalisedWordAfter(String text, int end, Set<String> words) {
    String next = nextToken(text, end);
    if (next == null || !isCapitalised(next) || !words.contains(withoutPossessive(next))
        || end >= text.length() || TextFold.fold(text.charAt(end)) != ' ') {
      return null;
    }
    return next;
  }

  /** A token folded, without its possessive ending: "United's" is "united". */
  private static String withoutPossessive(String token) {
    String fold = TextFold.fold(token);
    return fold.endsWith("'s") ? fold.substring(0, fold.length() - 2) : fold;
  }

  /** Short words a title-case headline may leave in lower case ("Talks on Trade"). */
  private static final Set<String> TITLE_LOWER =
      Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by",
          "as", "from", "with", "vs", "via", "into", "over", "amid");

  /**
   * True when the line around {@code at} (to the nearest line breaks, at most 200 chars each
   * way) is a title-case headline: at least three capitalised words and no lower-case word but
   * the short ones of {@link #TITLE_LOWER}. In a headline every word is capitalised, so a
   * capitalised word after a country that is also a given name says nothing about a person
   * ("Jordan Condemns Strikes", "Chad Expels French Troops"); a given name before one still does
   * ("Michael Jordan Buys Stake"). The line is also read up to a colon or a spaced dash, since
   * feeds run a headline and its brief on one line ("India Clears Jet Purchase: The deal, worth
   * ..."); either reading being title case is enough.
   */
  static boolean isTitleCaseLine(String text, int at) {
    return isTitleCase(text, at, true) || isTitleCase(text, at, false);
  }

  /**
   * Whether the line around {@code at} is title case, bounded by line breaks alone or also by
   * {@link #headlineBreak}s ("Georgia Runoff: Early Turnout Tops 2 Million" is one title-case
   * line, though "Georgia Runoff" alone has too few words to tell).
   */
  private static boolean isTitleCase(String text, int at, boolean atBreaks) {
    int from = at;
    while (from > 0 && at - from < 200 && !lineEnd(text, from - 1, atBreaks)) {
      from--;
    }
    int to = at;
    while (to < text.length() && to - at < 200 && !lineEnd(text, to, atBreaks)) {
      to++;
    }
    int capitalised = 0;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
        i++;
      }
      if (Character.isUpperCase(text.charAt(s))) {
        capitalised++;
      } else if (!TITLE_LOWER.contains(text.substring(s, i))) {
        return false;
      }
    }
    return capitalised >= 3;
  }

  /** True when the char at {@code i} ends the line: a line break, or also a headline break. */
  private static boolean lineEnd(String text, int i, boolean atBreaks) {
    return atBreaks ? headlineBreak(text, i) : text.charAt(i) == '\n';
  }

  /**
   * True when the char at {@code i} ends a headline: a line break, a colon before a space, or a
   * dash with a space before it ("Talks Stall \u2014 DES MOINES").
   */
  private static boolean headlineBreak(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    boolean spaceAfter = i + 1 < text.length() && text.charAt(i + 1) == ' ';
    boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
    return (c == ':' && spaceAfter)
        || ((c == '-' || c == '\u2013' || c == '\u2014') && spaceBefore);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private boolean isTitle(String token) {
    return isCapitalised(token) && titles.contains(TextFold.fold(token));
  }

  private static final String ENGLISH = "English";

  private static final String UNITED_STATES = "United States";

  /**
   * The words after "United States of" that name another union, planned or past: a continent's
   * ("a United States of Europe", "of Africa"), a part of the Americas but the north, and the
   * states once so named (Indonesia 1949-50, Brazil to 1967, Mexico, Venezuela, Colombia). Not
   * "North America" or a typo of "America" (the USA's), nor a person ("a visit to the United
   * States of Mr. Khrushchev", "the United States of George Washington").
   */
  private static final Set<String> OTHER_UNIONS =
      Set.of("Europe", "Africa", "Asia", "Latin", "South", "Central", "Indonesia", "Brazil",
          "Mexico", "Venezuela", "Colombia");

  /** Start offset of {@code token}, the token {@link #prevToken} found before {@code start}. */
  private static int tokenStartBefore(String text, int start, String token) {
    int i = start - 1;
    while (i >= 0 && TextFold.fold(text.charAt(i)) == ' ') {
      i--;
    }
    return i + 1 - token.length();
  }

  private static boolean isUpperWord(String token) {
    return isUpperSpan(token, 0, token.length());
  }

  /** True when {@code text[from, to)} has no lower-case letter (no substring is made). */
  private static boolean isUpperSpan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char ch) {
    return TextFold.isWordChar(ch) || ch == '.' || ch == '\'' || ch == '\u2019';
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && TextFold.fold(text.charAt(i)) == ' ') {
      i++;
    }
    return i;
  }

  /** True when only spaces and then . , ; : ! ? ) or the end of the text follow offset i. */
  static boolean endsClause(String text, int i) {
    i = skipSpaces(text, i);
    if (i >= text.length()) {
      return true;
    }
    char ch = text.charAt(i);
    return ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?'
        || ch == ')';
  }

  /** A single capital letter and a full stop: a middle initial ("B.") or a sentence's end. */
  private static boolean isInitial(String token) {
    return token.length() == 2 && token.charAt(1) == '.' && Character.isUpperCase(token.charAt(0));
  }

  /** The word right before offset {@code start}, separated from it by spaces only. */
  static String prevToken(String text, int start) {
    int i = start - 1;
    int spaces = 0;
    while (i >= 0 && TextFold.fold(text.charAt(i)) == ' ') {
      i--;
      spaces++;
    }
    if (spaces == 0 && start > 0 && i >= 0 && text.charAt(i) != '.') {
      return null;
    }
    int e = i + 1;
    while (i >= 0 && isTokenChar(text.charAt(i))) {
      i--;
    }
    if (e - (i + 1) == 0) {
      return null;
    }
    return text.substring(i + 1, e);
  }

  /** The word right after offset {@code end}, separated from it by spaces only. */
  static String nextToken(String text, int end) {
    int i = skipSpaces(text, end);
    int s = i;
    while (i < text.length() && TextFold.isWordChar(text.charAt(i))) {
      i++;
    }
    return i == s ? null : text.substring(s, i);
  }

  /**
   * Collects the automaton's matches: cue phrases are counted (they never compete for a span),
   * everything else is kept for the leftmost-longest selection.
   */
  private final class Collector implements PhraseMatcher.MatchSink {
    int[] data = new int[48];
    int size;
    int[] cueKeys;
    int cueCount;
    /** {@link #isCaselessText} of the run's text: 0 not yet asked, 1 true, 2 false. */
    private int caseless;
    /** The run's sentence starts, split the first time a check needs them if none were given. */
    private int[] sentenceStarts;

    /** The words the text writes after an honorific, found the first time a check asks. */
    private Set<String> honoured;

    /** Whether a form of the run's text so far was read as a club or a sports team. */
    boolean sportRead;

    Collector(int[] sentenceStarts) {
      this.sentenceStarts = sentenceStarts;
    }

    /** {@link #honouredNames} of the run's text, found once. */
    Set<String> honoured(String text) {
      if (honoured == null) {
        honoured = honouredNames(text);
      }
      return honoured;
    }

    /** Whether the run's text is caseless, worked out the first time a check asks. */
    boolean caseless(String text) {
      if (caseless == 0) {
        caseless = isCaselessText(text) ? 1 : 2;
      }
      return caseless == 1;
    }

    /**
     * Whether the sentence holding offset {@code at} (by {@link SentenceSplitter}), at most
     * {@link #SPORT_REACH} chars each way, has a word only sport uses, or a score ({@link
     * TextFold#hasScore}) in a sentence with no word of votes or courts (context.tsv's vote
     * list: "a 5-4 ruling"); the bound keeps a long text without full stops from being read whole
     * for every place in it.
     */
    boolean sportSentence(String text, int at) {
      int k = sentenceAt(text, at);
      int from = k < 0 ? 0 : sentenceStarts[k];
      int to = sentenceEnd(text, k);
      int a = Math.max(from, at - SPORT_REACH);
      int b = Math.min(to, at + SPORT_REACH);
      return TextFold.hasLowerCaseWord(text, a, b, sportWords)
          || (TextFold.hasScore(text, a, b)
              && !TextFold.hasLowerCaseWord(text, from, to, voteWords));
    }

    /** True when a game's score stands from {@code at} to the end of its sentence. */
    boolean scoreAfterIn(String text, int at) {
      return TextFold.hasScore(text, at, sentenceEnd(text, sentenceAt(text, at)));
    }

    /** The index of the sentence that holds {@code at} (the text's starts, split once). */
    private int sentenceAt(String text, int at) {
      if (sentenceStarts == null) {
        sentenceStarts = SentenceSplitter.starts(text);
      }
      return SentenceSplitter.sentenceOf(sentenceStarts, at);
    }

    /** Where sentence {@code k} ({@link #sentenceAt}) ends. */
    private int sentenceEnd(String text, int k) {
      return k >= 0 && k + 1 < sentenceStarts.length ? sentenceStarts[k + 1] : text.length();
    }

    @Override
    public void accept(int id, int start, int end) {
      Entry e = byId[id];
      if (e.kind() == Kind.CUE) {
        if (cueKeys == null) {
          cueKeys = new int[16];
        }
        if (cueCount == cueKeys.length) {
          cueKeys = Arrays.copyOf(cueKeys, cueCount * 2);
        }
        cueKeys[cueCount++] = id;
        return;
      }
      if (size + 3 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = id;
      data[size++] = start;
      data[size++] = end;
    }

    int cues(int ambiguity, String code) {
      int n = 0;
      for (int k = 0; k < cueCount; k++) {
        Entry e = byId[cueKeys[k]];
        if (e.ambiguity() == ambiguity && e.codes().get(0).equals(code)) {
          n++;
        }
      }
      return n;
    }

    /** Leftmost-longest, ties on the same span all kept, as {@link PhraseMatcher#findLongest}. */
    int[] longest() {
      int n = size / 3;
      long[] keys = new long[n];
      for (int k = 0; k < n; k++) {
        long start = data[k * 3 + 1];
        long len = data[k * 3 + 2] - data[k * 3 + 1];
        keys[k] = (start << 32) | ((0xFFFL - Math.min(len, 0xFFFL)) << 20) | k;
      }
      if (n >= (1 << 20)) {
        throw new IllegalStateException("too many candidates in one text: " + n);
      }
      Arrays.sort(keys);
      int[] out = new int[size];
      int o = 0;
      int coveredTo = -1;
      int lastStart = -1;
      int lastEnd = -1;
      for (long key : keys) {
        int k = (int) (key & 0xFFFFF);
        int id = data[k * 3];
        int start = data[k * 3 + 1];
        int end = data[k * 3 + 2];
        if (start == lastStart && end == lastEnd) {
          out[o++] = id;
          out[o++] = start;
          out[o++] = end;
        } else if (start >= coveredTo) {
          out[o++] = id;
          out[o++] = start;
          out[o++] = end;
          lastStart = start;
          lastEnd = end;
          coveredTo = end;
        }
      }
      return Arrays.copyOf(out, o);
    }
  }
}
