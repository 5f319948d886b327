package io.blogflow.images.application.port.out;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The store of one kind of image-catalogue entry (styles, formats, settings, prompt examples). Writes flush at once:
 * a duplicate title is {@code ConflictException} ({@code <kind>.title-taken}), deleting a style or format a setting
 * uses is {@code ConflictException} ({@code <kind>.in-use}), a concurrent change {@code StaleVersionException}.
 */
public interface CatalogRepository<T> {

    /** By title (or name, or newest first for prompt examples). */
    Page<T> list(PageRequest page);

    Optional<T> find(UUID id);

    T add(T entry);

    T update(T entry);

    void remove(UUID id);
}
