package io.entente.extract;

import java.io.Serializable;

/**
 * One actor found in a text: a country (ISO 3166-1 alpha-3, or ISO 3166-3 for dissolved states) or
 * a bloc (a region or organisation id such as {@code CENTRAL_ASIA} or {@code EU}).
 *
 * @param code ISO3 code for a country, bloc id for a bloc
 * @param type {@link #COUNTRY} or {@link #BLOC}
 * @param matched the text as it appears in the article
 * @param start offset of the first char in the text
 * @param end offset one past the last char
 * @param rule which gazetteer rule fired: name, alias, abbreviation, demonym, capital, city,
 *     metonym, subdivision, combining, dateline, bloc, historic
 * @param role actor, place or dateline
 */
public record Mention(
    String code, String type, String matched, int start, int end, String rule, String role)
    implements Serializable {
  public static final String COUNTRY = "country";
  public static final String BLOC = "bloc";
  public static final String ROLE_ACTOR = "actor";
  public static final String ROLE_PLACE = "place";
  public static final String ROLE_DATELINE = "dateline";

  public boolean isCountry() {
    return COUNTRY.equals(type);
  }
}
