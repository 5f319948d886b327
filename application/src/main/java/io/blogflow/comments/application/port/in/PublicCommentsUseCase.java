package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.ThreadNode;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Collection;
import java.util.Map;

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

    /** The approved counts of several posts in one read (a list page); posts without any are missing. */
    Map<PostId, Long> approvedCounts(Collection<PostId> posts);

    /** Whether readers see the comment: approved, on a published post outside the trash (what they may like). */
    boolean isPublic(CommentId comment);

    record Stamp(long revision, boolean open, long approved) {
    }
}
