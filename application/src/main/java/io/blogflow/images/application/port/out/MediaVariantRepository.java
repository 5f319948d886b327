package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaVariant;
import java.util.List;
import java.util.Optional;

/** The record of variants already rendered and stored, so each is rendered once. Rows go with their media. */
public interface MediaVariantRepository {

    Optional<MediaVariant> find(MediaId media, String storageKey);

    /** Idempotent: recording a variant another request recorded first changes nothing. */
    void record(MediaVariant variant);

    List<MediaVariant> variantsOf(MediaId media);
}
