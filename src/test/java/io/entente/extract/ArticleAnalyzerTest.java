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
}
