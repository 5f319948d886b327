package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import java.util.List;
import java.util.Optional;

public interface PostRevisionRepository {

    void add(PostRevision revision);

    /** Newest first. */
    List<PostRevision> findByPost(PostId post);

    Optional<PostRevision> find(PostId post, int number);

    /** 0 when the post has no revision yet. */
    int latestNumber(PostId post);
}
