package io.blogflow.comments.domain;

import static io.blogflow.comments.domain.Comments.POST;
import static io.blogflow.comments.domain.Comments.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.StaleVersionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final CommentPolicy OPEN_DOORS = new CommentPolicy(3, 2, 50, Optional.empty(), true, true);

    private static Comment submit(CommentAuthor author, Optional<Comment> parent, CommentPolicy policy,
                                  SpamVerdict verdict, boolean known) {
        return Comment.submit(new CommentId(UUID.randomUUID()), POST, parent, author, new CommentText("Hello there"),
                "<p>Hello there</p>", true, policy, verdict, known, T0);
    }

    @Test
    void preModerationIsTheDefaultForEveryone() {
        assertThat(submit(Comments.anonymous(), Optional.empty(), CommentPolicy.DEFAULT, SpamVerdict.CLEAN, true)
                .state()).isEqualTo(CommentState.PENDING);
        assertThat(submit(Comments.signedIn(), Optional.empty(), CommentPolicy.DEFAULT, SpamVerdict.CLEAN, false)
                .state()).isEqualTo(CommentState.PENDING);
    }

    @Test
    void autoApprovalCoversSignedInUsersAndPreviouslyApprovedAuthorsWhenConfigured() {
        assertThat(submit(Comments.signedIn(), Optional.empty(), OPEN_DOORS, SpamVerdict.CLEAN, false).state())
                .isEqualTo(CommentState.APPROVED);
        assertThat(submit(Comments.anonymous(), Optional.empty(), OPEN_DOORS, SpamVerdict.CLEAN, true).state())
                .isEqualTo(CommentState.APPROVED);
        assertThat(submit(Comments.anonymous(), Optional.empty(), OPEN_DOORS, SpamVerdict.CLEAN, false).state())
                .isEqualTo(CommentState.PENDING);
    }

    @Test
    void aSpamVerdictWinsOverAutoApprovalAndKeepsItsReasons() {
        Comment spam = submit(Comments.signedIn(), Optional.empty(), OPEN_DOORS,
                new SpamVerdict(List.of("honeypot")), true);
        assertThat(spam.state()).isEqualTo(CommentState.SPAM);
        assertThat(spam.spamReasons()).containsExactly("honeypot");
        assertThat(spam.moderate(ModerationAction.RESTORE, T0)).isTrue();
        assertThat(spam.state()).as("spam restores to the queue").isEqualTo(CommentState.PENDING);
    }

    @Test
    void aHeldCommentWaitsForAModeratorWhateverAutoApprovalSaysAndShowsWhy() {
        Comment held = submit(Comments.signedIn(), Optional.empty(), OPEN_DOORS,
                SpamVerdict.hold(List.of("Insults the author")), true);
        assertThat(held.state()).isEqualTo(CommentState.PENDING);
        assertThat(held.moderationReasons()).containsExactly("Insults the author");
        assertThat(held.spamReasons()).isEmpty();
        assertThat(held.moderate(ModerationAction.APPROVE, T0)).isTrue();
        assertThat(held.isPublic()).isTrue();
    }

    @Test
    void anAnonymousAuthorMustGiveAnEmail() {
        CommentAuthor noEmail = new CommentAuthor(new AuthorName("Ada"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> submit(noEmail, Optional.empty(), CommentPolicy.DEFAULT, SpamVerdict.CLEAN, false))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "authorEmail.required");
    }

    @Test
    void repliesKnowTheirRootAndDepthAndStopAtTheDepthLimit() {
        Comment root = Comments.approved(Optional.empty(), T0);
        Comment reply = Comments.approved(Optional.of(root), T0);
        Comment third = Comments.approved(Optional.of(reply), T0);

        assertThat(root.depth()).isEqualTo(1);
        assertThat(root.rootId()).isEqualTo(root.id());
        assertThat(third.depth()).isEqualTo(3);
        assertThat(third.rootId()).isEqualTo(root.id());
        assertThat(third.parentId()).contains(reply.id());
        assertThatThrownBy(() -> Comments.pending(Optional.of(third), T0))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "parentId.too-deep");
    }

    @Test
    void aReplyNeedsAnApprovedParentOfTheSamePost() {
        Comment pending = Comments.pending(Optional.empty(), T0);
        assertThatThrownBy(() -> Comments.pending(Optional.of(pending), T0))
                .hasFieldOrPropertyWithValue("code", "parentId.not-found");
        Comment elsewhere = Comment.submit(new CommentId(UUID.randomUUID()), new PostId(UUID.randomUUID()),
                Optional.empty(), Comments.anonymous(), new CommentText("Other"), "<p>Other</p>", false,
                OPEN_DOORS, SpamVerdict.CLEAN, true, T0);
        assertThatThrownBy(() -> Comments.pending(Optional.of(elsewhere), T0))
                .hasFieldOrPropertyWithValue("code", "parentId.not-found");
    }

    @Test
    void bodiesOutsideTheConfiguredLengthsAreRefused() {
        assertThatThrownBy(() -> Comment.submit(new CommentId(UUID.randomUUID()), POST, Optional.empty(),
                Comments.anonymous(), new CommentText("x".repeat(51)), "", false, OPEN_DOORS, SpamVerdict.CLEAN, false,
                T0)).hasFieldOrPropertyWithValue("code", "body.too-long");
        assertThatThrownBy(() -> Comment.submit(new CommentId(UUID.randomUUID()), POST, Optional.empty(),
                Comments.anonymous(), new CommentText("x"), "", false, OPEN_DOORS, SpamVerdict.CLEAN, false, T0))
                .hasFieldOrPropertyWithValue("code", "body.too-short");
        assertThatThrownBy(() -> new CommentText("   ")).hasFieldOrPropertyWithValue("code", "body.required");
    }

    @Test
    void trashRemembersTheStateRestoreBringsBack() {
        Comment comment = Comments.approved(Optional.empty(), T0);
        assertThat(comment.moderate(ModerationAction.TRASH, T0.plusSeconds(1))).isTrue();
        assertThat(comment.moderate(ModerationAction.TRASH, T0.plusSeconds(2))).as("idempotent").isFalse();
        assertThat(comment.updatedAt()).isEqualTo(T0.plusSeconds(1));
        comment.moderate(ModerationAction.RESTORE, T0.plusSeconds(3));
        assertThat(comment.state()).isEqualTo(CommentState.APPROVED);
        assertThat(comment.restoreState()).isEmpty();
    }

    @Test
    void aReplyAsksForItsNoticeOnceWhenItIsPublic() {
        Comment root = Comments.approved(Optional.empty(), T0);
        Comment reply = Comments.pending(Optional.of(root), T0);
        assertThat(root.takeReplyNotice()).as("not a reply").isFalse();
        assertThat(reply.takeReplyNotice()).as("not public yet").isFalse();
        reply.moderate(ModerationAction.APPROVE, T0);
        assertThat(reply.takeReplyNotice()).isTrue();
        assertThat(reply.takeReplyNotice()).isFalse();
    }

    @Test
    void onlySpamOrTrashCanBeRestored() {
        Comment comment = Comments.pending(Optional.empty(), T0);
        assertThatThrownBy(() -> comment.moderate(ModerationAction.RESTORE, T0))
                .isInstanceOf(Comment.NotRestorableException.class);
    }

    @Test
    void editingChecksTheVersionAndTheLength() {
        Comment comment = Comments.pending(Optional.empty(), T0);
        assertThatThrownBy(() -> comment.edit(new CommentText("Fixed"), "<p>Fixed</p>", CommentPolicy.DEFAULT, 3,
                T0)).isInstanceOf(StaleVersionException.class);
        comment.edit(new CommentText("Fixed"), "<p>Fixed</p>", CommentPolicy.DEFAULT, 0, T0.plusSeconds(5));
        assertThat(comment.body().value()).isEqualTo("Fixed");
        assertThat(comment.bodyHtml()).isEqualTo("<p>Fixed</p>");
    }

    @Test
    void erasureLeavesAnAnonymousAuthorAndTheText() {
        Comment comment = Comments.approved(Optional.empty(), T0);
        comment.eraseAuthor(T0);
        assertThat(comment.author()).isEqualTo(CommentAuthor.erased());
        assertThat(comment.author().email()).isEmpty();
        assertThat(comment.body().value()).isEqualTo("Nice post");
    }

    @Test
    void commentsCloseByHandOrAfterTheConfiguredPeriod() {
        CommentPolicy closing = new CommentPolicy(3, 2, 50, Optional.of(Duration.ofDays(30)), false, false);
        assertThat(closing.isOpen(T0, false, T0.plus(Duration.ofDays(29)))).isTrue();
        assertThat(closing.isOpen(T0, false, T0.plus(Duration.ofDays(30)))).isFalse();
        assertThat(closing.isOpen(T0, true, T0)).isFalse();
        assertThat(CommentPolicy.DEFAULT.isOpen(T0, false, T0.plus(Duration.ofDays(3000)))).isTrue();
    }
}
