package io.entente.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Turns one raw input record (a JSON line, a CSV row, a text file) into a canonical article or a
 * reject with a reason code. Pure Java, no Spark: every rule here is unit-tested directly.
 *
 * <p>Reason codes: {@code unparseable_record}, {@code missing_text}, {@code missing_date}, {@code
 * invalid_date}, {@code wrong_type}, {@code invalid_utf8}, {@code duplicate_id} (the last is
 * assigned later, when the same id is seen twice).
 */
public final class RecordParser {
  public static final String UNPARSEABLE = "unparseable_record";
  public static final String MISSING_TEXT = "missing_text";
  public static final String MISSING_DATE = "missing_date";
  public static final String INVALID_DATE = "invalid_date";
  public static final String WRONG_TYPE = "wrong_type";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String DUPLICATE_ID = "duplicate_id";

  /** The longest raw snippet kept on a reject row. */
  public static final int SNIPPET_CHARS = 300;

  static final List<String> ID_KEYS = List.of("id", "article_id", "guid");
  static final List<String> DATE_KEYS =
      List.of("date", "published", "published_at", "pubdate", "publication_date", "datetime");
  static final List<String> TITLE_KEYS = List.of("title", "headline");
  static final List<String> TEXT_KEYS = List.of("text", "body", "content");
  static final List<String> SOURCE_KEYS = List.of("source", "publisher");
  static final List<String> URL_KEYS = List.of("url", "link");
  static final List<String> LANGUAGE_KEYS = List.of("language", "lang");
  static final List<String> DATELINE_KEYS = List.of("dateline");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private RecordParser() {}

  /** A canonical article, or a reject when {@code reason} is not null. */
  public record Parsed(
      String id,
      LocalDate date,
      String title,
      String text,
      String source,
      String url,
      String language,
      String dateline,
      String sourceFile,
      Long recordOffset,
      String reason,
      String detail,
      String rawSnippet) {

    public boolean isRejected() {
      return reason != null;
    }

    static Parsed reject(
        String sourceFile, Long offset, String reason, String detail, String raw) {
      return new Parsed(
          null, null, null, null, null, null, null, null, sourceFile, offset, reason, detail,
          snippet(raw));
    }
  }

  /** Parses one JSON Lines record given as raw bytes (UTF-8 is checked strictly). */
  public static Parsed parseJsonLine(String sourceFile, long lineNumber, byte[] bytes, int len) {
    String line;
    try {
      line = decodeStrict(bytes, len);
    } catch (CharacterCodingException e) {
      return Parsed.reject(
          sourceFile,
          lineNumber,
          INVALID_UTF8,
          "line is not valid UTF-8",
          new String(bytes, 0, len, StandardCharsets.UTF_8));
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (Exception e) {
      return Parsed.reject(
          sourceFile, lineNumber, UNPARSEABLE, "invalid JSON: " + firstLine(e.getMessage()), line);
    }
    if (!(node instanceof ObjectNode object)) {
      // a JSON document written as one array is the usual way to get here: say what is read
      String detail =
          node.isArray()
              ? "JSON line is an array, not an object: the input is JSON Lines, one article object"
                  + " per line"
              : "JSON line is not an object";
      return Parsed.reject(sourceFile, lineNumber, UNPARSEABLE, detail, line);
    }
    return fromFields(sourceFile, lineNumber, new JsonFields(object), line);
  }

  /** Field access over one input record, whatever its format. */
  public interface Fields {
    /** The value of the first present key among {@code keys}: a String, Number, Boolean or other. */
    Object first(List<String> keys);
  }

  /** Fields from a map (CSV header -> value, Parquet columns). */
  public record MapFields(Map<String, ?> values) implements Fields {
    @Override
    public Object first(List<String> keys) {
      for (String key : keys) {
        Object v = values.get(key);
        if (v != null) {
          return v;
        }
      }
      return null;
    }
  }

  private record JsonFields(ObjectNode node) implements Fields {
    @Override
    public Object first(List<String> keys) {
      for (String key : keys) {
        JsonNode v = node.get(key);
        if (v != null && !v.isNull()) {
          if (v.isTextual()) {
            return v.textValue();
          }
          if (v.isNumber()) {
            return v.numberValue();
          }
          if (v.isBoolean()) {
            return v.booleanValue();
          }
          return v;
        }
      }
      return null;
    }
  }

  /** Builds a canonical article from named fields, resolving aliases and checking types. */
  public static Parsed fromFields(String sourceFile, Long offset, Fields fields, String raw) {
    Object text = fields.first(TEXT_KEYS);
    if (text == null) {
      return Parsed.reject(sourceFile, offset, MISSING_TEXT, "no text, body or content field", raw);
    }
    if (!(text instanceof String textValue)) {
      return Parsed.reject(sourceFile, offset, WRONG_TYPE, "text is not a string", raw);
    }
    if (textValue.isBlank()) {
      return Parsed.reject(sourceFile, offset, MISSING_TEXT, "text is empty", raw);
    }
    Object date = fields.first(DATE_KEYS);
    if (date == null) {
      return Parsed.reject(sourceFile, offset, MISSING_DATE, "no date field", raw);
    }
    if (!(date instanceof String dateValue)) {
      return Parsed.reject(sourceFile, offset, WRONG_TYPE, "date is not a string", raw);
    }
    LocalDate parsedDate = parseDate(dateValue);
    if (parsedDate == null) {
      return Parsed.reject(
          sourceFile,
          offset,
          INVALID_DATE,
          "not a date (ISO 8601 or RFC 1123): " + abbreviate(dateValue, 40),
          raw);
    }
    String[] names = {"title", "source", "url", "language", "dateline"};
    List<List<String>> keys = List.of(TITLE_KEYS, SOURCE_KEYS, URL_KEYS, LANGUAGE_KEYS, DATELINE_KEYS);
    String[] values = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      Object v = fields.first(keys.get(i));
      if (v != null && !(v instanceof String)) {
        return Parsed.reject(sourceFile, offset, WRONG_TYPE, names[i] + " is not a string", raw);
      }
      values[i] = blankToNull((String) v);
    }
    Object id = fields.first(ID_KEYS);
    String idValue;
    if (id == null || (id instanceof String s && s.isBlank())) {
      idValue = contentId(parsedDate, values[0], textValue);
    } else if (id instanceof String || id instanceof Number) {
      idValue = id.toString().strip();
    } else {
      return Parsed.reject(sourceFile, offset, WRONG_TYPE, "id is not a string or number", raw);
    }
    return new Parsed(
        idValue,
        parsedDate,
        values[0],
        textValue,
        values[1],
        values[2],
        values[3],
        values[4],
        sourceFile,
        offset,
        null,
        null,
        null);
  }

