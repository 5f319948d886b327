package io.blogflow.analytics.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Host names as analytics compares them: lower case, without a leading {@code www.}. */
final class Hosts {

    private Hosts() {
    }

    static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** The host of an absolute http(s) address; empty for anything else (android-app://, garbage). */
    static Optional<String> of(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(normalise(uri.getHost()));
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
