package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** The trash: deleted posts can be listed and restored, and admins delete them for good. */
public interface PostTrashUseCase {

    /** The actor's trashed posts (all of them for content managers), most recently trashed first. */
    Page<Post> list(PageRequest pageRequest, Actor actor);

    Post restore(PostId id, long expectedVersion, Actor actor);

    /** Permanent deletion of a trashed post, with its revisions and redirects (admins only, checked at the edge). */
    void deletePermanently(PostId id, Actor actor);
}
