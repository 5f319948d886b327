package io.blogflow.analytics.adapter.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.domain.ClientClass;
import org.junit.jupiter.api.Test;

class UapUserAgentClassifierTest extends UserAgentClassifierContract {

    private static final UapUserAgentClassifier CLASSIFIER = new UapUserAgentClassifier(100);

    @Override
    UserAgentClassifier classifier() {
        return CLASSIFIER;
    }

    @Test
    void uaParserNamesWindowsAsSuch() {
        assertThat(CLASSIFIER.classify(CHROME_ON_WINDOWS))
                .isEqualTo(new ClientClass("Chrome", "Windows", "desktop", false));
    }

    @Test
    void httpLibrariesNameNoOperatingSystemAndAreRobots() {
        assertThat(CLASSIFIER.classify("okhttp/4.12.0").robot()).isTrue();
        assertThat(CLASSIFIER.classify("Go-http-client/1.1").robot()).isTrue();
        assertThat(CLASSIFIER.classify("Wget/1.21").robot()).isTrue();
    }
}
