package io.blogflow.comments.adapter.rest;

import io.blogflow.comments.application.port.in.ModerateCommentsUseCase.Moderated;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.ThreadNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of comments: public (no email, ever) and for moderators. */
final class CommentRepresentations {

    private CommentRepresentations() {
    }

    @Schema(name = "PublicComment", description = "An approved comment with its replies, or a tombstone "
            + "(deleted = true: no author, no body) for a removed comment whose replies are still shown.")
    record PublicComment(UUID id, @Schema(nullable = true) UUID parentId, @Schema(required = true) boolean deleted,
                         @Schema(nullable = true) String authorName,
                         @Schema(nullable = true, description = "The author's website; render it with "
                                 + "rel=\"nofollow ugc noopener\".") String authorUrl,
                         @Schema(nullable = true, description = "Sanitised HTML of the comment's Markdown (links carry rel=\"nofollow "
                                 + "ugc noopener\"); safe to insert as is.") String bodyHtml,
                         Instant createdAt, List<PublicComment> replies) {

        static PublicComment of(ThreadNode node) {
            List<PublicComment> replies = node.replies().stream().map(PublicComment::of).toList();
            UUID parent = node.parentId().map(CommentId::value).orElse(null);
            return node.comment().map(c -> new PublicComment(c.id().value(), parent, false,
                            c.author().name().value(), c.author().website().map(AuthorWebsite::value).orElse(null),
                            c.bodyHtml(), c.createdAt(), replies))
                    .orElseGet(() -> new PublicComment(node.id().value(), parent, true, null, null, null,
                            node.createdAt(), replies));
        }
    }

    @Schema(name = "PublicCommentPage", description = "A page of top-level comments, each with its whole thread.")
    record PublicCommentPage(List<PublicComment> items,
                             @Schema(required = true) int page,
                             @Schema(required = true) int size,
                             @Schema(required = true,
                                     description = "Top-level comments (and tombstones) over all pages.") long total,
                             @Schema(required = true,
                                     description = "Approved comments of the post in all.") long approvedCount,
                             @Schema(required = true,
                                     description = "Whether the post takes new comments.") boolean open) {
    }

    @Schema(name = "SubmittedComment")
    record SubmittedComment(@Schema(required = true) UUID id, UUID postId, @Schema(nullable = true) UUID parentId,
                            @Schema(enumeration = {"approved", "pending"}) String state,
                            String message,
                            String authorName,
                            String bodyHtml,
                            @Schema(required = true) Instant createdAt) {

        /** Spam is answered as pending: a sender learns nothing about the spam rules. */
        static SubmittedComment of(Comment c) {
            boolean approved = c.isPublic();
            return new SubmittedComment(c.id().value(), c.postId().value(), c.parentId().map(CommentId::value)
                    .orElse(null), approved ? "approved" : "pending",
                    approved ? "Your comment is published." : "Your comment awaits moderation.",
                    c.author().name().value(), c.bodyHtml(), c.createdAt());
        }
    }

    /** The JSON of a moderation queue page, as documented (the answer is a {@code PageResponse<ModeratedComment>}). */
    @Schema(name = "ModeratedCommentPage", description = "A page of the moderation queue; Link has the other pages.")
    record ModeratedCommentPage(List<ModeratedComment> items,
                                @Schema(required = true) int page,
                                @Schema(required = true) int size,
                                @Schema(required = true) long total) {
    }

    @Schema(name = "ModeratedComment", description = "A comment as moderators see it, with the author's email.")
    record ModeratedComment(@Schema(required = true) UUID id, UUID postId, String postTitle,
                            @Schema(nullable = true, description = "The comment this replies to.") UUID parentId,
                            @Schema(required = true) int depth,
                            @Schema(enumeration = {"pending", "approved", "spam", "trash"}) String state,
                            @Schema(description = "Why the spam rules took it for spam (codes such as honeypot, "
                                    + "too-many-links).") List<String> spamReasons,
                            @Schema(description = "Why screening held it for a moderator: the LLM moderation "
                                    + "check's reasons in the model's words, or llm-moderation-unavailable (the "
                                    + "check could not be asked) or llm-moderation-unreadable (its answer was neither "
                                    + "OK nor HOLD).") List<String> moderationReasons,
                            String authorName, @Schema(nullable = true) String authorEmail,
                            @Schema(nullable = true) String authorUrl,
                            @Schema(nullable = true) UUID userId,
                            String body,
                            String bodyHtml,
                            @Schema(required = true) Instant createdAt,
                            Instant updatedAt,
                            @Schema(required = true) long version) {

        static ModeratedComment of(Moderated m) {
            Comment c = m.comment();
            return new ModeratedComment(c.id().value(), c.postId().value(), m.postTitle(),
                    c.parentId().map(CommentId::value).orElse(null), c.depth(), c.state().code(), c.spamReasons(),
                    c.moderationReasons(), c.author().name().value(), m.authorEmail().orElse(null),
                    c.author().website().map(AuthorWebsite::value).orElse(null),
                    c.author().user().map(u -> u.value()).orElse(null), c.body().value(), c.bodyHtml(),
                    c.createdAt(), c.updatedAt(), c.version());
        }
    }
}
