package io.blogflow.blog.application.port.out;

import java.util.UUID;

/** The posts' references to media library items (featured and social-sharing images). */
public interface PostMediaReferences {

    /** True while a post (trashed included) has the media as its featured or social-sharing image. */
    boolean referenced(UUID media);
}
