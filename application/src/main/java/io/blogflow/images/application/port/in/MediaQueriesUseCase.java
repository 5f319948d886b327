package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Reading the library, which is shared by everyone who writes posts. */
public interface MediaQueriesUseCase {

    /** @throws io.blogflow.images.domain.MediaErrors.NotFound when there is no such media */
    Media get(MediaId id);

    /** Newest first. */
    Page<Media> list(MediaFilter filter, PageRequest page);
}
