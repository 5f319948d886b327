package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final UserId AUTHOR_ID = new UserId(UUID.randomUUID());
    private static final Actor CONTRIBUTOR = new Actor(AUTHOR_ID, false, false);
    private static final Actor AUTHOR = new Actor(AUTHOR_ID, false, true);
    private static final Actor EDITOR = new Actor(new UserId(UUID.randomUUID()), true, true);
    private static final ReviewPolicy GATE = ReviewPolicy.APPROVAL_REQUIRED;

    /** Every move, and the statuses it is allowed from; everything else must be refused. */
    private static final Map<String, Set<PostStatus>> ALLOWED_FROM = Map.of(
            "submitForReview", Set.of(PostStatus.DRAFT),
            "flagForReview", Set.of(PostStatus.DRAFT, PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.ARCHIVED),
            "publish", Set.of(PostStatus.DRAFT, PostStatus.PENDING_REVIEW, PostStatus.SCHEDULED),
            "schedule", Set.of(PostStatus.DRAFT, PostStatus.PENDING_REVIEW, PostStatus.SCHEDULED),
            "unpublish", Set.of(PostStatus.PUBLISHED, PostStatus.SCHEDULED),
            "archive", Set.of(PostStatus.PUBLISHED),
            "approve", Set.of(PostStatus.DRAFT, PostStatus.PENDING_REVIEW, PostStatus.SCHEDULED));

    private static final Map<String, PostStatus> RESULT = Map.of(
            "submitForReview", PostStatus.PENDING_REVIEW, "flagForReview", PostStatus.PENDING_REVIEW,
            "publish", PostStatus.PUBLISHED, "schedule", PostStatus.SCHEDULED,
            "unpublish", PostStatus.DRAFT, "archive", PostStatus.ARCHIVED);

    /** Approving never changes the status. */
    private static PostStatus resultOf(String move, PostStatus from) {
        return move.equals("approve") ? from : RESULT.get(move);
    }

    private static final Map<String, BiConsumer<Post, Actor>> MOVES = Map.of(
            "submitForReview", (post, actor) -> post.submitForReview(NOW),
            "flagForReview", (post, actor) -> post.flagForReview(actor, NOW),
            "publish", (post, actor) -> post.publish(actor, NOW, GATE),
            "schedule", (post, actor) -> post.schedule(actor, NOW.plus(Duration.ofDays(1)), NOW, GATE),
            "unpublish", (post, actor) -> post.unpublish(actor, NOW),
            "archive", (post, actor) -> post.archive(actor, NOW),
            "approve", (post, actor) -> post.approve(actor, NOW));

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return MOVES.keySet().stream().flatMap(move -> Stream.of(PostStatus.values()).map(s -> Arguments.of(move, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void aMoveSucceedsExactlyFromItsAllowedStatuses(String move, PostStatus from) {
        Post post = postIn(from);

        if (ALLOWED_FROM.get(move).contains(from)) {
            MOVES.get(move).accept(post, EDITOR);
            assertThat(post.status()).isEqualTo(resultOf(move, from));
        } else {
            assertThatThrownBy(() -> MOVES.get(move).accept(post, EDITOR))
                    .isInstanceOf(LifecycleErrors.IllegalTransition.class);
            assertThat(post.status()).isEqualTo(from);
        }
    }

    @Test
    void contributorsSubmitButCannotPublishScheduleUnpublishOrArchive() {
        postIn(PostStatus.DRAFT).submitForReview(NOW);
        for (String move : new String[] {"publish", "schedule"}) {
            assertThatThrownBy(() -> MOVES.get(move).accept(postIn(PostStatus.DRAFT), CONTRIBUTOR))
                    .isInstanceOf(LifecycleErrors.MoveNotAllowed.class);
        }
        assertThatThrownBy(() -> postIn(PostStatus.PUBLISHED).unpublish(CONTRIBUTOR, NOW))
                .isInstanceOf(LifecycleErrors.MoveNotAllowed.class);
        assertThatThrownBy(() -> postIn(PostStatus.PUBLISHED).archive(CONTRIBUTOR, NOW))
                .isInstanceOf(LifecycleErrors.MoveNotAllowed.class);
    }

    @Test
    void onlyEditorsFlagForReview() {
        assertThatThrownBy(() -> postIn(PostStatus.PUBLISHED).flagForReview(AUTHOR, NOW))
                .isInstanceOf(LifecycleErrors.MoveNotAllowed.class);
    }

    @Test
    void publishingRequiresContentAndAMetaDescriptionReportedTogether() {
        Post empty = Post.draft(new PostId(UUID.randomUUID()), AUTHOR_ID, PostFields.plain(new Title("T"),
                new Slug("t"), MarkdownContent.EMPTY, RenderedBody.EMPTY, Excerpt.NONE, MetaDescription.NONE), NOW);

        assertThatThrownBy(() -> empty.publish(AUTHOR, NOW, GATE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("contentMarkdown", "metaDescription"));
        assertThat(empty.status()).isEqualTo(PostStatus.DRAFT);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = PostStatus.class, names = {"PUBLISHED", "SCHEDULED"})
    void aPublicOrScheduledPostCannotBeRevisedIntoOneThatCouldNotBePublished(PostStatus status) {
        Post post = postIn(status);
        PostFields withoutMeta = PostFields.plain(new Title("Title"), new Slug("title"),
                new MarkdownContent("Body"), RenderedBody.EMPTY, Excerpt.NONE, MetaDescription.NONE);

        assertThatThrownBy(() -> post.revise(withoutMeta, "restored", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("metaDescription"));
        assertThat(post.fields().metaDescription().isBlank()).isFalse();
        postIn(PostStatus.DRAFT).revise(withoutMeta, "a draft may lack it", NOW);
    }

    @Test
    void aScheduleMustLieInTheFuture() {
        assertThatThrownBy(() -> postIn(PostStatus.DRAFT).schedule(AUTHOR, NOW, NOW, GATE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("scheduledAt"));
    }

    @Test
    void theSchedulerPublishesAtTheScheduledTimeAndNotBefore() {
        Post post = postIn(PostStatus.DRAFT);
        Instant at = NOW.plus(Duration.ofHours(2));
        post.schedule(AUTHOR, at, NOW, GATE);

        assertThatThrownBy(() -> post.publishAsScheduled(NOW.plus(Duration.ofHours(1)), GATE))
                .isInstanceOf(LifecycleErrors.IllegalTransition.class);
        post.publishAsScheduled(at.plus(Duration.ofMinutes(30)), GATE);

        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.publishedAt()).contains(at);
        assertThat(post.scheduledAt()).isEmpty();
    }

    @Test
    void aTrashedScheduledPostIsUnscheduledAndCanBeRestoredOnce() {
        Post post = postIn(PostStatus.SCHEDULED);

        post.trash(NOW);

        assertThat(post.isTrashed()).isTrue();
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.scheduledAt()).isEmpty();
        assertThatThrownBy(() -> post.trash(NOW)).isInstanceOf(LifecycleErrors.IllegalTransition.class);
        post.restoreFromTrash(NOW);
        assertThat(post.isTrashed()).isFalse();
        assertThatThrownBy(() -> post.restoreFromTrash(NOW)).isInstanceOf(LifecycleErrors.IllegalTransition.class);
    }

    @Test
    void republishingKeepsTheFirstPublicationDate() {
        Post post = postIn(PostStatus.DRAFT);
        post.publish(AUTHOR, NOW, GATE);
        post.unpublish(AUTHOR, NOW.plusSeconds(60));

        post.publish(AUTHOR, NOW.plusSeconds(120), GATE);

        assertThat(post.publishedAt()).contains(NOW);
    }

    private static Post postIn(PostStatus status) {
        return Post.rehydrate(new PostId(UUID.randomUUID()), AUTHOR_ID, PostFields.plain(new Title("Title"),
                        new Slug("title"), new MarkdownContent("Body"), RenderedBody.EMPTY, Excerpt.NONE,
                        new MetaDescription("About it.")), status,
                status == PostStatus.SCHEDULED ? NOW.plus(Duration.ofHours(1)) : null, null, null, 1, null,
                3, NOW, NOW, null);
    }
}
