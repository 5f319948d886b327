package io.blogflow.comments.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules-based spam check's pure rules. Each rule adds a reason code; any reason makes the comment spam.
 *
 * @param minFormTime a human takes at least this long from fetching the form token to submitting
 * @param maxFormAge  a form token older than this is no longer accepted
 * @param maxLinks    more links than this in the body is spam
 */
public record SpamRules(Duration minFormTime, Duration maxFormAge, int maxLinks) {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)([^\\s/?#<>()\\[\\]\"']+)");

    public SpamRules {
        Objects.requireNonNull(minFormTime, "minFormTime");
        Objects.requireNonNull(maxFormAge, "maxFormAge");
        if (minFormTime.isNegative() || maxFormAge.compareTo(minFormTime) <= 0 || maxLinks < 0) {
            throw new IllegalArgumentException("Spam rules need 0 <= minFormTime < maxFormAge and maxLinks >= 0");
        }
    }

    /** Bots fill in every field, including the hidden {@code homepage}. */
    public Optional<String> honeypot(String homepage) {
        return homepage == null || homepage.isBlank() ? Optional.empty() : Optional.of("honeypot");
    }

    /** The form token's issue time (empty when it was missing or not genuine) against the submission time. */
    public Optional<String> formTiming(Optional<Instant> issuedAt, Instant now) {
        if (issuedAt.isEmpty()) {
            return Optional.of("form-token-invalid");
        }
        Duration elapsed = Duration.between(issuedAt.get(), now);
        if (elapsed.compareTo(minFormTime) < 0) {
            return Optional.of("too-fast");
        }
        if (elapsed.compareTo(maxFormAge) > 0) {
            return Optional.of("form-token-expired");
        }
        return Optional.empty();
    }

    public Optional<String> links(String body) {
        return linkHosts(body).size() > maxLinks ? Optional.of("too-many-links") : Optional.empty();
    }

    /** Hosts of the links written in a text (bare or as Markdown links), in order, lower case. */
    public static List<String> linkHosts(String text) {
        List<String> hosts = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            String host = matcher.group(1);
            int colon = host.indexOf(':');
            hosts.add((colon >= 0 ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT));
        }
        return hosts;
    }

    /** Hosts of the body's links and of the author's website, for the domain blocklist. */
    public static List<String> hostsOf(CommentText body, Optional<AuthorWebsite> website) {
        List<String> hosts = new ArrayList<>(linkHosts(body.value()));
        website.map(w -> URI.create(w.value()).getHost()).map(h -> h.toLowerCase(Locale.ROOT)).ifPresent(hosts::add);
        return hosts;
    }
}
