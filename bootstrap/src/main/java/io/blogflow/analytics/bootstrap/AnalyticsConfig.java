package io.blogflow.analytics.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Analytics settings ({@code blogflow.analytics.*}, e.g. BLOGFLOW_ANALYTICS_COUNTRY_HEADER=CF-IPCountry). */
@ConfigMapping(prefix = "blogflow.analytics")
public interface AnalyticsConfig {

    /** A header a trusted proxy or CDN sets to the client's ISO country code; none: no countries. */
    Optional<String> countryHeader();

    /**
     * A MaxMind GeoLite2/GeoIP2 Country or City database file (.mmdb): countries of clients the header gives none
     * for; none: no lookups.
     */
    Optional<String> geoipDatabase();

    /** Client addresses whose events are not counted. */
    Optional<List<String>> excludedAddresses();

    /** Path prefixes whose events are not counted. */
    Optional<List<String>> excludedPaths();

    /** Referrer hosts (and their subdomains) whose events are referrer spam. */
    Optional<List<String>> spamReferrers();

    Buffer buffer();

    RateLimit rateLimit();

    /** How often salts are rotated (a duration, or off). */
    @WithDefault("1h")
    String saltRotationInterval();

    /** User-agent strings whose classes are cached. */
    @WithDefault("10000")
    int userAgentCacheSize();

    /** The user-agent parser: ua-parser ({@code uap}, about 100 MB less resident memory) or {@code yauaa}. */
    @WithDefault("uap")
    UserAgentParser userAgentParser();

    enum UserAgentParser { UAP, YAUAA }

    Rollup rollup();

    Partitions partitions();

    /** Days raw events are kept; older months are dropped whole (rollups stay). */
    @WithDefault("400")
    int retentionDays();

    interface Rollup {

        /** How often the rollup job runs (a duration, or off). */
        @WithDefault("5m")
        String interval();

        /** How long after a window ended late events are still folded in (the window is rolled again). */
        @WithDefault("1h")
        Duration lag();

        /** Windows rolled at most per run while catching up. */
        @WithDefault("200")
        int maxWindowsPerRun();

        /**
         * How long one window's roll may take before it is rolled back: a day is rolled from its raw events, minutes
         * for a busy site (measured: 145 s for a day of 5 million events).
         */
        @WithDefault("30m")
        Duration timeout();
    }

    interface Partitions {

        /** How often partitions are created ahead and dropped past retention (a duration, or off). */
        @WithDefault("1h")
        String interval();

        /** Months created ahead of the current one. */
        @WithDefault("2")
        int monthsAhead();
    }

    interface Buffer {

        /** Events accepted and not yet written at most; beyond it the endpoint answers 503. */
        @WithDefault("200000")
        int capacity();

        /** Waiting events that trigger a write before the flush interval is up. */
        @WithDefault("5000")
        int batchSize();

        /** Longest an accepted event waits before it is written. */
        @WithDefault("1s")
        Duration flushInterval();
    }

    interface RateLimit {

        /** Event requests per client address per window. */
        @WithDefault("600")
        int capacity();

        @WithDefault("1m")
        Duration window();
    }
}
