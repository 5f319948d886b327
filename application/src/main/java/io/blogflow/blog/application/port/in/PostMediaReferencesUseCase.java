package io.blogflow.blog.application.port.in;

import java.util.UUID;

/** Whether posts use a media library item, asked before the media library deletes it. */
public interface PostMediaReferencesUseCase {

    /** True while a post (trashed included) has the media as its featured or social-sharing image. */
    boolean referenced(UUID media);
}
