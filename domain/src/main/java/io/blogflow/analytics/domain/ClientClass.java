package io.blogflow.analytics.domain;

/**
 * What a user agent is, as coarse classes only (never the user-agent string itself): browser and OS names, a device
 * class ({@code desktop}, {@code mobile}, {@code tablet}, {@code other}) and whether it is a robot, crawler or
 * headless browser.
 */
public record ClientClass(String browser, String os, String device, boolean robot) {

    public static final ClientClass UNKNOWN = new ClientClass("Unknown", "Unknown", "other", false);

    public ClientClass {
        browser = clip(browser);
        os = clip(os);
        device = clip(device);
    }

    private static String clip(String value) {
        if (value == null || value.isBlank()) {
            return "Unknown";
        }
        return value.length() <= 50 ? value : value.substring(0, 50);
    }
}
