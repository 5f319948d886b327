package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SectionMediaRepository} does. An implementation's test gives it, sections and stored media. */
public abstract class SectionMediaRepositoryContract extends RepositoryContract {

    protected abstract SectionMediaRepository sectionMedia();

    protected abstract UUID aSection();

    protected abstract MediaId aMedia();

    @Test
    void aSectionsImagesReadBackInTheOrderGivenAndAreReplacedAsAWhole() {
        UUID section = aSection();
        MediaId a = aMedia();
        MediaId b = aMedia();
        MediaId c = aMedia();

        tx(() -> sectionMedia().replace(section, List.of(b, a)));
        assertThat(tx(() -> sectionMedia().mediaOf(section))).containsExactly(b, a);

        tx(() -> sectionMedia().replace(section, List.of(c, b)));
        assertThat(tx(() -> sectionMedia().mediaOf(section))).containsExactly(c, b);

        tx(() -> sectionMedia().replace(section, List.of()));
        assertThat(tx(() -> sectionMedia().mediaOf(section))).isEmpty();
    }

    @Test
    void anAppendedImageComesLastOnceAndNotPastTheLimit() {
        UUID section = aSection();
        MediaId a = aMedia();
        MediaId b = aMedia();
        MediaId c = aMedia();

        assertThat(tx(() -> sectionMedia().append(section, a, 2))).isTrue();
        assertThat(tx(() -> sectionMedia().append(section, a, 2))).as("already shown").isFalse();
        assertThat(tx(() -> sectionMedia().append(section, b, 2))).isTrue();
        assertThat(tx(() -> sectionMedia().append(section, c, 2))).as("full").isFalse();

        assertThat(tx(() -> sectionMedia().mediaOf(section))).containsExactly(a, b);
    }

    @Test
    void mediaIsShownWhileASectionShowsIt() {
        UUID section = aSection();
        MediaId media = aMedia();
        assertThat(tx(() -> sectionMedia().shows(media))).isFalse();

        tx(() -> sectionMedia().replace(section, List.of(media)));
        assertThat(tx(() -> sectionMedia().shows(media))).isTrue();

        tx(() -> sectionMedia().replace(section, List.of()));
        assertThat(tx(() -> sectionMedia().shows(media))).isFalse();
    }
}
