package io.blogflow.comments.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.in.ModerateCommentsUseCase;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.application.port.out.CommentedPosts;
import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentNotFoundException;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.CommentText;
import io.blogflow.comments.domain.ModerationAction;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The moderation queue and its actions; each change is audited in its transaction. */
public final class ModerateCommentsService implements ModerateCommentsUseCase {

    private final CommentRepository comments;
    private final CommentedPosts posts;
    private final CommentAccess access;
    private final CommentServices services;

    public ModerateCommentsService(CommentRepository comments, CommentServices services) {
        this.comments = comments;
        this.posts = services.posts();
        this.access = new CommentAccess(services.posts());
        this.services = services;
    }

    @Override
    public Page<Moderated> queue(Actor actor, CommentState state, Optional<PostId> post, PageRequest page) {
        return services.transactions().inTransaction(() -> readQueue(actor, state, post, page));
    }

    private Page<Moderated> readQueue(Actor actor, CommentState state, Optional<PostId> post, PageRequest page) {
        if (post.isPresent() && access.reachable(actor, post.get()).isEmpty()) {
            return Page.empty(page);
        }
        Optional<Set<PostId>> among = actor.managesAllContent() ? Optional.empty()
                : Optional.of(posts.authoredBy(actor.id()));
        if (among.filter(Set::isEmpty).isPresent()) {
            return Page.empty(page);
        }
        Page<Comment> found = comments.queue(state, post, among, page);
        List<Moderated> items = found.items().stream().map(c -> moderated(c, posts.find(c.postId())
                .map(CommentedPost::title).orElse(""))).toList();
        return new Page<>(items, found.page(), found.size(), found.total());
    }

    @Override
    public Moderated act(Actor actor, CommentId id, ModerationAction action, Optional<Long> expectedVersion) {
        return services.transactions().inTransaction(() -> {
            Comment comment = comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id.toString()));
            CommentedPost post = reachable(actor, comment);
            expectedVersion.filter(version -> version != comment.version()).ifPresent(version -> {
                throw new StaleVersionException("comment", comment.version());
            });
            return moderated(apply(actor, comment, post, action), post.title());
        });
    }

    @Override
    public Bulk bulk(Actor actor, List<CommentId> ids, ModerationAction action) {
        if (ids.isEmpty() || ids.size() > MAX_BULK) {
            throw new InvalidValueException("ids.size", "ids lists 1 to " + MAX_BULK + " comments.");
        }
        Set<CommentId> wanted = new LinkedHashSet<>(ids);
        return services.transactions().inTransaction(() -> {
            List<CommentId> changed = new ArrayList<>();
            List<CommentId> unchanged = new ArrayList<>();
            List<CommentId> notFound = new ArrayList<>(wanted);
            for (Comment comment : comments.findAll(wanted)) {
                Optional<CommentedPost> post = access.reachable(actor, comment.postId());
                if (post.isEmpty()) {
                    continue;
                }
                notFound.remove(comment.id());
                CommentState before = comment.state();
                try {
                    apply(actor, comment, post.get(), action);
                } catch (Comment.NotRestorableException e) {
                    unchanged.add(comment.id());
                    continue;
                }
                (comment.state() == before ? unchanged : changed).add(comment.id());
            }
            return new Bulk(changed, unchanged, notFound);
        });
    }

    @Override
    public Moderated edit(Actor actor, CommentId id, String body, long expectedVersion) {
        CommentText text;
        try {
            text = new CommentText(body);
        } catch (InvalidValueException e) {
            throw SubmitCommentService.fieldError(e);
        }
        String html = services.renderer().render(text);
        return services.transactions().inTransaction(() -> {
            Comment comment = comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id.toString()));
            CommentedPost post = reachable(actor, comment);
            String before = comment.body().value();
            try {
                comment.edit(text, html, services.policy(), expectedVersion, services.clock().instant());
            } catch (InvalidValueException e) {
                throw SubmitCommentService.fieldError(e);
            }
            Comment stored = comments.update(comment);
            services.audit().record(actor.id(), "comment.edit", "comment", id, Map.of("body", before),
                    Map.of("body", stored.body().value()));
            return moderated(stored, post.title());
        });
    }

    private Comment apply(Actor actor, Comment comment, CommentedPost post, ModerationAction action) {
        CommentState before = comment.state();
        Instant now = services.clock().instant();
        if (!comment.moderate(action, now)) {
            return comment;
        }
        boolean replyNotice = comment.takeReplyNotice();
        Comment stored = comments.update(comment);
        services.audit().record(actor.id(), "comment." + action.code(), "comment", comment.id(),
                Map.of("state", before.code()), Map.of("state", stored.state().code()));
        if (replyNotice) {
            comment.parentId().flatMap(comments::findById)
                    .ifPresent(parent -> services.notices().replied(stored, parent, post));
        }
        return stored;
    }

    private CommentedPost reachable(Actor actor, Comment comment) {
        return access.reachable(actor, comment.postId())
                .orElseThrow(() -> new CommentNotFoundException(comment.id().toString()));
    }

    private Moderated moderated(Comment comment, String postTitle) {
        Optional<String> email = comment.author().email()
                .map(sealed -> services.vault().open(sealed, comment.id()).value());
        return new Moderated(comment, email, postTitle);
    }
}
