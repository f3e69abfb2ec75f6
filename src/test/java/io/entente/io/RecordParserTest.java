package io.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.io.RecordParser.Parsed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordParserTest {

  private static Parsed json(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return RecordParser.parseJsonLine("f.jsonl", 7, bytes, bytes.length);
  }

  @Test
  void canonicalJsonRecordKeepsEveryField() {
    Parsed p =
        json(
            "{\"id\":\"a1\",\"date\":\"2025-03-04\",\"title\":\"T\",\"text\":\"Body.\","
                + "\"source\":\"S\",\"url\":\"http://x\",\"language\":\"en\",\"dateline\":\"ASTANA\"}");
    assertNull(p.reason());
    assertEquals("a1", p.id());
    assertEquals(LocalDate.of(2025, 3, 4), p.date());
    assertEquals("T", p.title());
    assertEquals("Body.", p.text());
    assertEquals("S", p.source());
    assertEquals("http://x", p.url());
    assertEquals("en", p.language());
    assertEquals("ASTANA", p.dateline());
    assertEquals("f.jsonl", p.sourceFile());
    assertEquals(7L, p.recordOffset());
  }

  @Test
  void aliasesFillTheCanonicalFields() {
    Parsed p = json("{\"headline\":\"H\",\"body\":\"B\",\"published_at\":\"2025-01-02T10:00:00Z\"}");
    assertEquals("H", p.title());
    assertEquals("B", p.text());
    assertEquals(LocalDate.of(2025, 1, 2), p.date());
    Parsed q = json("{\"content\":\"C\",\"pubdate\":\"2025-01-02\"}");
    assertEquals("C", q.text());
    Parsed r = json("{\"text\":\"C\",\"published\":\"2025-01-02 23:15:00\"}");
    assertEquals(LocalDate.of(2025, 1, 2), r.date());
  }

  @Test
  void zonedTimestampsBecomeTheirUtcDate() {
    // 00:30 at +05:00 is 19:30 UTC the day before
    assertEquals(LocalDate.of(2025, 3, 3), RecordParser.parseDate("2025-03-04T00:30:00+05:00"));
    // 23:30 at -02:00 is 01:30 UTC the day after
    assertEquals(LocalDate.of(2025, 3, 5), RecordParser.parseDate("2025-03-04T23:30-02:00"));
    assertEquals(LocalDate.of(2025, 3, 4), RecordParser.parseDate("2025-03-04T23:30:00Z"));
    assertEquals(LocalDate.of(2025, 3, 4), RecordParser.parseDate("2025-03-04T23:30:00.123"));
  }

  @Test
  void rssPubDatesAndIsoBasicDatesAreRead() {
    // RFC 1123, as RSS feeds write pubDate: 2025-03-04 was a Tuesday
    assertEquals(
        LocalDate.of(2025, 3, 4), RecordParser.parseDate("Tue, 04 Mar 2025 09:30:00 GMT"));
    assertEquals(LocalDate.of(2025, 3, 4), RecordParser.parseDate("4 Mar 2025 09:30:00 GMT"));
    // 00:30 at +0500 is 19:30 UTC the day before
    assertEquals(
        LocalDate.of(2025, 3, 3), RecordParser.parseDate("Tue, 04 Mar 2025 00:30:00 +0500"));
    assertEquals(LocalDate.of(2025, 3, 4), RecordParser.parseDate("20250304"));
  }

  @Test
  void impossibleOrNonIsoDatesAreNotDates() {
    assertNull(RecordParser.parseDate("2025-13-45"));
    assertNull(RecordParser.parseDate("yesterday"));
    assertNull(RecordParser.parseDate("04/03/2025"));
    assertNull(RecordParser.parseDate("2025-02-29"));
    assertNull(RecordParser.parseDate("20250229"));
    // the weekday contradicts the date (4 March 2025 was a Tuesday)
    assertNull(RecordParser.parseDate("Wed, 04 Mar 2025 09:30:00 GMT"));
    assertNull(RecordParser.parseDate("March 4, 2025"));
  }

  @Test
  void missingIdIsDerivedFromContentAndIsStable() {
    Parsed a = json("{\"date\":\"2025-01-02\",\"title\":\"T\",\"text\":\"Same text.\"}");
    Parsed b = json("{\"title\":\"T\",\"text\":\"Same text.\",\"date\":\"2025-01-02\",\"source\":\"X\"}");
    Parsed c = json("{\"date\":\"2025-01-02\",\"title\":\"T\",\"text\":\"Other text.\"}");
    assertEquals(a.id(), b.id());
    assertNotEquals(a.id(), c.id());
    assertEquals(
        RecordParser.contentId(LocalDate.of(2025, 1, 2), "T", "Same text."), a.id());
    assertTrue(a.id().matches("sha-[0-9a-f]{20}"), a.id());
  }

  @Test
  void numericIdIsKeptAsText() {
    assertEquals("42", json("{\"id\":42,\"date\":\"2025-01-02\",\"text\":\"x\"}").id());
  }

  @Test
  void anArrayLineSaysTheInputIsOneObjectPerLine() {
    assertEquals(
        "JSON line is an array, not an object: the input is JSON Lines, one article object per"
            + " line",
        json("[{\"id\":\"a\",\"date\":\"2025-01-02\",\"text\":\"x\"}]").detail());
    assertEquals("JSON line is not an object", json("\"just a string\"").detail());
  }

  @Test
  void eachBadRecordGetsItsReason() {
    assertEquals("unparseable_record", json("{\"date\": \"2025-01-02\", \"text\": ").reason());
    assertEquals("unparseable_record", json("[1,2]").reason());
    assertEquals("missing_text", json("{\"date\":\"2025-01-02\",\"text\":\"  \"}").reason());
    assertEquals("missing_text", json("{\"date\":\"2025-01-02\"}").reason());
    assertEquals("missing_date", json("{\"text\":\"x\"}").reason());
    assertEquals("invalid_date", json("{\"text\":\"x\",\"date\":\"2025-13-45\"}").reason());
    assertEquals("wrong_type", json("{\"text\":17,\"date\":\"2025-01-02\"}").reason());
    assertEquals("wrong_type", json("{\"text\":\"x\",\"date\":20250102}").reason());
    assertEquals("wrong_type", json("{\"text\":\"x\",\"date\":\"2025-01-02\",\"title\":[1]}").reason());
  }

  @Test
  void rejectKeepsFileLineAndTruncatedSnippet() {
    String longLine = "{" + "x".repeat(1000);
    Parsed p = json(longLine);
    assertEquals("f.jsonl", p.sourceFile());
    assertEquals(7L, p.recordOffset());
    assertEquals(RecordParser.SNIPPET_CHARS + 3, p.rawSnippet().length());
    assertTrue(p.rawSnippet().endsWith("..."));
  }

  @Test
  void invalidUtf8LineIsRejected() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals("invalid_utf8", RecordParser.parseJsonLine("f", 1, bytes, bytes.length).reason());
  }

  @Test
  void seedStyleTextGivesDateDatelineAndBody() {
    String file = " date 2026-02-26 ALMATY \u2013 Kazakh minister met.\n\nSecond paragraph.";
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    Parsed p = RecordParser.parseSeedText("a.txt", bytes, bytes.length);
    assertNull(p.reason());
    assertEquals(LocalDate.of(2026, 2, 26), p.date());
    assertEquals("ALMATY", p.dateline());
    assertEquals("Kazakh minister met.\n\nSecond paragraph.", p.text());
  }

  @Test
  void seedStyleTextWithoutDateLineIsUnparseable() {
    byte[] bytes = "Just some words.".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "unparseable_record", RecordParser.parseSeedText("a.txt", bytes, bytes.length).reason());
  }

  @Test
  void datelineDashAcceptsEnDashEmDashAndSpacedHyphen() {
    assertEquals(7, RecordParser.datelineDash("ASTANA \u2013 text"));
    assertEquals(19, RecordParser.datelineDash("KYIV, Ukraine (AP) \u2014 text"));
    assertEquals(9, RecordParser.datelineDash("TASHKENT - text"));
    assertEquals(-1, RecordParser.datelineDash("Well-known text without one"));
  }
}
