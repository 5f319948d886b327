package io.blogflow.engagement.application.port.out;

import io.blogflow.blog.domain.PostId;

/** Which posts readers may react to: the published ones (answered by the blog context). */
public interface EngageablePosts {

    boolean isPublished(PostId post);
}
