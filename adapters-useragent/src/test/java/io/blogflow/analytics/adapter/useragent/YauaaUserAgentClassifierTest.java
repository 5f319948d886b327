package io.blogflow.analytics.adapter.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import org.junit.jupiter.api.Test;

class YauaaUserAgentClassifierTest extends UserAgentClassifierContract {

    private static final YauaaUserAgentClassifier CLASSIFIER = new YauaaUserAgentClassifier(100);

    @Override
    UserAgentClassifier classifier() {
        return CLASSIFIER;
    }

    @Test
    void yauaaNamesWindowsByItsKernel() {
        assertThat(CLASSIFIER.classify(CHROME_ON_WINDOWS).os()).isEqualTo("Windows NT");
    }
}
