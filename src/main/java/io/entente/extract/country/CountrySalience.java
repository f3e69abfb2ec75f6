package io.entente.extract.country;

import java.io.Serializable;

/**
 * How prominent one country is in one article.
 *
 * @param code ISO3 code
 * @param mentions body mentions of the country, all roles (a dateline counts as one)
 * @param isInTitle the title mentions it
 * @param isInLead a body mention starts before the lead end (or it is the dateline country)
 * @param salience in [0, 1], see {@link Salience}
 */
public record CountrySalience(
    String code, int mentions, boolean isInTitle, boolean isInLead, double salience)
    implements Serializable {}
