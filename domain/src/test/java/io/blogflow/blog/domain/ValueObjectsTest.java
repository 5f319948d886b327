package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void aTitleIsStrippedOfSurroundingWhitespace() {
        assertThat(new Title("  Hello  ").value()).isEqualTo("Hello");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankTitleIsRefused(String blank) {
        assertThatThrownBy(() -> new Title(blank))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("title.required");
    }

    @Test
    void aTitleOfTwoHundredCharactersIsAcceptedAndOneMoreIsRefused() {
        assertThat(new Title("x".repeat(Title.MAX_LENGTH)).value()).hasSize(Title.MAX_LENGTH);
        assertThatThrownBy(() -> new Title("x".repeat(Title.MAX_LENGTH + 1)))
                .extracting("code").isEqualTo("title.too-long");
    }

    @Test
    void titleLengthCountsCharactersNotUtf16Units() {
        String emoji = "😀".repeat(Title.MAX_LENGTH);

        assertThat(new Title(emoji).value()).isEqualTo(emoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper", "two--hyphens", "-leading", "trailing-", "spa ce", "ümlaut", "under_score"})
    void aSlugOutsideThePatternIsRefused(String bad) {
        assertThatThrownBy(() -> new Slug(bad)).extracting("code").isEqualTo("slug.pattern");
    }

    @Test
    void aSlugLongerThanTheMaximumIsRefused() {
        assertThatThrownBy(() -> new Slug("a".repeat(Slug.MAX_LENGTH + 1))).extracting("code").isEqualTo("slug.too-long");
    }

    @Test
    void missingContentIsEmptyAndOversizedContentIsRefused() {
        assertThat(new MarkdownContent(null)).isEqualTo(MarkdownContent.EMPTY);
        assertThatThrownBy(() -> new MarkdownContent("x".repeat(MarkdownContent.MAX_LENGTH + 1)))
                .extracting("code").isEqualTo("content-markdown.too-long");
    }

    @Test
    void aPostIdParsesOnlyUuids() {
        UUID uuid = UUID.randomUUID();

        assertThat(PostId.parse(uuid.toString())).contains(new PostId(uuid));
        assertThat(PostId.parse("not-a-uuid")).isEmpty();
        assertThat(PostId.parse(null)).isEmpty();
    }
}
