package io.entente.extract;

import io.entente.extract.country.CountryMatcher;
import io.entente.extract.country.CountrySalience;
import io.entente.extract.country.Dateline;
import io.entente.extract.country.Salience;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything Entente reads from one article's text, in one place: sentences, countries and blocs,
 * topics per sentence, and cooperation tone. The three matchers' phrases are compiled into one
 * automaton ({@link PhraseMatcher.Joint}), which makes one pass over the body for all of them.
 *
 * <p>Analyzers are heavy (compiled automata): build them once per JVM through {@link Spec}, never
 * per row.
 */
public final class ArticleAnalyzer {
  private final CountryMatcher countries;
  private final TopicMatcher topics;
  private final ToneScorer tone;
  private final PhraseMatcher.Joint joint;

  public ArticleAnalyzer(CountryMatcher countries, TopicMatcher topics, ToneScorer tone) {
    this.countries = countries;
    this.topics = topics;
    this.tone = tone;
    this.joint = PhraseMatcher.Joint.of(countries.phrases(), topics.phrases(), tone.phrases());
  }

  /**
   * What travels to executors (in a broadcast): the compiled topic matcher and tone scorer of the
   * run's configuration. The country matcher is the bundled gazetteer's, built once per JVM.
   */
  public static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TopicMatcher topics;
    private final ToneScorer tone;
    private transient volatile ArticleAnalyzer analyzer;

    public Spec(TopicMatcher topics, ToneScorer tone) {
      this.topics = topics;
      this.tone = tone;
    }

