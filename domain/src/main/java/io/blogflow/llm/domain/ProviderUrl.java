package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A provider's base URL: absolute http(s), with a host, without credentials (those go in the encrypted auth token,
 * never in a URL that is shown and logged), query or fragment; a port, when given, from 1 to 65535; at most 2000
 * characters.
 */
public record ProviderUrl(String value) {

    public static final int MAX_LENGTH = 2000;
    private static final int MAX_PORT = 65_535;

    public ProviderUrl {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw invalid();
        }
        value = value.strip();
        parse(value);
    }

    /** The host name or address literal, lower case, IPv6 literals without their brackets. */
    public String host() {
        String host = parse(value).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static URI parse(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw invalid();
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new InvalidValueException("base-url.invalid",
                        "baseUrl must not carry credentials, a query or a fragment (the token goes in authToken).");
            }
            if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
                throw new InvalidValueException("base-url.invalid",
                        "baseUrl's port must be between 1 and " + MAX_PORT + ".");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("base-url.invalid",
                "baseUrl must be an absolute http or https URL of at most " + MAX_LENGTH + " characters.");
    }
}
