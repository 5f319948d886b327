package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;

/**
 * Whether anything still uses a media item, so it can't be hard-deleted from under it. Today only the watermark
 * settings can reference media; posts (featured image, inline images) add their references here when they get them.
 */
public interface MediaReferences {

    boolean inUse(MediaId media);
}
