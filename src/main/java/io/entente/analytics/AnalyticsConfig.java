package io.entente.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * Settings of the analytics tables. Read with Jackson (unknown keys rejected, missing keys take
 * the defaults) and validated here; each message names the offending field.
 *
 * @param rollingWindow periods in the trailing rolling mean of a share, current period included
 * @param zWindow previous periods (current excluded) that the z-score compares a share against
 * @param spikeThreshold z-score at or above which a period is flagged {@code is_spike}
 * @param minPairSupport representative articles a pair needs in a period before its association
 *     measures (expected excepted) are reported; below it they are null
 * @param pairRoles {@code all}: countries in any role; {@code actor}: actor countries only. Selects
 *     the country list of every country-keyed table, so that pair and country counts agree
 * @param topTopics length of {@code top_topics} in pair_cooccurrence
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AnalyticsConfig(
    int rollingWindow,
    int zWindow,
    double spikeThreshold,
    int minPairSupport,
    String pairRoles,
    int topTopics)
    implements Serializable {

  public static final String ROLES_ALL = "all";
  public static final String ROLES_ACTOR = "actor";

  public AnalyticsConfig {
    if (rollingWindow < 1) {
      throw new IllegalArgumentException("analytics.rolling_window must be >= 1, got " + rollingWindow);
    }
    if (zWindow < 3) {
      throw new IllegalArgumentException(
          "analytics.z_window must be >= 3 (a z-score needs 3 previous periods), got " + zWindow);
    }
    if (!(spikeThreshold > 0) || Double.isInfinite(spikeThreshold)) {
      throw new IllegalArgumentException(
          "analytics.spike_threshold must be a finite number > 0, got " + spikeThreshold);
    }
    if (minPairSupport < 1) {
      throw new IllegalArgumentException("analytics.min_pair_support must be >= 1, got " + minPairSupport);
    }
    if (!ROLES_ALL.equals(pairRoles) && !ROLES_ACTOR.equals(pairRoles)) {
      throw new IllegalArgumentException("analytics.pair_roles must be all|actor, got " + pairRoles);
    }
    if (topTopics < 1) {
      throw new IllegalArgumentException("analytics.top_topics must be >= 1, got " + topTopics);
    }
  }

  /** Jackson entry point: absent keys take their default. */
  @JsonCreator
  static AnalyticsConfig fromJson(
      @JsonProperty("rolling_window") Integer rollingWindow,
      @JsonProperty("z_window") Integer zWindow,
      @JsonProperty("spike_threshold") Double spikeThreshold,
      @JsonProperty("min_pair_support") Integer minPairSupport,
      @JsonProperty("pair_roles") String pairRoles,
      @JsonProperty("top_topics") Integer topTopics) {
    AnalyticsConfig d = defaults();
    return new AnalyticsConfig(
        rollingWindow != null ? rollingWindow : d.rollingWindow(),
        zWindow != null ? zWindow : d.zWindow(),
        spikeThreshold != null ? spikeThreshold : d.spikeThreshold(),
        minPairSupport != null ? minPairSupport : d.minPairSupport(),
        pairRoles != null ? pairRoles : d.pairRoles(),
        topTopics != null ? topTopics : d.topTopics());
  }

  /** rollingWindow 3, zWindow 12, spikeThreshold 2.0, minPairSupport 2, pairRoles all, top 3. */
  public static AnalyticsConfig defaults() {
    return new AnalyticsConfig(3, 12, 2.0, 2, ROLES_ALL, 3);
  }

  /** True when only actor countries count. */
  public boolean actorOnly() {
    return ROLES_ACTOR.equals(pairRoles);
  }
}
