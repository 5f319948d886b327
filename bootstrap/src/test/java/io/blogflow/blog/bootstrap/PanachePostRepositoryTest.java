package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.blog.domain.Title;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The PostRepository port's contract, against the real PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanachePostRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00.123456Z");

    @Inject
    PostRepository posts;

    @Inject
    Transactions transactions;

    @Inject
    UserRepository users;

    private UserId author;

    /** Posts reference their author (a foreign key), so each test writes as a real account. */
    @BeforeEach
    void anAuthor() {
        author = new UserId(UUID.randomUUID());
        transactions.inTransaction(() -> users.add(User.register(author, new PersonName("Writer"),
                new Email(author + "@example.com"), "not-a-hash", Role.AUTHOR, NOW)));
    }

    @Test
    void anAddedPostReadsBackEqual() {
        Post post = newPost(unique("round-trip"), NOW);

        transactions.inTransaction(() -> posts.add(post));

        Post loaded = load(post.id()).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(post);
    }

    @Test
    void updatingBumpsTheVersionAndAStaleCopyIsRefused() {
        Post post = newPost(unique("versioned"), NOW);
        transactions.inTransaction(() -> posts.add(post));
        Post first = load(post.id()).orElseThrow();
        Post second = load(post.id()).orElseThrow();

        first.revise(retitled(first, "First writer"), null, NOW.plusSeconds(1));
        Post saved = transactions.inTransaction(() -> posts.update(first));
        second.revise(retitled(second, "Second writer"), null, NOW.plusSeconds(2));

        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> transactions.inTransaction(() -> posts.update(second)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
        assertThat(load(post.id()).orElseThrow().title().value()).isEqualTo("First writer");
    }

    @Test
    void theDatabaseRefusesADuplicateSlugAsSlugTaken() {
        String slug = unique("dup");
        transactions.inTransaction(() -> posts.add(newPost(slug, NOW)));

        assertThatThrownBy(() -> transactions.inTransaction(() -> posts.add(newPost(slug, NOW))))
                .isInstanceOf(SlugTakenException.class);
    }

    @Test
    void slugsStartingWithFindsTheBaseAndItsNumberedVariantsOnly() {
        String base = unique("family");
        for (String slug : new String[] {base, base + "-2", base + "-10", base + "x"}) {
            transactions.inTransaction(() -> posts.add(newPost(slug, NOW)));
        }

        assertThat(posts.slugsStartingWith(new Slug(base))).containsExactlyInAnyOrder(base, base + "-2", base + "-10");
    }

    @Test
    void aSlugIsTakenOnlyByAnotherPost() {
        Post post = newPost(unique("mine"), NOW);
        transactions.inTransaction(() -> posts.add(post));

        assertThat(posts.isSlugTakenByAnotherPost(post.slug(), post.id())).isFalse();
        assertThat(posts.isSlugTakenByAnotherPost(post.slug(), new PostId(UUID.randomUUID()))).isTrue();
    }

    @Test
    void pagesAreNewestFirstWithTheTotal() {
        Post older = newPost(unique("older"), NOW.minus(2, ChronoUnit.DAYS));
        Post newer = newPost(unique("newer"), NOW.minus(1, ChronoUnit.DAYS));
        transactions.inTransaction(() -> posts.add(newer));
        transactions.inTransaction(() -> posts.add(older));

        var page = transactions.inTransaction(
                () -> posts.findPage(new PageRequest(1, PageRequest.MAX_SIZE), Optional.of(author)));

        assertThat(page.items()).extracting(Post::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(transactions.inTransaction(() -> posts.findPage(new PageRequest(1, 1), Optional.empty())).total())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRemovedPostIsGone() {
        Post post = newPost(unique("gone"), NOW);
        transactions.inTransaction(() -> posts.add(post));

        transactions.inTransaction(() -> posts.remove(posts.findById(post.id()).orElseThrow()));

        assertThat(load(post.id())).isEmpty();
    }

    @Test
    void aFailingUseCaseLeavesNothingHalfWritten() {
        Post post = newPost(unique("half"), NOW);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            posts.add(post);
            throw new IllegalStateException("the use case fails after writing");
        })).hasMessageContaining("fails after writing");

        assertThat(load(post.id())).isEmpty();
    }

    @Test
    void aDuePostIsClaimedByOneTransactionAndSkippedByAConcurrentOne() throws Exception {
        Instant due = Instant.parse("2100-01-01T00:00:00Z");
        Post first = scheduledPost(due);
        Post second = scheduledPost(due.plusSeconds(1));
        var claimedByA = new java.util.concurrent.CompletableFuture<java.util.List<PostId>>();
        var releaseA = new java.util.concurrent.CountDownLatch(1);
        var a = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            a.submit(() -> transactions.inTransaction(() -> {
                claimedByA.complete(posts.claimDueForPublication(due, 1).stream().map(Post::id).toList());
                await(releaseA);
            }));
            var lockedByA = claimedByA.get(30, java.util.concurrent.TimeUnit.SECONDS);

            var claimedByB = transactions.inTransaction(() -> posts.claimDueForPublication(due.plusSeconds(1), 1000))
                    .stream().map(Post::id).toList();

            assertThat(lockedByA).containsExactly(first.id());
            assertThat(claimedByB).contains(second.id()).doesNotContain(first.id());
        } finally {
            releaseA.countDown();
            a.shutdown();
        }
    }

    private Post scheduledPost(Instant at) {
        Post post = Post.rehydrate(new PostId(UUID.randomUUID()), author, PostFields.plain(new Title("Scheduled"),
                        new Slug(unique("scheduled")), new MarkdownContent("body"), RenderedBody.EMPTY,
                        io.blogflow.blog.domain.Excerpt.NONE, new MetaDescription("About")),
                io.blogflow.blog.domain.PostStatus.SCHEDULED, at, null, null, 1, null, PostCounters.ZERO, 0, NOW, NOW, null);
        transactions.inTransaction(() -> posts.add(post));
        return post;
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the first claim");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads in a transaction of its own, like a use case, so nothing cached by an earlier read is returned. */
    private java.util.Optional<Post> load(PostId id) {
        return transactions.inTransaction(() -> posts.findById(id));
    }

    private Post newPost(String slug, Instant at) {
        return Post.draft(new PostId(UUID.randomUUID()), author, PostFields.plain(new Title("Title of " + slug),
                new Slug(slug), new MarkdownContent("body"), new RenderedBody("<p>body</p>", 1, 1,
                        java.util.List.of(new io.blogflow.blog.domain.Heading(2, "Part", "part"))),
                new io.blogflow.blog.domain.Excerpt("body"), new MetaDescription("About " + slug)), at);
    }

    private static PostFields retitled(Post post, String title) {
        PostFields fields = post.fields();
        return new PostFields(new Title(title), fields.slug(), fields.content(), fields.body(), fields.excerpt(),
                fields.excerptGiven(), fields.metaDescription(), fields.details());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
