package io.blogflow.analytics.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tracking script served at /js/script.js: small, and doing what docs/analytics.md says in a browser double
 * (src/test/js/tracking-script.test.js, run with Node.js: page views on load and history navigation, engagement with
 * sendBeacon on visibilitychange/pagehide, data- attribute events, nothing from automated browsers).
 */
class TrackingScriptTest {

    private static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/js/script.js");

    @Test
    void theScriptIsUnderTwoKilobytes() throws IOException {
        assertThat(Files.size(SCRIPT)).isLessThan(2048);
        assertThat(Files.readString(SCRIPT)).contains("/api/v1/public/events").contains("sendBeacon")
                .doesNotContain("document.cookie").doesNotContain("localStorage");
    }

    @Test
    void theScriptSendsWhatItShouldInABrowserDouble() throws Exception {
        assumeTrue(nodeAvailable(), "Node.js is not installed");
        Process node = new ProcessBuilder("node", "src/test/js/tracking-script.test.js", SCRIPT.toString())
                .redirectErrorStream(true).start();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("all expectations met");
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
