package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;

/** Where media records live. {@code update} throws {@code StaleVersionException} for a concurrent change. */
public interface MediaRepository {

    /**
     * Adds the record unless one with the same checksum exists, and answers the record the library now has for that
     * checksum: the given one, or the existing one (compare ids). Concurrent adds of the same image are serialised,
     * so neither fails and the caller's transaction stays usable.
     */
    Media addUnlessDuplicate(Media media);

    Media update(Media media);

    void remove(Media media);

    Optional<Media> find(MediaId id);

    Optional<Media> findByChecksum(String checksum);

    /** Newest first. */
    Page<Media> list(MediaFilter filter, PageRequest page);
}
