package io.blogflow.analytics.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a visit came from: {@code utm_source} ▸ {@code ref} ▸ the Referer's host, normalised so that every Google
 * domain is "Google", {@code t.co} is "Twitter" and so on. A referrer on the site itself (a self-referral) is no
 * source. {@code source} and {@code referrerHost} are null for direct visits.
 */
public record TrafficSource(String source, String referrerHost, String utmMedium, String utmCampaign,
                            String clickId) {

    public static final int MAX_LENGTH = 100;

    /** Known hosts (by suffix) and their names. Longer, more specific suffixes come first. */
    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("news.ycombinator.com", "Hacker News"),
            Map.entry("duckduckgo.com", "DuckDuckGo"),
            Map.entry("search.brave.com", "Brave Search"),
            Map.entry("ecosia.org", "Ecosia"),
            Map.entry("bing.com", "Bing"),
            Map.entry("yahoo.com", "Yahoo!"),
            Map.entry("yandex.ru", "Yandex"),
            Map.entry("baidu.com", "Baidu"),
            Map.entry("t.co", "Twitter"),
            Map.entry("twitter.com", "Twitter"),
            Map.entry("x.com", "Twitter"),
            Map.entry("facebook.com", "Facebook"),
            Map.entry("fb.com", "Facebook"),
            Map.entry("instagram.com", "Instagram"),
            Map.entry("linkedin.com", "LinkedIn"),
            Map.entry("lnkd.in", "LinkedIn"),
            Map.entry("reddit.com", "Reddit"),
            Map.entry("youtube.com", "YouTube"),
            Map.entry("github.com", "GitHub"),
            Map.entry("mastodon.social", "Mastodon"),
            Map.entry("bsky.app", "Bluesky"),
            Map.entry("news.google.com", "Google News"));

    private static final List<String> CLICK_IDS = List.of("gclid", "fbclid", "msclkid", "ttclid", "twclid");

    public TrafficSource {
        source = clip(source);
        referrerHost = clip(referrerHost);
        utmMedium = clip(utmMedium);
        utmCampaign = clip(utmCampaign);
        clickId = clickId == null ? null : clickId.substring(0, Math.min(clickId.length(), 20));
    }

    /**
     * @param page     the page the event happened on (its query carries UTM fields, {@code ref} and click ids)
     * @param referrer the Referer the browser reported, possibly null or blank
     */
    public static TrafficSource of(PageUrl page, String referrer) {
        Optional<String> referrerHost = Hosts.of(referrer).filter(host -> !isSameSite(host, page.host()));
        String source = page.parameter("utm_source").map(TrafficSource::normalise)
                .or(() -> page.parameter("ref").map(TrafficSource::normalise))
                .or(() -> referrerHost.map(TrafficSource::normalise))
                .orElse(null);
        String clickId = CLICK_IDS.stream().filter(id -> page.parameter(id).isPresent()).findFirst().orElse(null);
        return new TrafficSource(source, referrerHost.orElse(null), page.parameter("utm_medium").orElse(null),
                page.parameter("utm_campaign").orElse(null), clickId);
    }

    /** A host, domain or free-form name ({@code utm_source=newsletter}) as the dashboard shows it. */
    static String normalise(String name) {
        String host = Hosts.of(name).orElse(Hosts.normalise(name.trim()));
        if (isSearchEngine(host, "google")) {
            return host.startsWith("news.google.") ? "Google News" : "Google";
        }
        for (Map.Entry<String, String> known : KNOWN) {
            if (host.equals(known.getKey()) || host.endsWith("." + known.getKey())) {
                return known.getValue();
            }
        }
        return host;
    }

    private static boolean isSearchEngine(String host, String brand) {
        return host.equals(brand + ".com") || host.startsWith(brand + ".") || host.contains("." + brand + ".");
    }

    private static boolean isSameSite(String referrerHost, String siteHost) {
        return referrerHost.equals(siteHost) || referrerHost.endsWith("." + siteHost);
    }

    private static String clip(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() <= MAX_LENGTH ? trimmed : trimmed.substring(0, MAX_LENGTH);
    }
}
