package io.blogflow.blog.adapter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.Slugs;
import io.blogflow.blog.domain.Title;
import io.blogflow.blog.domain.Transliteration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs for every script, with ICU4J on the class path as in the application. */
class IcuTransliterationTest {

    @Test
    void theDomainFindsItThroughTheServiceLoader() {
        assertThat(Transliteration.provided()).isInstanceOf(IcuTransliteration.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "漢字|han-zi",
        "中文|zhong-wen",
        "Ελληνικά|ellenika",
        "Привет, мир|privet-mir",
        "Ñandú: 中文 and Ελληνικά in feeds|nandu-zhong-wen-and-ellenika-in-feeds",
        "مرحبا|mrhba",
        "שלום עולם|slwm-wlm",
        "こんにちは|kon-nichiha",
        "한국어|hangug-eo",
        "हिन्दी|hindi",
        "Crème Brûlée: a how-to!|creme-brulee-a-how-to",
        "Straße & Smørrebrød|strasse-and-smorrebrod",
        "🚀🚀|post",
    })
    void aTitleInAnyScriptGetsAMeaningfulSlug(String title, String slug) {
        assertThat(Slugs.fromTitle(new Title(title)).value()).isEqualTo(slug);
    }

    @Test
    void tagsGetTheirSlugsTheSameWay() {
        assertThat(io.blogflow.blog.domain.Tag.named(java.util.UUID.randomUUID(), "漢字").slug().value())
                .isEqualTo("han-zi");
    }
}
