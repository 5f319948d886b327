package io.blogflow.analytics.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicEventRouteTest {

    @Test
    void takesJsonAndTextPlainInUtf8AndLeavesEveryOtherBodyToTheResource() {
        assertThat(PublicEventRoute.readsAsUtf8Json("application/json")).isTrue();
        assertThat(PublicEventRoute.readsAsUtf8Json("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(PublicEventRoute.readsAsUtf8Json("text/plain;charset=\"utf-8\"")).isTrue();
        assertThat(PublicEventRoute.readsAsUtf8Json("text/plain; charset=ISO-8859-1")).isFalse();
        assertThat(PublicEventRoute.readsAsUtf8Json("application/x-www-form-urlencoded")).isFalse();
        assertThat(PublicEventRoute.readsAsUtf8Json(null)).isFalse();
    }
}
