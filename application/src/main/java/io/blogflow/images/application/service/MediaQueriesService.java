package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class MediaQueriesService implements MediaQueriesUseCase {

    private final MediaRepository media;

    public MediaQueriesService(MediaRepository media) {
        this.media = media;
    }

    @Override
    public Media get(MediaId id) {
        return media.find(id).orElseThrow(() -> new MediaErrors.NotFound(id.toString()));
    }

    @Override
    public Page<Media> list(MediaFilter filter, PageRequest page) {
        return media.list(filter, page);
    }
}
