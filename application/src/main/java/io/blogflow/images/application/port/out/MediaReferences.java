package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;

/**
 * Whether anything still uses a media item, so it can't be hard-deleted from under it: the watermark settings, a
 * post section's images, a post's featured or social-sharing image.
 */
public interface MediaReferences {

    boolean inUse(MediaId media);
}
