package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My Title|my-title",
        "  Crème Brûlée: a how-to!  |creme-brulee-a-how-to",
        "Straße & Smørrebrød|strasse-and-smorrebrod",
        "Œuvre complète, Łódź|oeuvre-complete-lodz",
        "C++ in 2026 -- really?|c-in-2026-really",
        "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ|fullwidth-text",
        "日本語のタイトル|post",
        "🚀🚀|post",
    })
    void aSlugDerivedFromATitleIsFoldedLowerCasedAndHyphenated(String title, String slug) {
        assertThat(Slugs.fromTitle(new Title(title)).value()).isEqualTo(slug);
    }

    @Test
    void otherScriptsAreWrittenInLatinByTheTransliterationFirst() {
        Transliteration fake = text -> text.replace("漢字", "han zi").replace("Ελληνικά", "Ellēniká");

        assertThat(Slugs.fromTitle(new Title("漢字"), fake).value()).isEqualTo("han-zi");
        assertThat(Slugs.fromTitle(new Title("Ñandú: 漢字 and Ελληνικά"), fake).value())
                .isEqualTo("nandu-han-zi-and-ellenika");
        assertThat(Slugs.fromTitle(new Title("🚀"), fake).value()).isEqualTo("post");
    }

    @Test
    void withoutAProvidedTransliterationOnlyLatinLettersAndDigitsCount() {
        assertThat(Transliteration.provided()).isSameAs(Transliteration.NONE);
        assertThat(Slugs.fromTitle(new Title("Ñandú: 中文 and Ελληνικά in feeds")).value())
                .isEqualTo("nandu-and-in-feeds");
    }

    @Test
    void aVeryLongTitleIsCutAtAWordBoundaryWithinTheMaximumLength() {
        String title = "word ".repeat(40).strip();

        Slug slug = Slugs.fromTitle(new Title(title));

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void theWantedSlugIsKeptWhenNobodyHasIt() {
        assertThat(Slugs.firstFree(new Slug("my-title"), Set.of("other"))).isEqualTo(new Slug("my-title"));
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumericSuffixStartingAtTwo() {
        Set<String> taken = Set.of("my-title", "my-title-2", "my-title-4");

        assertThat(Slugs.firstFree(new Slug("my-title"), taken)).isEqualTo(new Slug("my-title-3"));
    }

    @Test
    void aSuffixOnAMaximumLengthSlugStillFits() {
        Slug longest = new Slug("a".repeat(Slug.MAX_LENGTH));

        Slug suffixed = longest.withSuffix(12);

        assertThat(suffixed.value()).hasSize(Slug.MAX_LENGTH).endsWith("-12");
    }
}
