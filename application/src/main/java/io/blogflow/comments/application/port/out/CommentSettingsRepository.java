package io.blogflow.comments.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.time.Instant;

/** Per-post comment settings: whether comments were closed by hand. */
public interface CommentSettingsRepository {

    boolean isClosed(PostId post);

    void setClosed(PostId post, boolean closed, Instant at);
}
