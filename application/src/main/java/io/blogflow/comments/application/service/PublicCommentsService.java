package io.blogflow.comments.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommentRepository.Counts;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentPolicy;
import io.blogflow.comments.domain.CommentThread;
import io.blogflow.comments.domain.ThreadNode;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/** The public thread: a page of top-level comments with their subtrees, built from two queries. */
public final class PublicCommentsService implements PublicCommentsUseCase {

    private final CommentRepository comments;
    private final CommentAccess access;
    private final CommentSettingsRepository settings;
    private final CommentPolicy policy;
    private final Clock clock;
    private final io.blogflow.shared.application.port.out.Transactions transactions;

    public PublicCommentsService(CommentRepository comments, CommentServices services) {
        this.comments = comments;
        this.access = new CommentAccess(services.posts());
        this.settings = services.settings();
        this.policy = services.policy();
        this.clock = services.clock();
        this.transactions = services.transactions();
    }

    @Override
    public Stamp stamp(PostId post) {
        return transactions.inTransaction(() -> readStamp(post));
    }

    private Stamp readStamp(PostId post) {
        CommentedPost found = access.requirePublic(post);
        Counts counts = comments.counts(post);
        boolean open = policy.isOpen(found.publishedAt().orElse(null), settings.isClosed(post), clock.instant());
        return new Stamp(counts.revision(), open, counts.approved());
    }

    @Override
    public Page<ThreadNode> thread(PostId post, boolean newestFirst, PageRequest page) {
        return transactions.inTransaction(() -> readThread(post, newestFirst, page));
    }

    private Page<ThreadNode> readThread(PostId post, boolean newestFirst, PageRequest page) {
        access.requirePublic(post);
        Page<CommentId> roots = comments.publicRoots(post, newestFirst, page);
        if (roots.items().isEmpty()) {
            return new Page<>(java.util.List.of(), roots.page(), roots.size(), roots.total());
        }
        return new Page<>(CommentThread.build(roots.items(), comments.inThreads(roots.items())), roots.page(),
                roots.size(), roots.total());
    }

    @Override
    public long approvedCount(PostId post) {
        return transactions.inTransaction(() -> comments.counts(post).approved());
    }

    @Override
    public Map<PostId, Long> approvedCounts(Collection<PostId> posts) {
        return posts.isEmpty() ? Map.of() : transactions.inTransaction(() -> comments.approvedCounts(posts));
    }

    @Override
    public boolean isPublic(CommentId comment) {
        return transactions.inTransaction(() -> comments.findById(comment)
                .filter(Comment::isPublic)
                .filter(found -> access.isPublic(found.postId())).isPresent());
    }
}
