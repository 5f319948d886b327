package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProviderUrlTest {

    @Test
    void aUrlWithAPortInRangeIsAccepted() {
        assertThat(new ProviderUrl("http://localhost:11434").host()).isEqualTo("localhost");
        assertThat(new ProviderUrl("https://llm.example.com:65535/v1").host()).isEqualTo("llm.example.com");
    }

    @Test
    void aPortOutsideOneTo65535IsRefused() {
        for (String url : new String[] {"http://localhost:99999", "http://localhost:65536", "http://localhost:0"}) {
            assertThatThrownBy(() -> new ProviderUrl(url)).as(url)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("between 1 and 65535")
                    .extracting("code").isEqualTo("base-url.invalid");
        }
    }
}
