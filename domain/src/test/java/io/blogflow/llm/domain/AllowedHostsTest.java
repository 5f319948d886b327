package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts hosts = AllowedHosts.parse(" api.openai.com , *.Example.com,127.0.0.1,[::1]");

    @Test
    void anExactPatternMatchesOnlyThatHostIgnoringCase() {
        assertThat(hosts.allows("api.openai.com")).isTrue();
        assertThat(hosts.allows("API.OpenAI.com")).isTrue();
        assertThat(hosts.allows("api.openai.com.")).isTrue();
        assertThat(hosts.allows("evil-api.openai.com")).isFalse();
        assertThat(hosts.allows("api.openai.com.evil.net")).isFalse();
        assertThat(hosts.allows("openai.com")).isFalse();
    }

    @Test
    void aWildcardMatchesNamesBelowTheDomainButNotTheDomainItself() {
        assertThat(hosts.allows("llm.example.com")).isTrue();
        assertThat(hosts.allows("a.b.example.com")).isTrue();
        assertThat(hosts.allows("example.com")).isFalse();
        assertThat(hosts.allows("badexample.com")).isFalse();
        assertThat(hosts.allows("example.com.evil.net")).isFalse();
    }

    @Test
    void addressLiteralsMatchThemselves() {
        assertThat(hosts.allows("127.0.0.1")).isTrue();
        assertThat(hosts.allows("::1")).isTrue();
        assertThat(hosts.allows("[::1]")).isTrue();
        assertThat(hosts.allows("127.0.0.2")).isFalse();
    }

    @Test
    void anEmptyListAllowsNothing() {
        assertThat(AllowedHosts.parse("").allows("api.openai.com")).isFalse();
        assertThat(hosts.allows("")).isFalse();
        assertThat(hosts.allows(null)).isFalse();
    }

    @Test
    void patternsThatWouldAllowEverythingOrAreMalformedAreRefused() {
        assertThatThrownBy(() -> AllowedHosts.parse("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowedHosts.parse("api.*.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowedHosts.parse("*.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowedHosts.parse("*.*.example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
