package io.blogflow.workflow.domain;

import io.blogflow.blog.domain.PostId;

/** The editorial workspace a post owns: its planning fields, versioned for optimistic locking. */
public record PostWorkspace(PostId postId, EditorialDocument fields, long version) {

    public PostWorkspace {
        if (postId == null || fields == null || fields.scope() != EditorialField.Scope.POST) {
            throw new IllegalArgumentException("a workspace needs a post and planning fields");
        }
    }

    /** A post's workspace before anything was written into it. */
    public static PostWorkspace empty(PostId postId) {
        return new PostWorkspace(postId, EditorialDocument.empty(EditorialField.Scope.POST), 0);
    }
}