    /** The analyzer for this spec, built once per deserialised copy (once per executor JVM). */
    public ArticleAnalyzer analyzer() {
      ArticleAnalyzer a = analyzer;
      if (a == null) {
        synchronized (this) {
          if (analyzer == null) {
            analyzer = new ArticleAnalyzer(CountryMatcher.defaultMatcher(), topics, tone);
          }
          a = analyzer;
        }
      }
      return a;
    }
  }

  /** A mention placed in its sentence; sentence -1 marks a mention in the title. */
  public record PlacedMention(Mention mention, int sentence) {}

  /** The analysis of one article. */
  public record Analysis(
      String dateline,
      String credit,
      int sentences,
      List<String> countries,
      List<String> actorCountries,
      List<String> blocs,
      List<String> topics,
      List<PlacedMention> mentions,
      List<CountrySalience> salience,
      List<TopicHit> topicHits,
      List<SentenceTone> tone,
      Double cooperationIndex) {}

  /**
   * Analyses one article.
   *
   * @param title the headline, or null
   * @param text the body
   * @param dateline the dateline given by the input, or null to look for one at the start of text
   */
  public Analysis analyze(String title, String text, String dateline) {
    return analyze(title, text, dateline, null);
  }

  /**
   * As {@link #analyze(String, String, String)} for an article written in {@code year} (null
   * when unknown), which tells a dissolved state's seat in its own time from the same city in
   * today's state ({@link CountryMatcher#find(String, Integer)}).
   */
  public Analysis analyze(String title, String text, String dateline, Integer year) {
    return analyzeAll(List.of(new Input(title, text, dateline, year))).get(0);
  }

  /** One article to analyse: the arguments of {@link #analyze(String, String, String, Integer)}. */
  public record Input(String title, String text, String dateline, Integer year) {}

  /**
   * The analyses of several articles, in their order; each is what {@link #analyze(String,
   * String, String, Integer)} gives for it alone. The work goes step by step over all of them
   * (the automaton's pass over every text, then the countries of every text, then the topics,
   * then the tone) rather than article by article: each step's tables (the automaton's hot rows,
   * the topic model's terms and weights) then stay in the processor's caches from one article to
   * the next instead of evicting each other in every article.
   */
  public List<Analysis> analyzeAll(List<Input> inputs) {
    List<Work> works = new ArrayList<>(inputs.size());
    for (Input in : inputs) {
      works.add(read(in));
    }
    for (Work w : works) {
      findCountries(w);
    }
    for (Work w : works) {
      w.hits = topics.find(w.in.text(), w.starts, w.pass.part(1));
    }
    for (Work w : works) {
      w.tones = tone.score(w.in.text(), w.starts, w.pass.part(2), w.in.year());
    }
    List<Analysis> out = new ArrayList<>(works.size());
    for (Work w : works) {
      out.add(result(w));
    }
    return out;
  }

  /** One article's analysis as it is made, step by step. */
  private static final class Work {
    final Input in;
    int bodyStart;
    String credit;
    String datelineCity;
    int[] starts;
    PhraseMatcher.Joint.Pass pass;
    List<PlacedMention> placed;
    List<CountrySalience> salience;
    List<TopicHit> hits;
    List<SentenceTone> tones;

    Work(Input in) {
      this.in = in;
    }
  }

  /** The dateline (unless given), the sentences and the automaton's one pass over the body. */
  private Work read(Input in) {
    Work w = new Work(in);
    w.datelineCity = in.dateline();
    if (w.datelineCity == null) {
      Optional<Dateline> parsed = CountryMatcher.parseDateline(w.in.text());
      if (parsed.isPresent()) {
        w.datelineCity = parsed.get().city();
        w.credit = parsed.get().credit();
        w.bodyStart = parsed.get().bodyStart();
      }
    }
    w.starts = SentenceSplitter.starts(w.in.text());
    w.pass = joint.pass(w.in.text());
    return w;
  }

  /** The countries and blocs of the dateline, the body and the title, and their salience. */
  private void findCountries(Work w) {
    String text = w.in.text();
    String datelineCity = w.datelineCity;
    int[] starts = w.starts;
    List<PlacedMention> placed = new ArrayList<>();
    Mention datelineMention =
        datelineCity == null ? null : countries.resolveDateline(datelineCity).orElse(null);
    for (Mention m : countries.find(text, starts, w.pass.part(0), w.in.year())) {
      if (m.start() >= w.bodyStart) {
        placed.add(new PlacedMention(m, SentenceSplitter.sentenceOf(starts, m.start())));
      } else if (datelineMention != null && w.in.dateline() == null
          && datelineCity.indexOf(',') < 0
          && m.isCountry() && !m.code().equals(datelineMention.code())
          && TextFold.fold(m.matched()).equals(TextFold.fold(datelineCity.strip()))) {
        // a dateline's city with no region after it is read as the matcher reads it in the
        // text, by the article's own cues: "VICTORIA - The Central Bank of Seychelles ..." is
        // the Seychelles' capital, not the Australian state the name stands for alone
        datelineMention = new Mention(m.code(), datelineMention.type(), datelineMention.matched(),
            datelineMention.start(), datelineMention.end(), datelineMention.rule(),
            datelineMention.role());
      }
    }
    if (datelineMention != null) {
      placed.add(0, new PlacedMention(datelineMention, 0));
    }
    String title = w.in.title();
    List<Mention> inTitle = title == null ? List.of() : countries.find(title, w.in.year());
    for (Mention m : inTitle) {
      placed.add(new PlacedMention(m, -1));
    }
    int leadEnd = starts.length > 2 ? starts[2] : text.length();
    List<Mention> countryBody = new ArrayList<>();
    for (PlacedMention p : placed) {
      if (p.sentence() >= 0 && p.mention().isCountry()) {
        countryBody.add(p.mention());
      }
    }
    List<Mention> countryTitle = new ArrayList<>();
    for (Mention m : inTitle) {
      if (m.isCountry()) {
        countryTitle.add(m);
      }
    }
    w.placed = placed;
    w.salience = Salience.compute(countryBody, countryTitle, leadEnd);
  }

  private static Analysis result(Work w) {
    TreeSet<String> all = new TreeSet<>();
    TreeSet<String> actors = new TreeSet<>();
    TreeSet<String> blocs = new TreeSet<>();
    for (PlacedMention p : w.placed) {
      Mention m = p.mention();
      if (m.isCountry()) {
        all.add(m.code());
        if (Mention.ROLE_ACTOR.equals(m.role())) {
          actors.add(m.code());
        }
      } else {
        blocs.add(m.code());
      }
    }
    TreeSet<String> topicIds = new TreeSet<>();
    for (TopicHit h : w.hits) {
      topicIds.add(h.topic());
    }
    return new Analysis(
        w.datelineCity,
        w.credit,
        w.starts.length,
        List.copyOf(all),
        List.copyOf(actors),
        List.copyOf(blocs),
        List.copyOf(topicIds),
        w.placed,
        w.salience,
        w.hits,
        w.tones,
        ToneScorer.cooperationIndex(w.tones));
  }
}
