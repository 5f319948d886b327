package io.blogflow.workflow.domain;

import io.blogflow.blog.domain.PostId;
import java.util.UUID;

/** One section of a post's workspace, at a position (1..n among the post's sections) with its section fields. */
public record PostSection(UUID id, PostId postId, int position, EditorialDocument fields, long version) {

    public PostSection {
        if (id == null || postId == null || fields == null || fields.scope() != EditorialField.Scope.SECTION) {
            throw new IllegalArgumentException("a section needs an id, a post and section fields");
        }
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1");
        }
    }
}