  /**
   * Parses a plain-text article in the seed style: a first line {@code date YYYY-MM-DD CITY –
   * text...}, the dateline city before the dash. The whole file is one article; {@code bytes} come
   * without a byte order mark ({@link ArticleReader} drops it for every format).
   */
  public static Parsed parseSeedText(String sourceFile, byte[] bytes, int len) {
    String content;
    try {
      content = decodeStrict(bytes, len);
    } catch (CharacterCodingException e) {
      return Parsed.reject(
          sourceFile,
          null,
          INVALID_UTF8,
          "file is not valid UTF-8",
          new String(bytes, 0, len, StandardCharsets.UTF_8));
    }
    String body = content.strip();
    if (!body.regionMatches(true, 0, "date ", 0, 5)) {
      return Parsed.reject(
          sourceFile, null, UNPARSEABLE, "first line does not start with 'date YYYY-MM-DD'", body);
    }
    String rest = body.substring(5).stripLeading();
    int space = rest.indexOf(' ');
    String dateText = space < 0 ? rest : rest.substring(0, space);
    LocalDate date = parseDate(dateText);
    if (date == null) {
      return Parsed.reject(
          sourceFile, null, INVALID_DATE, "not an ISO date: " + abbreviate(dateText, 40), body);
    }
    String afterDate = space < 0 ? "" : rest.substring(space + 1).stripLeading();
    String dateline = null;
    String text = afterDate;
    int dash = datelineDash(afterDate);
    if (dash > 0) {
      dateline = afterDate.substring(0, dash).strip();
      text = afterDate.substring(dash + 1).stripLeading();
    }
    if (text.isBlank()) {
      return Parsed.reject(sourceFile, null, MISSING_TEXT, "no text after the date line", body);
    }
    return new Parsed(
        contentId(date, null, text),
        date,
        null,
        text,
        null,
        null,
        null,
        dateline,
        sourceFile,
        null,
        null,
        null,
        null);
  }

  /**
   * The dash that ends a dateline: the first en or em dash, or a spaced hyphen, within the first
   * 80 chars of the first line; -1 when there is none.
   */
  static int datelineDash(String s) {
    int limit = Math.min(s.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\u2013' || c == '\u2014') {
        return i;
      }
      if (c == '-' && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length()
          && s.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Parses an ISO date, with or without time and zone: 2025-03-04, 2025-03-04T09:30,
   * 2025-03-04 09:30:00, 2025-03-04T09:30:00Z, 2025-03-04T09:30:00+05:00; the ISO basic date
   * 20250304; or an RFC 1123 timestamp, the {@code pubDate} of RSS feeds and the {@code Date} of
   * mail: Tue, 04 Mar 2025 09:30:00 GMT (or +0500). A timestamp with a zone is converted to its
   * UTC date; one without a zone keeps its calendar date. Returns null when the text is none of
   * these: dates such as 04/03/2025 are ambiguous (day or month first) and are not guessed.
   */
  public static LocalDate parseDate(String text) {
    String s = text.strip();
    if (s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (s.length() < 10) {
      return null;
    }
    // every ISO form starts with a four-digit year and a dash; anything else may be RFC 1123
    if (s.charAt(4) != '-') {
      return parseRfc1123(s);
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      if (t.endsWith("Z") || hasOffset(t)) {
        return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      return LocalDateTime.parse(t).toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The UTC date of an RFC 1123 timestamp, or null. */
  private static LocalDate parseRfc1123(String s) {
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(ZoneOffset.UTC)
          .toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasOffset(String t) {
    int tIndex = t.indexOf('T');
    if (tIndex < 0) {
      return false;
    }
    String time = t.substring(tIndex);
    return time.indexOf('+') > 0 || time.lastIndexOf('-') > 0;
  }

  /**
   * A stable id from the content: the same date, title and text always give the same id, wherever
   * the record came from.
   */
  public static String contentId(LocalDate date, String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(date.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return "sha-" + HexFormat.of().formatHex(sha.digest(), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Decodes UTF-8, failing on any malformed or unmappable byte sequence. */
  public static String decodeStrict(byte[] bytes, int len) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, len));
    return chars.toString();
  }

  static String snippet(String raw) {
    return raw == null ? null : abbreviate(raw, SNIPPET_CHARS);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
