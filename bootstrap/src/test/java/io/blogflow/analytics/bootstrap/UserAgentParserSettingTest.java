package io.blogflow.analytics.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.adapter.useragent.UapUserAgentClassifier;
import io.blogflow.analytics.adapter.useragent.YauaaUserAgentClassifier;
import io.blogflow.analytics.bootstrap.AnalyticsConfig.UserAgentParser;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** BLOGFLOW_ANALYTICS_USER_AGENT_PARSER picks the adapter the one producer builds (no rules are loaded here). */
class UserAgentParserSettingTest {

    @Test
    void uapAndYauaaPickTheirAdapters() {
        assertThat(new AnalyticsProducers().userAgents(config(UserAgentParser.UAP)))
                .isInstanceOf(UapUserAgentClassifier.class);
        assertThat(new AnalyticsProducers().userAgents(config(UserAgentParser.YAUAA)))
                .isInstanceOf(YauaaUserAgentClassifier.class);
    }

    /** Only the two settings the producer reads. */
    private static AnalyticsConfig config(UserAgentParser parser) {
        return (AnalyticsConfig) Proxy.newProxyInstance(AnalyticsConfig.class.getClassLoader(),
                new Class<?>[] {AnalyticsConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "userAgentParser" -> parser;
                    case "userAgentCacheSize" -> 100;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
