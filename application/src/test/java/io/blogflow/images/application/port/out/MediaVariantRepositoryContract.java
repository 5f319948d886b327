package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.MediaVariant;
import io.blogflow.shared.application.port.out.RepositoryContract;
import org.junit.jupiter.api.Test;

/** What every {@link MediaVariantRepository} does; an implementation's test gives it and the media variants are of. */
public abstract class MediaVariantRepositoryContract extends RepositoryContract {

    protected abstract MediaVariantRepository variants();

    /** A stored media item. */
    protected abstract MediaId aMedia();

    @Test
    void aRecordedVariantIsFoundByItsMediaAndStorageKey() {
        MediaId media = aMedia();
        MediaVariant variant = new MediaVariant(media, "w640", MediaType.WEBP, "media/" + media + "/w640.webp", 640,
                480, 12_345);

        tx(() -> variants().record(variant));

        assertThat(tx(() -> variants().find(media, variant.storageKey()))).contains(variant);
        assertThat(tx(() -> variants().find(aMedia(), variant.storageKey()))).isEmpty();
    }

    @Test
    void recordingAVariantAgainChangesNothing() {
        MediaId media = aMedia();
        MediaVariant first = new MediaVariant(media, "w320", MediaType.JPEG, "media/" + media + "/w320.jpg", 320, 240,
                100);

        tx(() -> variants().record(first));
        tx(() -> variants().record(new MediaVariant(media, "w320", MediaType.JPEG, first.storageKey(), 320, 240,
                999)));

        assertThat(tx(() -> variants().variantsOf(media))).containsExactly(first);
    }

    @Test
    void aMediasVariantsComeNarrowestFirst() {
        MediaId media = aMedia();
        MediaVariant wide = new MediaVariant(media, "w1024", MediaType.JPEG, "media/" + media + "/w1024.jpg", 1024,
                768, 300);
        MediaVariant narrow = new MediaVariant(media, "w320", MediaType.JPEG, "media/" + media + "/w320.jpg", 320,
                240, 100);

        tx(() -> {
            variants().record(wide);
            variants().record(narrow);
        });

        assertThat(tx(() -> variants().variantsOf(media))).containsExactly(narrow, wide);
        assertThat(tx(() -> variants().variantsOf(aMedia()))).isEmpty();
    }
}
