package io.blogflow.analytics.adapter.useragent;

import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.domain.ClientClass;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Yauaa, a maintained user-agent parser with robot, crawler and headless-browser rules, reduced to the classes analytics
 * keeps. Its rules load once, on a thread of their own (seconds of CPU and 100+ MB), and results are cached per
 * user-agent string. The load starts when {@link #loadInBackground()} is called (once the HTTP server listens, so it
 * no longer competes with the start-up itself) or at the first classification, whichever comes first.
 */
public final class YauaaUserAgentClassifier implements UserAgentClassifier {

    private static final Set<String> ROBOT_DEVICES = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Spy",
            "Hacker");
    private static final Set<String> ROBOT_AGENTS = Set.of("Robot", "Robot Mobile", "Robot Imitator",
            "Cloud Application", "Hacker", "Special", "Testclient");

    private final int cacheSize;
    private final CompletableFuture<UserAgentAnalyzer> analyzer = new CompletableFuture<>();
    private final AtomicBoolean loading = new AtomicBoolean();

    public YauaaUserAgentClassifier(int cacheSize) {
        this.cacheSize = cacheSize;
    }

    /** Starts loading the rules on a thread of its own (once); classifications wait for them. */
    public void loadInBackground() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                analyzer.complete(UserAgentAnalyzer.newBuilder()
                        .hideMatcherLoadStats()
                        .dropTests()
                        .withCache(cacheSize)
                        .withField(UserAgent.DEVICE_CLASS)
                        .withField(UserAgent.AGENT_CLASS)
                        .withField(UserAgent.AGENT_NAME)
                        .withField(UserAgent.OPERATING_SYSTEM_NAME)
                        .immediateInitialization()
                        .build());
            } catch (RuntimeException | Error e) {
                analyzer.completeExceptionally(e);
            }
        }, "yauaa-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public ClientClass classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new ClientClass("Unknown", "Unknown", "other", true);
        }
        loadInBackground();
        UserAgent parsed = analyzer.join().parse(userAgent);
        String device = parsed.getValue(UserAgent.DEVICE_CLASS);
        String agentClass = parsed.getValue(UserAgent.AGENT_CLASS);
        String browser = parsed.getValue(UserAgent.AGENT_NAME);
        boolean robot = ROBOT_DEVICES.contains(device) || ROBOT_AGENTS.contains(agentClass)
                || browser.toLowerCase(Locale.ROOT).contains("headless");
        return new ClientClass(known(browser), known(parsed.getValue(UserAgent.OPERATING_SYSTEM_NAME)),
                deviceClass(device), robot);
    }

    /** Once the rules are loaded; before, a classification waits for them (seconds after start). */
    @Override
    public boolean ready() {
        return analyzer.isDone() && !analyzer.isCompletedExceptionally();
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
