package io.blogflow.shared.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggablePathTest {

    @Test
    void controlCharactersFromAPathAreEscapedSoTheyCannotBreakOrForgeALogLine() {
        assertThat(ProblemMappers.loggable("/api/v1/posts/\u0000x\r\nFAKE ERROR"))
                .isEqualTo("/api/v1/posts/\\u0000x\\u000d\\u000aFAKE ERROR");
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertThat(ProblemMappers.loggable("/api/v1/public/posts/naïve-日本")).isEqualTo("/api/v1/public/posts/naïve-日本");
    }
}
