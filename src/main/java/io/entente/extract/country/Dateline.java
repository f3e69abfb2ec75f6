package io.entente.extract.country;

import java.io.Serializable;

/**
 * A dateline parsed from the start of an article ("KYIV, Ukraine (AP) —").
 *
 * @param city the place part as written, with its qualifier if any ("KYIV, Ukraine", "ALMATY")
 * @param credit the wire credit in brackets ("AP", "Reuters"), or null
 * @param bodyStart offset in the text where the body after the dateline begins
 */
public record Dateline(String city, String credit, int bodyStart) implements Serializable {}
