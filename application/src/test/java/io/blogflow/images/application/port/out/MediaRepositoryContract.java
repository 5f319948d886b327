package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaRepository} does. The library may be shared with other tests, so each test creates its
 * media in a window of time far in the future that no other test uses.
 */
public abstract class MediaRepositoryContract extends RepositoryContract {

    protected abstract MediaRepository media();

    /** An account media may be created by. */
    protected abstract UserId aUser();

    private Instant window;

    @BeforeEach
    void aWindowOfItsOwn() {
        window = Instant.parse("2200-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextLong(1, 100_000_000), ChronoUnit.MINUTES);
    }

    @Test
    void addedMediaReadsBackEqualByIdAndByChecksum() {
        Media media = new Media(new MediaId(UUID.randomUUID()), "media/original/a.png", MediaType.PNG, 2048, 640, 480,
                "A teapot", "Tea time", URI.create("https://cdn.example.com/a.png"), checksum(), aUser(), window,
                "A teapot at dawn", Map.of("model", "gpt-image-1", "seed", 42), true, 0);

        assertThat(tx(() -> media().addUnlessDuplicate(media))).isEqualTo(media);
        assertThat(tx(() -> media().find(media.id()))).contains(media);
        assertThat(tx(() -> media().findByChecksum(media.checksum()))).contains(media);
        assertThat(tx(() -> media().find(new MediaId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void theSameImageAddedAgainAnswersTheFirstRecord() {
        Media first = tx(() -> media().addUnlessDuplicate(media(MediaType.JPEG, checksum(), window)));

        Media again = tx(() -> media().addUnlessDuplicate(media(MediaType.JPEG, first.checksum(), window)));

        assertThat(again).isEqualTo(first);
        assertThat(tx(() -> media().list(new MediaFilter(null, window, window.plusSeconds(1)),
                new PageRequest(1, 10))).total()).isEqualTo(1);
    }

    @Test
    void anUpdateStoresTheDescriptionWithTheNextVersionAndAStaleCopyIsRefused() {
        Media added = tx(() -> media().addUnlessDuplicate(media(MediaType.PNG, checksum(), window)));
        Media described = described(added, "New alt text");

        Media updated = tx(() -> media().update(described));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.altText()).isEqualTo("New alt text");
        assertThat(tx(() -> media().find(added.id()))).contains(updated);
        assertThatThrownBy(() -> tx(() -> media().update(described(added, "Lost"))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void removedMediaIsGone() {
        Media added = tx(() -> media().addUnlessDuplicate(media(MediaType.GIF, checksum(), window)));

        tx(() -> media().remove(added));

        assertThat(tx(() -> media().find(added.id()))).isEmpty();
        assertThat(tx(() -> media().findByChecksum(added.checksum()))).isEmpty();
    }

    @Test
    void theLibraryIsListedNewestFirstFilteredByTypeAndCreationTime() {
        Media oldPng = tx(() -> media().addUnlessDuplicate(media(MediaType.PNG, checksum(), window)));
        Media jpeg = tx(() -> media().addUnlessDuplicate(media(MediaType.JPEG, checksum(), window.plusSeconds(1))));
        Media newPng = tx(() -> media().addUnlessDuplicate(media(MediaType.PNG, checksum(), window.plusSeconds(2))));
        tx(() -> media().addUnlessDuplicate(media(MediaType.PNG, checksum(), window.plusSeconds(10))));
        Instant to = window.plusSeconds(10);

        var all = tx(() -> media().list(new MediaFilter(null, window, to), new PageRequest(1, 10)));
        var pngs = tx(() -> media().list(new MediaFilter(MediaType.PNG, window, to), new PageRequest(1, 10)));
        var page = tx(() -> media().list(new MediaFilter(null, window, to), new PageRequest(2, 2)));

        assertThat(all.items()).extracting(Media::id).containsExactly(newPng.id(), jpeg.id(), oldPng.id());
        assertThat(pngs.items()).extracting(Media::id).containsExactly(newPng.id(), oldPng.id());
        assertThat(page.items()).extracting(Media::id).containsExactly(oldPng.id());
        assertThat(page.total()).isEqualTo(3);
    }

    private Media media(MediaType type, String checksum, Instant createdAt) {
        return new Media(new MediaId(UUID.randomUUID()), "media/original/" + checksum + "." + type.extension(), type,
                100, 10, 10, null, null, null, checksum, null, createdAt, null, Map.of(), false, 0);
    }

    private static Media described(Media m, String altText) {
        return new Media(m.id(), m.storageKey(), m.type(), m.sizeBytes(), m.width(), m.height(), altText,
                "A caption", m.cdnUrl(), m.checksum(), m.createdBy(), m.createdAt(), m.generationPrompt(),
                m.generationMetadata(), m.watermarked(), m.version());
    }

    private static String checksum() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
