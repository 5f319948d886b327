package io.blogflow.analytics.adapter.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.domain.ClientClass;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserAgentClassifier} adapter must do, whichever parser is behind it: each adapter's test extends
 * this with its classifier (built once: parsers load their rules slowly). Names of browsers and systems are the
 * parser's own; the device classes and the robot verdicts are the contract.
 */
abstract class UserAgentClassifierContract {

    static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    abstract UserAgentClassifier classifier();

    @Test
    void aDesktopBrowserIsClassifiedByBrowserOsAndDevice() {
        ClientClass client = classifier().classify(CHROME_ON_WINDOWS);
        assertThat(client.browser()).isEqualTo("Chrome");
        assertThat(client.os()).startsWith("Windows");
        assertThat(client.device()).isEqualTo("desktop");
        assertThat(client.robot()).isFalse();
    }

    @Test
    void onceAClassificationWasAnsweredTheRulesAreReadyForTheNextWithoutWaiting() {
        classifier().classify(CHROME_ON_WINDOWS);

        assertThat(classifier().ready()).isTrue();
    }

    @Test
    void firefoxOnLinuxIsADesktop() {
        assertThat(classifier().classify("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo(new ClientClass("Firefox", "Linux", "desktop", false));
    }

    @Test
    void aPhoneIsMobile() {
        ClientClass client = classifier().classify("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
        assertThat(client.device()).isEqualTo("mobile");
        assertThat(client.os()).isEqualTo("iOS");
        assertThat(client.robot()).isFalse();
        assertThat(classifier().classify("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36").device()).isEqualTo("mobile");
    }

    @Test
    void tabletsAreTablets() {
        assertThat(classifier().classify("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1").device()).isEqualTo("tablet");
        assertThat(classifier().classify("Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36").device()).isEqualTo("tablet");
    }

    @Test
    void crawlersHeadlessBrowsersScriptsAndNoUserAgentAreRobots() {
        assertThat(classifier().classify("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .robot()).isTrue();
        assertThat(classifier().classify("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.139 Mobile Safari/537.36 "
                + "(compatible; Googlebot/2.1; +http://www.google.com/bot.html)").robot()).isTrue();
        assertThat(classifier().classify("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")
                .robot()).isTrue();
        assertThat(classifier().classify("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36").robot()).isTrue();
        assertThat(classifier().classify("curl/8.5.0").robot()).isTrue();
        assertThat(classifier().classify("python-requests/2.31.0").robot()).isTrue();
        assertThat(classifier().classify("").robot()).isTrue();
        assertThat(classifier().classify(null).robot()).isTrue();
    }

    @Test
    void theSameUserAgentGetsTheSameClassesTwice() {
        assertThat(classifier().classify(CHROME_ON_WINDOWS)).isEqualTo(classifier().classify(CHROME_ON_WINDOWS));
    }
}
