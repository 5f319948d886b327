package io.blogflow.analytics.adapter.useragent;

import io.blogflow.analytics.domain.ClientClass;
import java.util.Locale;
import java.util.Set;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Yauaa, a maintained user-agent parser with robot, crawler and headless-browser rules, reduced to the classes analytics
 * keeps ({@code BLOGFLOW_ANALYTICS_USER_AGENT_PARSER=yauaa}). Its rules load once, in the background (about 2 CPU-s
 * and 120 MB of heap, kept), and results are cached per user-agent string by Yauaa itself.
 */
public final class YauaaUserAgentClassifier implements PreloadedUserAgentClassifier {

    private static final Set<String> ROBOT_DEVICES = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Spy",
            "Hacker");
    private static final Set<String> ROBOT_AGENTS = Set.of("Robot", "Robot Mobile", "Robot Imitator",
            "Cloud Application", "Hacker", "Special", "Testclient");

    private final BackgroundLoad<UserAgentAnalyzer> analyzer;

    public YauaaUserAgentClassifier(int cacheSize) {
        this.analyzer = new BackgroundLoad<>("yauaa-loader", () -> UserAgentAnalyzer.newBuilder()
                .hideMatcherLoadStats()
                .dropTests()
                .withCache(cacheSize)
                .withField(UserAgent.DEVICE_CLASS)
                .withField(UserAgent.AGENT_CLASS)
                .withField(UserAgent.AGENT_NAME)
                .withField(UserAgent.OPERATING_SYSTEM_NAME)
                .immediateInitialization()
                .build());
    }

    @Override
    public void loadInBackground() {
        analyzer.start();
    }

    @Override
    public ClientClass classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return NO_USER_AGENT;
        }
        UserAgent parsed = analyzer.get().parse(userAgent);
        String device = parsed.getValue(UserAgent.DEVICE_CLASS);
        String agentClass = parsed.getValue(UserAgent.AGENT_CLASS);
        String browser = parsed.getValue(UserAgent.AGENT_NAME);
        boolean robot = ROBOT_DEVICES.contains(device) || ROBOT_AGENTS.contains(agentClass)
                || browser.toLowerCase(Locale.ROOT).contains("headless");
        return new ClientClass(known(browser), known(parsed.getValue(UserAgent.OPERATING_SYSTEM_NAME)),
                deviceClass(device), robot);
    }

    @Override
    public boolean ready() {
        return analyzer.ready();
    }

    private static String deviceClass(String yauaa) {
        return switch (yauaa) {
            case "Desktop" -> "desktop";
            case "Phone", "Mobile" -> "mobile";
            case "Tablet" -> "tablet";
            default -> "other";
        };
    }

    private static String known(String value) {
        return value == null || value.startsWith("??") || value.equals("Unknown") ? "Unknown" : value;
    }
}
