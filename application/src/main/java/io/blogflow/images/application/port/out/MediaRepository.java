package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;

/**
 * Where media records live. {@code add} throws {@code MediaErrors.Conflict} with code {@code media.duplicate} when
 * another record has the same checksum (a concurrent upload of the same image won); {@code update} throws
 * {@code StaleVersionException} for a concurrent change.
 */
public interface MediaRepository {

    Media add(Media media);

    Media update(Media media);

    void remove(Media media);

    Optional<Media> find(MediaId id);

    Optional<Media> findByChecksum(String checksum);

    /** Newest first. */
    Page<Media> list(MediaFilter filter, PageRequest page);
}
