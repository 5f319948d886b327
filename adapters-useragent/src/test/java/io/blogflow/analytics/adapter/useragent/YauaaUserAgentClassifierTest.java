package io.blogflow.analytics.adapter.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.domain.ClientClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class YauaaUserAgentClassifierTest {

    private static YauaaUserAgentClassifier classifier;

    @BeforeAll
    static void loadTheRulesOnce() {
        classifier = new YauaaUserAgentClassifier(100);
    }

    @Test
    void aDesktopBrowserIsClassifiedByBrowserOsAndDevice() {
        ClientClass client = classifier.classify("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        assertThat(client).isEqualTo(new ClientClass("Chrome", "Windows NT", "desktop", false));
    }

    @Test
    void aPhoneIsMobile() {
        ClientClass client = classifier.classify("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
        assertThat(client.device()).isEqualTo("mobile");
        assertThat(client.os()).isEqualTo("iOS");
        assertThat(client.robot()).isFalse();
    }

    @Test
    void crawlersHeadlessBrowsersScriptsAndNoUserAgentAreRobots() {
        assertThat(classifier.classify("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .robot()).isTrue();
        assertThat(classifier.classify("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36").robot()).isTrue();
        assertThat(classifier.classify("curl/8.5.0").robot()).isTrue();
        assertThat(classifier.classify("python-requests/2.31.0").robot()).isTrue();
        assertThat(classifier.classify("").robot()).isTrue();
        assertThat(classifier.classify(null).robot()).isTrue();
    }
}
