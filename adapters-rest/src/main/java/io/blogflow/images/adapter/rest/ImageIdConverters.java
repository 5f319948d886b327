package io.blogflow.images.adapter.rest;

import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.adapter.rest.TypedIdConverters;
import jakarta.ws.rs.ext.Provider;

/** Media ids in paths; a malformed one is {@code media-not-found}. */
@Provider
public class ImageIdConverters extends TypedIdConverters {

    public ImageIdConverters() {
        super(new TypedId<>(MediaId.class, MediaId::new, MediaId::value, MediaErrors.NotFound::new));
    }
}
