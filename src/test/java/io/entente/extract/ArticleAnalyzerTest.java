package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.extract.country.CountryMatcher;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

  private static final ArticleAnalyzer A =
      new ArticleAnalyzer(
          CountryMatcher.defaultMatcher(), TopicMatcher.defaultMatcher(),
          ToneScorer.defaultScorer());

  private static String datelineCode(ArticleAnalyzer.Analysis a) {
    ArticleAnalyzer.PlacedMention first = a.mentions().get(0);
    assertEquals("dateline", first.mention().role());
    return first.mention().code();
  }

  @Test
  void anAmbiguousDatelineIsReadByTheArticlesOwnCues() {
    // Victoria alone is the Australian state; the article's Seychelles makes it Mahé's capital
    ArticleAnalyzer.Analysis seychelles =
        A.analyze(null, "VICTORIA - The Central Bank of Seychelles held its rate.", null);
    assertEquals("SYC", datelineCode(seychelles));
    assertEquals(List.of("SYC"), seychelles.countries());
    ArticleAnalyzer.Analysis melbourne =
        A.analyze(null, "VICTORIA - Trams stopped in Melbourne.", null);
    assertEquals("AUS", datelineCode(melbourne));
    assertEquals(List.of("AUS"), melbourne.countries());
  }

  @Test
  void aDatelineWithItsRegionOrGivenByTheInputIsReadAsWritten() {
    // the region after the comma decides ("Ga." is Georgia's abbreviation), whatever the body
    // names; a dateline given by the input is resolved alone
    assertEquals(
        "USA",
        datelineCode(A.analyze(null, "ATHENS, Ga. (AP) - Greek yogurt sells well.", null)));
    assertEquals(
        "AUS",
        datelineCode(A.analyze(null, "The Central Bank of Seychelles held its rate.", "VICTORIA")));
  }

  @Test
  void theArticlesYearTellsADissolvedStatesSeatFromTodaysCity() {
    // the body and the title are read for the year the article was written; a date column's
    // value comes as Spark gives it
    assertEquals(
        List.of("SUN"), A.analyze("Talks in Moscow", "Only the men in Moscow know.", null, 1953)
            .countries());
    assertEquals(
        List.of("RUS"), A.analyze("Talks in Moscow", "Only the men in Moscow know.", null, 2024)
            .countries());
    assertEquals(1953, Extraction.yearOf(java.time.LocalDate.of(1953, 9, 17)));
    assertEquals(1953, Extraction.yearOf(java.sql.Date.valueOf("1953-09-17")));
    assertEquals(null, Extraction.yearOf(null));
  }

  @Test
  void articlesAnalysedTogetherAreReadAsEachAlone() {
    // the steps run over all the articles in turn; nothing of one article may reach another: a
    // dateline read from the text or given, a title, a year
    List<ArticleAnalyzer.Input> inputs =
        List.of(
            new ArticleAnalyzer.Input(
                null, "VICTORIA - The Central Bank of Seychelles held its rate.", null, null),
            new ArticleAnalyzer.Input(
                null, "The Central Bank of Seychelles held its rate.", "VICTORIA", null),
            new ArticleAnalyzer.Input("Talks in Moscow", "Only the men in Moscow know.", null,
                1953),
            new ArticleAnalyzer.Input("Talks in Moscow", "Only the men in Moscow know.", null,
                2024),
            new ArticleAnalyzer.Input(null, "", null, null));
    List<ArticleAnalyzer.Analysis> together = A.analyzeAll(inputs);
    assertEquals(inputs.size(), together.size());
    for (int i = 0; i < inputs.size(); i++) {
      ArticleAnalyzer.Input in = inputs.get(i);
      assertEquals(A.analyze(in.title(), in.text(), in.dateline(), in.year()), together.get(i));
    }
    assertEquals("SYC", datelineCode(together.get(0)));
    assertEquals(List.of("AUS", "SYC"), together.get(1).countries());
    assertEquals(List.of("SUN"), together.get(2).countries());
    assertEquals(List.of("RUS"), together.get(3).countries());
    assertEquals(List.of(), together.get(4).countries());
    assertEquals(0, together.get(4).sentences());
  }
}
