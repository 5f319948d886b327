package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.shared.domain.Actor;
import java.util.List;

/** The history of a post: list and view revisions, compare two, restore one (which saves a new revision). */
public interface PostRevisionsUseCase {

    List<PostRevision> list(PostId post, Actor actor);

    PostRevision get(PostId post, int number, Actor actor);

    /** Unified diff of the Markdown of revision {@code from} to revision {@code to}. */
    String diff(PostId post, int from, int to, Actor actor);

    Post restore(PostId post, int number, long expectedVersion, Actor actor);
}
