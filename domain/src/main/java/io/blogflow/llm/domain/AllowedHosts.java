package io.blogflow.llm.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hosts provider URLs may point at, as patterns: {@code api.openai.com} matches that host only;
 * {@code *.example.com} matches any name below {@code example.com} (not {@code example.com} itself, which is listed
 * on its own when wanted); an address literal ({@code 127.0.0.1}, {@code ::1}) matches itself. Case is ignored.
 * A single {@code *} is refused: the allow-list exists to bound where the server sends requests and tokens.
 */
public record AllowedHosts(List<String> patterns) {

    public AllowedHosts {
        patterns = Objects.requireNonNull(patterns, "patterns").stream()
                .map(pattern -> pattern.strip().toLowerCase(Locale.ROOT))
                .filter(pattern -> !pattern.isEmpty())
                .map(AllowedHosts::unbracketed)
                .toList();
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.indexOf('*', pattern.startsWith("*.") ? 1 : 0) >= 0
                    || pattern.startsWith("*.") && pattern.length() < 3) {
                throw new IllegalArgumentException("Host pattern '" + pattern + "' must be a host name, an address, "
                        + "or *.domain (a leading wildcard label only)");
            }
        }
    }

    /** From a comma-separated list such as {@code api.openai.com,*.example.com}. */
    public static AllowedHosts parse(String commaSeparated) {
        return new AllowedHosts(commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(",")));
    }

    public boolean allows(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String candidate = unbracketed(host.strip().toLowerCase(Locale.ROOT));
        if (candidate.endsWith(".")) {
            candidate = candidate.substring(0, candidate.length() - 1); // the fully qualified form names the same host
        }
        for (String pattern : patterns) {
            if (pattern.startsWith("*.")) {
                String suffix = pattern.substring(1); // ".example.com"
                if (candidate.endsWith(suffix) && candidate.length() > suffix.length()) {
                    return true;
                }
            } else if (pattern.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
