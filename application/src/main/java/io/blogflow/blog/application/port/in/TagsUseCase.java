package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Tag;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.UUID;

/** Tagging posts (tags are created on first use) and managing tags (editors: merge, delete). */
public interface TagsUseCase {

    /** Makes the named tags exactly the post's tags, creating unknown ones; returns them. */
    List<Tag> tagPost(PostId post, List<String> names, Actor actor);

    List<Tag> tagsOf(PostId post, Actor actor);

    Page<Tag> list(PageRequest pageRequest);

    /** Moves every post of {@code source} to {@code target} and removes {@code source}; returns the target. */
    Tag merge(UUID source, UUID target, Actor actor);

    void delete(UUID tag, Actor actor);
}
