package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.PostRepositoryContract;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The PostRepository contract against the real PostgreSQL, plus what only a database does: rollback and locks. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanachePostRepositoryTest extends PostRepositoryContract {

    @Inject
    PostRepository posts;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected PostRepository posts() {
        return posts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    /** Posts reference their author (a foreign key), so each test writes as a real account. */
    @Override
    protected UserId anAuthor() {
        return fixtures.user();
    }

    @Test
    void aReadersPostIsTheStoredOneWithoutItsMarkdownSource() {
        Post post = newPost(unique("reader"), NOW);
        transactions.inTransaction(() -> posts.add(post));

        Post read = transactions.inTransaction(() -> posts.readBySlug(post.slug())).orElseThrow();

        assertThat(read.content().value()).isEmpty();
        assertThat(read).usingRecursiveComparison().ignoringFields("fields.content").isEqualTo(load(post.id())
                .orElseThrow());
        assertThat(load(post.id()).orElseThrow().content()).isEqualTo(post.content());
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
        var claimedByA = new CompletableFuture<List<PostId>>();
        var releaseA = new CountDownLatch(1);
        var a = Executors.newSingleThreadExecutor();
        try {
            a.submit(() -> transactions.inTransaction(() -> {
                claimedByA.complete(posts.claimDueForPublication(due, 1).stream().map(Post::id).toList());
                await(releaseA);
            }));
            var lockedByA = claimedByA.get(30, TimeUnit.SECONDS);

            var claimedByB = transactions.inTransaction(() -> posts.claimDueForPublication(due.plusSeconds(1), 1000))
                    .stream().map(Post::id).toList();

            assertThat(lockedByA).containsExactly(first.id());
            assertThat(claimedByB).contains(second.id()).doesNotContain(first.id());
        } finally {
            releaseA.countDown();
            a.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the first claim");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
