package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedBodyTest {

    @Test
    void wordsAreCountedAndReadingTimeRoundsUp() {
        assertThat(RenderedBody.of("", "  ", List.of()).wordCount()).isZero();
        assertThat(RenderedBody.of("", "  ", List.of()).readingTimeMinutes()).isZero();
        assertThat(RenderedBody.of("", "one two\nthree", List.of()).wordCount()).isEqualTo(3);
        assertThat(RenderedBody.of("", "word ".repeat(238), List.of()).readingTimeMinutes()).isEqualTo(1);
        assertThat(RenderedBody.of("", "word ".repeat(239), List.of()).readingTimeMinutes()).isEqualTo(2);
    }

    @Test
    void aDerivedExcerptIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "lorem ipsum ".repeat(40);

        Excerpt excerpt = Excerpt.derivedFrom(text);

        assertThat(excerpt.value()).hasSizeLessThanOrEqualTo(Excerpt.MAX_LENGTH).endsWith("…");
        assertThat(excerpt.value()).doesNotContain("  ");
        assertThat(Excerpt.derivedFrom("Short\n\ntext.").value()).isEqualTo("Short text.");
    }

    @Test
    void aGivenExcerptLongerThanTheMaximumIsRefused() {
        assertThatThrownBy(() -> new Excerpt("x".repeat(301))).extracting("code").isEqualTo("excerpt.too-long");
    }
}
