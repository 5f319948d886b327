package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventInputTest {

    @Test
    void anEventNameHasOneTo120PrintableCharacters() {
        assertThat(new EventName("x".repeat(120)).value()).hasSize(120);
        assertThatThrownBy(() -> new EventName("x".repeat(121))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("120");
        assertThatThrownBy(() -> new EventName(" ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EventName("a\nb")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aUrlIsAnAbsoluteHttpAddressOfAtMost2000Characters() {
        assertThat(PageUrl.parse("https://blog.example/" + "a".repeat(1979)).value()).hasSize(2000);
        assertThatThrownBy(() -> PageUrl.parse("https://blog.example/" + "a".repeat(1980)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PageUrl.parse("/relative")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PageUrl.parse("javascript:alert(1)")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PageUrl.parse("https://bad host/")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void thePostSlugIsTheUrlsLastPathSegment() {
        PageUrl url = PageUrl.parse("https://WWW.Blog.Example/blog/Tides-Of-Change/?utm_source=x#top");
        assertThat(url.host()).isEqualTo("blog.example");
        assertThat(url.slug()).contains("tides-of-change");
        assertThat(PageUrl.parse("https://blog.example/").slug()).isEmpty();
        assertThat(PageUrl.parse("https://blog.example").path()).isEqualTo("/");
    }

    @Test
    void anEventHasAtMost30StringProps() {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            props.put("k" + i, "v");
        }
        assertThat(new EventProps(props).values()).hasSize(30);
        props.put("k30", "v");
        assertThatThrownBy(() -> new EventProps(props)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EventProps(Map.of("k", "v".repeat(501))))
                .isInstanceOf(InvalidValueException.class);
    }
}
