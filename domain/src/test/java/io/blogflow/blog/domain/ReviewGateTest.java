package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review gate for AI-generated text: who may publish it unreviewed, and how long an approval lasts. */
class ReviewGateTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    private static final UserId AUTHOR_ID = new UserId(UUID.randomUUID());
    private static final Actor AUTHOR = new Actor(AUTHOR_ID, false, true);
    private static final Actor CONTRIBUTOR = new Actor(AUTHOR_ID, false, false);
    private static final Actor EDITOR = new Actor(new UserId(UUID.randomUUID()), true, true);
    private static final ReviewPolicy GATE = ReviewPolicy.APPROVAL_REQUIRED;

    @Test
    void anAuthorPublishingUnapprovedAiTextSendsItToReviewInstead() {
        Post post = aiDraft();

        post.publish(AUTHOR, NOW, GATE);

        assertThat(post.status()).isEqualTo(PostStatus.PENDING_REVIEW);
        assertThat(post.publishedAt()).isEmpty();
        assertThat(post.needsApproval(GATE)).isTrue();
    }

    @Test
    void anAuthorSchedulingUnapprovedAiTextSendsItToReviewWithoutKeepingTheTime() {
        Post post = aiDraft();

        post.schedule(AUTHOR, LATER, NOW, GATE);

        assertThat(post.status()).isEqualTo(PostStatus.PENDING_REVIEW);
        assertThat(post.scheduledAt()).isEmpty();
    }

    @Test
    void onceAnEditorApprovedTheAuthorPublishes() {
        Post post = aiDraft();
        post.publish(AUTHOR, NOW, GATE);

        post.approve(EDITOR, NOW);
        assertThat(post.status()).isEqualTo(PostStatus.PENDING_REVIEW);
        assertThat(post.approval()).contains(new ReviewApproval(EDITOR.id(), NOW));
        post.publish(AUTHOR, LATER, GATE);

        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void anEditorPublishingOrSchedulingAiTextApprovesIt() {
        Post published = aiDraft();
        published.publish(EDITOR, NOW, GATE);
        Post scheduled = aiDraft();
        scheduled.schedule(EDITOR, LATER, NOW, GATE);

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.approval()).contains(new ReviewApproval(EDITOR.id(), NOW));
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.approval()).contains(new ReviewApproval(EDITOR.id(), NOW));
    }

    @Test
    void postsNotAiGeneratedAndEverythingWithTheGateOffPublishAsBefore() {
        Post human = draft(false);
        human.publish(AUTHOR, NOW, GATE);
        Post ai = aiDraft();
        ai.publish(AUTHOR, NOW, ReviewPolicy.NO_APPROVAL);

        assertThat(human.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(ai.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(ai.needsApproval(ReviewPolicy.NO_APPROVAL)).isFalse();
    }

    @Test
    void onlyEditorsApproveAndOnlyPostsNotYetPublished() {
        assertThatThrownBy(() -> aiDraft().approve(AUTHOR, NOW)).isInstanceOf(LifecycleErrors.MoveNotAllowed.class);
        Post published = aiDraft();
        published.publish(EDITOR, NOW, GATE);

        assertThatThrownBy(() -> published.approve(EDITOR, NOW))
                .isInstanceOf(LifecycleErrors.IllegalTransition.class);
    }

    @Test
    void changingTheTitleContentOrExcerptOfAiTextEndsItsApproval() {
        for (var change : java.util.List.<java.util.function.UnaryOperator<PostFields>>of(
                f -> new PostFields(new Title("Other"), f.slug(), f.content(), f.body(), f.excerpt(), false,
                        f.metaDescription(), f.details()),
                f -> new PostFields(f.title(), f.slug(), new MarkdownContent("Other body"), f.body(), f.excerpt(),
                        false, f.metaDescription(), f.details()),
                f -> new PostFields(f.title(), f.slug(), f.content(), f.body(), new Excerpt("Other excerpt"), true,
                        f.metaDescription(), f.details()))) {
            Post post = approvedAiDraft();

            post.revise(change.apply(post.fields()), null, NOW);

            assertThat(post.approval()).isEmpty();
        }
    }

    @Test
    void metadataEditsAndHealedLinksKeepTheApproval() {
        Post post = approvedAiDraft();
        PostFields fields = post.fields();

        post.revise(new PostFields(fields.title(), new Slug("moved"), fields.content(), fields.body(),
                fields.excerpt(), false, new MetaDescription("Another description"), fields.details()), null, NOW);
        post.reviseLinks(new PostFields(fields.title(), fields.slug(), new MarkdownContent("[x](/moved)"),
                fields.body(), fields.excerpt(), false, fields.metaDescription(), fields.details()), "healed", NOW);

        assertThat(post.approval()).isPresent();
    }

    @Test
    void becomingAiGeneratedEndsAnApprovalGivenBefore() {
        Post post = draft(false);
        post.approve(EDITOR, NOW);

        post.revise(post.fields().withDetails(post.details().asAiGenerated()), null, NOW);

        assertThat(post.details().aiGenerated()).isTrue();
        assertThat(post.approval()).isEmpty();
        assertThat(post.needsApproval(GATE)).isTrue();
    }

    @Test
    void flaggingForReviewWithdrawsTheApproval() {
        Post post = approvedAiDraft();

        post.flagForReview(EDITOR, NOW);

        assertThat(post.approval()).isEmpty();
    }

    @Test
    void theSchedulerSendsAiTextWhoseApprovalLapsedToReview() {
        Post approved = approvedAiDraft();
        approved.schedule(AUTHOR, LATER, NOW, GATE);
        Post lapsed = approvedAiDraft();
        lapsed.schedule(AUTHOR, LATER, NOW, GATE);
        lapsed.revise(new PostFields(new Title("Rewritten"), lapsed.slug(), lapsed.content(), lapsed.body(),
                lapsed.excerpt(), false, lapsed.metaDescription(), lapsed.details()), null, NOW);

        approved.publishAsScheduled(LATER, GATE);
        lapsed.publishAsScheduled(LATER, GATE);

        assertThat(approved.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(lapsed.status()).isEqualTo(PostStatus.PENDING_REVIEW);
        assertThat(lapsed.scheduledAt()).isEmpty();
        assertThat(lapsed.publishedAt()).isEmpty();
    }

    @Test
    void withTheGateOnOnlyEditorsWithdrawTheAiDisclosure() {
        Post post = aiDraft();
        PostDetails human = PostDetails.DEFAULT;

        assertThatThrownBy(() -> post.requireDisclosureKept(human, AUTHOR, GATE))
                .isInstanceOf(LifecycleErrors.DisclosureLocked.class);
        assertThatThrownBy(() -> post.requireDisclosureKept(human, CONTRIBUTOR, GATE))
                .isInstanceOf(LifecycleErrors.DisclosureLocked.class);
        post.requireDisclosureKept(human, EDITOR, GATE);
        post.requireDisclosureKept(human, AUTHOR, ReviewPolicy.NO_APPROVAL);
        post.requireDisclosureKept(post.details(), AUTHOR, GATE);
    }

    private static Post approvedAiDraft() {
        Post post = aiDraft();
        post.approve(EDITOR, NOW);
        return post;
    }

    private static Post aiDraft() {
        return draft(true);
    }

    private static Post draft(boolean aiGenerated) {
        PostFields fields = PostFields.plain(new Title("Title"), new Slug("title"), new MarkdownContent("Body"),
                RenderedBody.EMPTY, new Excerpt("Body"), new MetaDescription("About it."));
        return Post.draft(new PostId(UUID.randomUUID()), AUTHOR_ID,
                aiGenerated ? fields.withDetails(fields.details().asAiGenerated()) : fields, NOW);
    }
}
