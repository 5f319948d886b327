package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;

/** Whether posts use a media item: as featured image, social-sharing image, or an image of one of their sections. */
public interface PostMediaUses {

    boolean referenced(MediaId media);
}
