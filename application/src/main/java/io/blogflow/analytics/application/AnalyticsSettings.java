package io.blogflow.analytics.application;

import java.util.List;
import java.util.Set;

/**
 * What ingestion leaves out.
 *
 * @param excludedAddresses client addresses whose events are not counted (the team's own office, monitors)
 * @param excludedPaths     path prefixes not counted (e.g. {@code /admin})
 * @param spamReferrers     referrer hosts (and their subdomains) whose events are referrer spam
 */
public record AnalyticsSettings(Set<String> excludedAddresses, List<String> excludedPaths,
                                Set<String> spamReferrers) {

    public AnalyticsSettings {
        excludedAddresses = Set.copyOf(excludedAddresses);
        excludedPaths = List.copyOf(excludedPaths);
        spamReferrers = Set.copyOf(spamReferrers);
    }

    public static AnalyticsSettings none() {
        return new AnalyticsSettings(Set.of(), List.of(), Set.of());
    }
}
