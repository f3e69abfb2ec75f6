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
    int bodyStart = 0;
    String credit = null;
    String datelineCity = dateline;
    if (datelineCity == null) {
      Optional<Dateline> parsed = CountryMatcher.parseDateline(text);
      if (parsed.isPresent()) {
        datelineCity = parsed.get().city();
        credit = parsed.get().credit();
        bodyStart = parsed.get().bodyStart();
      }
    }
    int[] starts = SentenceSplitter.starts(text);
    PhraseMatcher.Joint.Pass pass = joint.pass(text);
    List<PlacedMention> placed = new ArrayList<>();
    List<Mention> body = new ArrayList<>();
    Mention datelineMention =
        datelineCity == null ? null : countries.resolveDateline(datelineCity).orElse(null);
    for (Mention m : countries.find(text, starts, pass.part(0), year)) {
      if (m.start() >= bodyStart) {
        body.add(m);
        placed.add(new PlacedMention(m, SentenceSplitter.sentenceOf(starts, m.start())));
      } else if (datelineMention != null && dateline == null && datelineCity.indexOf(',') < 0
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
    List<Mention> inTitle = title == null ? List.of() : countries.find(title, year);
    for (Mention m : inTitle) {
      placed.add(new PlacedMention(m, -1));
    }
    TreeSet<String> all = new TreeSet<>();
    TreeSet<String> actors = new TreeSet<>();
    TreeSet<String> blocs = new TreeSet<>();
    for (PlacedMention p : placed) {
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
    List<CountrySalience> salience = Salience.compute(countryBody, countryTitle, leadEnd);
    List<TopicHit> hits = topics.find(text, starts, pass.part(1));
    TreeSet<String> topicIds = new TreeSet<>();
    for (TopicHit h : hits) {
      topicIds.add(h.topic());
    }
    List<SentenceTone> tones = tone.score(text, starts, pass.part(2), year);
    Double index = ToneScorer.cooperationIndex(tones);
    return new Analysis(
        datelineCity,
        credit,
        starts.length,
        List.copyOf(all),
        List.copyOf(actors),
        List.copyOf(blocs),
        List.copyOf(topicIds),
        placed,
        salience,
        hits,
        tones,
        index);
  }
}
