package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The absolute http(s) address of the page an event happened on, up to 2,000 characters. Gives the site (host), the
 * path, the query parameters (UTM, {@code ref}, click ids) and the slug a post is attributed by: the last path segment.
 */
public record PageUrl(String value, String host, String path, Map<String, String> query) {

    public static final int MAX_LENGTH = 2000;

    public PageUrl {
        query = Map.copyOf(query);
    }

    public static PageUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("event.url-required", "An event needs the page's url.");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidValueException("event.url-too-long", "A url has at most 2000 characters.");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("event.url-invalid", "The url is not a valid address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidValueException("event.url-invalid", "The url is an absolute http(s) address.");
        }
        if (uri.getHost().length() > 253) {
            throw new InvalidValueException("event.url-invalid", "The url's host name is too long.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new PageUrl(raw.trim(), Hosts.normalise(uri.getHost()), path, queryOf(uri.getRawQuery()));
    }

    /** The last non-empty path segment, lower-cased: {@code /blog/tides-of-change/} gives {@code tides-of-change}. */
    public Optional<String> slug() {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                return Optional.of(URLDecoder.decode(segments[i], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank());
    }

    private static Map<String, String> queryOf(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }
}
