package io.blogflow.comments.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where comments live, with the per-post count and revision the database keeps exact. */
public interface CommentRepository {

    void add(Comment comment);

    Optional<Comment> findById(CommentId id);

    /** Several at once (bulk moderation); unknown ids are simply missing from the answer. */
    List<Comment> findAll(Collection<CommentId> ids);

    /** Stores the changed comment; a concurrent change since it was loaded is a stale version. */
    Comment update(Comment comment);

    /**
     * Top-level comments of the post that are public or have a public reply (tombstones), oldest or newest first.
     */
    Page<CommentId> publicRoots(PostId post, boolean newestFirst, PageRequest page);

    /** Every comment in the threads under these top-level comments, the roots included, any state. */
    List<Comment> inThreads(Collection<CommentId> roots);

    /** The approved count and the revision (bumped by any change to the post's comments). */
    Counts counts(PostId post);

    /** The approved counts of several posts at once; posts that never had a comment are missing. */
    Map<PostId, Long> approvedCounts(Collection<PostId> posts);

    /** A moderation queue, newest first: the state, optionally one post, optionally only among some posts. */
    Page<Comment> queue(CommentState state, Optional<PostId> post, Optional<Set<PostId>> amongPosts,
                        PageRequest page);

    /** Whether an approved comment was written with this email (the "previously approved author" rule). */
    boolean hasApproved(EmailFingerprint author);

    /** Whether a comment with the same body (by digest) was submitted at or after {@code since}, on any post. */
    boolean hasSameBodySince(String bodyDigest, Instant since);

    /** Comments written by the account or with its email address (GDPR), oldest first. */
    List<Comment> byAuthor(UserId user, Optional<EmailFingerprint> email);

    record Counts(long approved, long revision) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
