package io.blogflow.images.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaRulesTest {

    private static final List<Integer> WIDTHS = List.of(320, 640);

    @Test
    void variantNamesAreOriginalOrAConfiguredWidth() {
        assertThat(VariantName.parse("original", WIDTHS).isOriginal()).isTrue();
        assertThat(VariantName.parse("w640", WIDTHS).width()).isEqualTo(640);
        for (String unknown : List.of("w641", "w0", "w0640", "640", "W640", "", "w99999999999")) {
            assertThatThrownBy(() -> VariantName.parse(unknown, WIDTHS)).isInstanceOf(MediaErrors.UnknownVariant.class);
        }
    }

    @Test
    void anEnabledWatermarkIsATextOrAnImageWithinRange() {
        var image = new MediaId(java.util.UUID.randomUUID());
        assertThat(new Watermark(true, "© me", null, null, 0.5, 0.2, 0).position())
                .isEqualTo(WatermarkPosition.BOTTOM_RIGHT);
        assertThatThrownBy(() -> new Watermark(true, null, null, null, 0.5, 0.2, 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Watermark(true, "x", image, null, 0.5, 0.2, 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Watermark(false, null, null, null, 0, 0.2, 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Watermark(false, null, null, null, 0.5, 1.5, 0))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Watermark.none().enabled()).isFalse();
    }

    @Test
    void aCdnUrlIsAbsoluteHttpsWithoutCredentials() {
        assertThat(Media.parseCdnUrl(" https://cdn.example.com/a.jpg ")).isEqualTo(URI.create(
                "https://cdn.example.com/a.jpg"));
        assertThat(Media.parseCdnUrl("")).isNull();
        for (String bad : List.of("http://cdn.example.com/a.jpg", "/a.jpg", "https://u:p@cdn.example.com/a",
                "javascript:alert(1)", "https://exa mple.com")) {
            assertThatThrownBy(() -> Media.parseCdnUrl(bad)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void textsAreStrippedBlankIsNoneAndLengthsAreCapped() {
        assertThat(Media.validAltText("  ")).isNull();
        assertThat(Media.validCaption(" c ")).isEqualTo("c");
        assertThat(Media.validAltText("a".repeat(300))).hasSize(300);
        assertThatThrownBy(() -> Media.validAltText("a".repeat(301))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Media.validCaption("a".repeat(1001))).isInstanceOf(InvalidValueException.class);
    }
}
