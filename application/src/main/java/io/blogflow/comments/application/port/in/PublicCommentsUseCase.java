package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.domain.ThreadNode;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Readers' view of a published post's comments. */
public interface PublicCommentsUseCase {

    /**
     * What the thread's validator is made of: cheap to read, changes with every change to the post's comments and
     * when comments close. @throws io.blogflow.blog.domain.PostNotFoundException when the post is not public
     */
    Stamp stamp(PostId post);

    /** One page of top-level comments (oldest or newest first), each with its whole subtree. */
    Page<ThreadNode> thread(PostId post, boolean newestFirst, PageRequest page);

    /** The number of approved comments of a post (0 for a post without any). */
    long approvedCount(PostId post);

    record Stamp(long revision, boolean open, long approved) {
    }
}
