package io.blogflow.identity.domain;

/** Where a request came from, as far as the edge can tell; kept short so it fits its columns. */
public record ClientInfo(String ip, String userAgent) {

    public ClientInfo {
        ip = truncate(ip, 45);
        userAgent = truncate(userAgent, 512);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
