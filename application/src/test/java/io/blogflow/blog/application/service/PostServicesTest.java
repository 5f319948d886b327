package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.InMemoryPostLinkRepository;
import io.blogflow.blog.application.port.out.InMemorySlugRedirectRepository;
import io.blogflow.blog.application.port.out.InMemoryPostRepository;
import io.blogflow.blog.application.port.out.InMemoryPostViewCounts;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.application.port.out.InMemoryPostRevisionRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.application.port.in.ChangePostStatusUseCase;
import io.blogflow.blog.application.port.in.CreatePostCommand;
import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.application.port.in.DeletePostCommand;
import io.blogflow.blog.application.port.in.UpdatePostCommand;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PostServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    /** Stands in for the commonmark adapter (tested on its own): wraps the text in a paragraph. */
    private static final MarkdownRenderer RENDERER = markdown ->
            new MarkdownRenderer.Rendering("<p>" + markdown.value() + "</p>", markdown.value(), List.of());
    private static final Actor AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, true);
    private static final Actor OTHER_AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, true);
    private static final Actor EDITOR = new Actor(new UserId(UUID.randomUUID()), true, true);

    private final InMemoryPostRepository posts = new InMemoryPostRepository();
    private final InMemorySlugRedirectRepository redirects = new InMemorySlugRedirectRepository();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final List<AuditEntry> audited = new ArrayList<>();
    private final List<io.blogflow.shared.domain.notice.Notice> sent = new ArrayList<>();
    private final AuditLog auditLog = new AuditLog() {
        @Override
        public void append(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public Page<AuditEntry> find(Filter filter, PageRequest pageRequest) {
            throw new UnsupportedOperationException();
        }
    };
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AuditTrail audit = new AuditTrail(auditLog, () -> AuditEntry.Origin.NONE, UUID::randomUUID, clock);
    private final InMemoryPostRevisionRepository revisionRepository = new InMemoryPostRevisionRepository();
    private final RevisionRecorder recorder = new RevisionRecorder(revisionRepository, UUID::randomUUID, clock);
    private final InMemoryPostLinkRepository linkIndex = new InMemoryPostLinkRepository();
    /** Posts here hold no links; finding them is the commonmark adapter's job, tested on its own. */
    private final PostLinks links = new PostLinks(posts, linkIndex, markdown -> List.of(), RENDERER, recorder, audit,
            new io.blogflow.blog.application.Site(java.net.URI.create("https://blog.example"), "t", "d"), clock);
    private final CreatePostService create = new CreatePostService(direct, UUID::randomUUID, writes());

    @Test
    void creatingAPostWithoutASlugDerivesItFromTheTitle() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Crème Brûlée", null, "# Hi", null, null)));

        assertThat(post.slug().value()).isEqualTo("creme-brulee");
        assertThat(post.createdAt()).isEqualTo(NOW);
        assertThat(posts.stored()).containsKey(post.id());
    }

    @Test
    void aSecondPostWithTheSameTitleGetsANumberedSlug() {
        create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("My Title", null, null, null, null)));
        create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("My Title", null, null, null, null)));

        Post third = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("My Title", null, null, null, null)));

        assertThat(third.slug().value()).isEqualTo("my-title-3");
    }

    @Test
    void anExplicitSlugAlreadyInUseIsAConflict() {
        create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("First", "taken", null, null, null)));

        assertThatThrownBy(() -> create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Second", "taken", null, null, null))))
                .isInstanceOf(SlugTakenException.class);
        assertThat(posts.stored()).hasSize(1);
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsStored() {
        assertThatThrownBy(() -> create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic(" ", "Bad Slug", null, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("title", "slug"));
        assertThat(posts.stored()).isEmpty();
    }

    @Test
    void updatingWithTheCurrentVersionRevisesThePostAndKeepsTheSlugWhenNoneIsGiven() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Old", null, null, null, null)));
        clock = Clock.offset(clock, java.time.Duration.ofMinutes(5));
        var update = update();

        Post updated = update.update(new UpdatePostCommand(AUTHOR, post.id(), post.version(), PostFieldValues.basic("New", null, "text", null, null), null));

        assertThat(updated.title().value()).isEqualTo("New");
        assertThat(updated.slug().value()).isEqualTo("old");
        assertThat(updated.version()).isEqualTo(post.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void updatingFromAStaleVersionIsRefusedAndChangesNothing() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Old", null, null, null, null)));
        var update = update();

        assertThatThrownBy(() -> update.update(new UpdatePostCommand(AUTHOR, post.id(), 7, PostFieldValues.basic("New", null, null, null, null), null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(posts.stored().get(post.id()).title().value()).isEqualTo("Old");
    }

    @Test
    void takingTheSlugOfAnotherPostIsAConflictButKeepingOnesOwnIsNot() {
        create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("One", "one", null, null, null)));
        Post two = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Two", "two", null, null, null)));
        var update = update();

        assertThatThrownBy(() -> update.update(new UpdatePostCommand(AUTHOR, two.id(), 0, PostFieldValues.basic("Two", "one", null, null, null), null)))
                .isInstanceOf(SlugTakenException.class);
        assertThat(update.update(new UpdatePostCommand(AUTHOR, two.id(), 0, PostFieldValues.basic("Two!", "two", null, null, null), null)).slug().value())
                .isEqualTo("two");
    }

    @Test
    void deletingNeedsTheCurrentVersionAndMovesThePostToTheTrashFromWhereItComesBack() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Bye", null, null, null, null)));
        var delete = new DeletePostService(posts, direct, audit, clock);
        var trash = new PostTrashService(posts, direct, clock, audit);

        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(AUTHOR, post.id(), 3)))
                .isInstanceOf(StaleVersionException.class);
        delete.delete(new DeletePostCommand(AUTHOR, post.id(), 0));
        assertThatThrownBy(() -> new GetPostService(posts).get(post.id(), AUTHOR))
                .isInstanceOf(PostNotFoundException.class);
        assertThat(trash.list(new PageRequest(1, 10), AUTHOR).items()).extracting(Post::id).containsExactly(post.id());
        assertThat(trash.restore(post.id(), 1, AUTHOR).isTrashed()).isFalse();
        delete.delete(new DeletePostCommand(AUTHOR, post.id(), 2));
        trash.deletePermanently(post.id(), AUTHOR);
        assertThat(posts.stored()).isEmpty();
        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(AUTHOR, post.id(), 0)))
                .isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void anotherAuthorsPostIsNotFoundForAnAuthorButVisibleToAnEditor() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Mine", null, null, null, null)));
        var get = new GetPostService(posts);
        var update = update();
        var delete = new DeletePostService(posts, direct, audit, clock);

        assertThatThrownBy(() -> get.get(post.id(), OTHER_AUTHOR)).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> update.update(new UpdatePostCommand(OTHER_AUTHOR, post.id(), 0, PostFieldValues.basic("Stolen", null, null, null, null), null)))
                .isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(OTHER_AUTHOR, post.id(), 0)))
                .isInstanceOf(PostNotFoundException.class);
        assertThat(new ListPostsService(posts).list(new PageRequest(1, 10), OTHER_AUTHOR).items()).isEmpty();
        assertThat(get.get(post.id(), EDITOR).authorId()).contains(AUTHOR.id());
        assertThat(new ListPostsService(posts).list(new PageRequest(1, 10), EDITOR).total()).isEqualTo(1);
    }

    @Test
    void everyChangeIsAuditedWithItsActorAndBeforeAndAfterState() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Audited", null, null, null, null)));
        update()
                .update(new UpdatePostCommand(AUTHOR, post.id(), 0, PostFieldValues.basic("Audited again", null, null, null, null), null));
        new DeletePostService(posts, direct, audit, clock).delete(new DeletePostCommand(AUTHOR, post.id(), 1));

        assertThat(audited).extracting(AuditEntry::action)
                .containsExactly("post.created", "post.updated", "post.trashed");
        assertThat(audited).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(AUTHOR.id()));
        assertThat(audited.get(1).before()).containsEntry("title", "Audited");
        assertThat(audited.get(1).after()).containsEntry("title", "Audited again");
    }

    @Test
    void publishingThroughTheLifecycleServiceChecksTheVersionAndIsAudited() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Ready", null, "Body", "About it.", null)));
        var lifecycle = new PostLifecycleService(posts, direct, clock, audit, ReviewPolicy.APPROVAL_REQUIRED, new PostNotices(sent::add));

        assertThatThrownBy(() -> lifecycle.move(new ChangePostStatusUseCase.Command(AUTHOR, post.id(), 5,
                ChangePostStatusUseCase.Move.PUBLISH, null))).isInstanceOf(StaleVersionException.class);
        Post published = lifecycle.move(new ChangePostStatusUseCase.Command(AUTHOR, post.id(), 0,
                ChangePostStatusUseCase.Move.PUBLISH, null));

        assertThat(published.status()).isEqualTo(io.blogflow.blog.domain.PostStatus.PUBLISHED);
        assertThat(audited).extracting(AuditEntry::action).contains("post.publish");
    }

    @Test
    void theSchedulerPublishesDuePostsOnceAndLeavesFutureOnesAlone() {
        var lifecycle = new PostLifecycleService(posts, direct, clock, audit, ReviewPolicy.APPROVAL_REQUIRED, new PostNotices(sent::add));
        Post due = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Due", null, "Body", "About it.", null)));
        Post later = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Later", null, "Body", "About it.", null)));
        lifecycle.move(new ChangePostStatusUseCase.Command(AUTHOR, due.id(), 0, ChangePostStatusUseCase.Move.SCHEDULE,
                NOW.plusSeconds(60)));
        lifecycle.move(new ChangePostStatusUseCase.Command(AUTHOR, later.id(), 0,
                ChangePostStatusUseCase.Move.SCHEDULE, NOW.plusSeconds(3600)));
        Clock afterAMinute = Clock.offset(clock, java.time.Duration.ofSeconds(61));
        var scheduler = new PublishDuePostsService(posts, direct, afterAMinute, audit, ReviewPolicy.APPROVAL_REQUIRED, new PostNotices(sent::add));

        assertThat(scheduler.publishDue()).isEqualTo(1);
        assertThat(scheduler.publishDue()).isZero();
        assertThat(posts.stored().get(due.id()).publishedAt()).contains(NOW.plusSeconds(60));
        assertThat(posts.stored().get(later.id()).status()).isEqualTo(io.blogflow.blog.domain.PostStatus.SCHEDULED);
        assertThat(sent).extracting(notice -> notice.type().code()).containsExactly("post.scheduled-published");
        assertThat(sent.get(0).audience()).isEqualTo(io.blogflow.shared.domain.notice.Audience.person(AUTHOR.id()));
        assertThat(sent.get(0).title()).isEqualTo("“Due” was published as scheduled");
    }

    @Test
    void theBodyIsRenderedAndTheExcerptDerivedUnlessGiven() {
        Post derived = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Derived", null, "Some words here", null, null)));
        Post given = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Given", null, "Some words here", null, "Teaser")));

        assertThat(derived.body().html()).isEqualTo("<p>Some words here</p>");
        assertThat(derived.body().wordCount()).isEqualTo(3);
        assertThat(derived.excerpt().value()).isEqualTo("Some words here");
        assertThat(given.excerpt().value()).isEqualTo("Teaser");
    }

    @Test
    void everySaveKeepsARevisionAndRestoringOneSavesAnother() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("First", null, "one\ntwo", null, null)));
        var update = update();
        update.update(new UpdatePostCommand(AUTHOR, post.id(), 0, PostFieldValues.basic("Second", null, "one\nthree", null, null), "Fixed a line"));
        String unifiedDiff = "--- revision 1\n+++ revision 2\n@@ -1,2 +1,2 @@\n one\n-two\n+three";
        var history = new PostRevisionsService(posts, revisionRepository,
                (beforeName, before, afterName, after) -> unifiedDiff, direct, writes());

        assertThat(history.list(post.id(), AUTHOR)).extracting(PostRevision::number, PostRevision::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Fixed a line"),
                        org.assertj.core.groups.Tuple.tuple(1, "Created"));
        assertThat(history.diff(post.id(), 1, 2, AUTHOR)).isEqualTo(unifiedDiff);
        Post restored = history.restore(post.id(), 1, 1, AUTHOR);

        assertThat(restored.title().value()).isEqualTo("First");
        assertThat(restored.content().value()).isEqualTo("one\ntwo");
        assertThat(history.list(post.id(), AUTHOR).get(0).reason()).isEqualTo("Restored revision 1");
        assertThatThrownBy(() -> history.list(post.id(), OTHER_AUTHOR)).isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void renamingAPublishedPostKeepsItsOldSlugsLeadingToItAndReservedFromOthers() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Old name", null, "Body", "About", null)));
        new PostLifecycleService(posts, direct, clock, audit, ReviewPolicy.APPROVAL_REQUIRED, new PostNotices(sent::add)).move(new ChangePostStatusUseCase.Command(AUTHOR,
                post.id(), 0, ChangePostStatusUseCase.Move.PUBLISH, null));
        var update = update();
        var publicPosts = new PublicPostsService(posts, redirects, new EmptyTaxonomy(), new EmptyTaxonomy(),
                PostEngagement.NONE,
                new PostCountersService(new InMemoryPostViewCounts(), PostEngagement.NONE));

        update.update(new UpdatePostCommand(AUTHOR, post.id(), 1, PostFieldValues.basic("Old name", "middle-name", "Body", "About", null), null));
        update.update(new UpdatePostCommand(AUTHOR, post.id(), 2, PostFieldValues.basic("Old name", "new-name", "Body", "About", null), null));

        assertThat(publicPosts.bySlug("old-name").movedTo().value()).isEqualTo("new-name");
        assertThat(publicPosts.bySlug("middle-name").movedTo().value()).isEqualTo("new-name");
        assertThat(publicPosts.bySlug("new-name").post().id()).isEqualTo(post.id());
        assertThatThrownBy(() -> create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Other", "old-name", null, null, null))))
                .isInstanceOf(SlugTakenException.class);
        assertThat(create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Old name", null, null, null, null))).slug().value())
                .isEqualTo("old-name-2");
        update.update(new UpdatePostCommand(AUTHOR, post.id(), 3, PostFieldValues.basic("Old name", "old-name", "Body", "About", null), null));
        assertThat(publicPosts.bySlug("old-name").post().id()).isEqualTo(post.id());
        assertThat(publicPosts.bySlug("new-name").movedTo().value()).isEqualTo("old-name");
    }

    @Test
    void renamingADraftThatWasNeverPublishedLeavesNoRedirect() {
        Post post = create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Draft", null, "Body", "About", null)));

        update()
                .update(new UpdatePostCommand(AUTHOR, post.id(), 0, PostFieldValues.basic("Draft", "renamed", null, null, null), null));

        assertThat(redirects.redirects()).isEmpty();
    }

    @Test
    void gettingAnUnknownPostIsNotFound() {
        assertThatThrownBy(() -> new GetPostService(posts).get(new PostId(UUID.randomUUID()), AUTHOR))
                .isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void listingReturnsNewestFirstWithTheTotal() {
        create.create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Older", null, null, null, null)));
        clock = Clock.offset(clock, java.time.Duration.ofMinutes(1));
        new CreatePostService(direct, UUID::randomUUID, writes()).create(new CreatePostCommand(AUTHOR, PostFieldValues.basic("Newer", null, null, null, null)));

        var page = new ListPostsService(posts).list(new PageRequest(1, 1), AUTHOR);

        assertThat(page.items()).extracting(p -> p.title().value()).containsExactly("Newer");
        assertThat(page.total()).isEqualTo(2);
    }

    /** The write pipeline on this test's fakes, with the clock as it is now. */
    private PostWritePipeline writes() {
        return new PostWritePipeline(posts, RENDERER, redirects, EmptyTaxonomy.PLACEMENT, recorder, links, audit,
                ReviewPolicy.APPROVAL_REQUIRED, clock);
    }

    private UpdatePostService update() {
        return new UpdatePostService(posts, direct, writes());
    }
}
