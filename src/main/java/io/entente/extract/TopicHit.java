package io.entente.extract;

import java.io.Serializable;

/**
 * A taxonomy topic found in one sentence.
 *
 * @param topic topic id from the taxonomy, e.g. {@code climate_change}
 * @param sentence zero-based sentence index in the article text
 * @param score summed phrase weights in that sentence (at least the topic's minimum score)
 */
public record TopicHit(String topic, int sentence, double score) implements Serializable {}
