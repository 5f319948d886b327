package io.blogflow.shared.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondAsyncTest {

    @Test
    void respondAsyncIsFoundAmongOtherPreferencesWhateverItsCaseOrParameters() {
        assertThat(RespondAsync.requested("respond-async")).isTrue();
        assertThat(RespondAsync.requested("wait=10, Respond-Async")).isTrue();
        assertThat(RespondAsync.requested("return=minimal, respond-async; foo=bar")).isTrue();
    }

    @Test
    void noPreferOrOtherPreferencesMeanSynchronous() {
        assertThat(RespondAsync.requested(null)).isFalse();
        assertThat(RespondAsync.requested("")).isFalse();
        assertThat(RespondAsync.requested("return=representation, wait=5")).isFalse();
        assertThat(RespondAsync.requested("respond-asynchronously")).isFalse();
    }
}
