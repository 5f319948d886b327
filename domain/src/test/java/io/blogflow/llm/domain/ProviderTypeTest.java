package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderTypeTest {

    @Test
    void aTypeIsALowerCaseCodeAsClientsMaySendItInAnyCase() {
        assertThat(ProviderType.parse(" Anthropic ").code()).isEqualTo("anthropic");
        assertThat(new ProviderType("open-ai2").code()).isEqualTo("open-ai2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2openai", "open ai", "open_ai", "-openai", "abcdefghijklmnopqrstu"})
    void anythingElseIsNotAType(String code) {
        assertThatThrownBy(() -> ProviderType.parse(code)).isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("type.invalid");
    }

    @Test
    void streamingComesOnlyWithChat() {
        assertThat(Capabilities.of(Capability.IMAGES).with(Capabilities.of(Capability.CHAT, Capability.STREAMING))
                .codes()).containsExactly("chat", "streaming", "images");
        assertThatThrownBy(() -> Capabilities.of(Capability.STREAMING)).isInstanceOf(IllegalArgumentException.class);
    }
}
