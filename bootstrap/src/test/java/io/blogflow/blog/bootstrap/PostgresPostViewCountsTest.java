package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.port.out.PostViewCounts;
import io.blogflow.blog.application.port.out.PostViewCountsContract;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgresPostViewCounts against the real database: the contract, and what only the database shows. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPostViewCountsTest extends PostViewCountsContract {

    @Inject
    PostViewCounts counts;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Inject
    EntityManager em;

    @Override
    protected PostViewCounts counts() {
        return counts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected PostId aPost() {
        return fixtures.post();
    }

    @Test
    void aPostThatIsGoneIsSkippedAndTheOthersAreSet() {
        PostId gone = new PostId(UUID.randomUUID());
        PostId post = aPost();

        tx(() -> counts.set(Map.of(gone, 3L, post, 4L)));

        assertThat(tx(() -> counts.views(post))).isEqualTo(4);
        assertThat(tx(() -> counts.views(gone))).isZero();
    }

    @Test
    void settingTheCounterNeverWritesThePostsRow() {
        PostId post = aPost();
        Object before = versionOf(post);

        tx(() -> counts.set(Map.of(post, 11L)));

        // the posts row's trigger is what signals public-content changes and empties the public caches
        assertThat(versionOf(post)).isEqualTo(before);
    }

    private Object versionOf(PostId post) {
        return tx(() -> em.createNativeQuery("SELECT version || ' ' || updated_at || ' ' || xmin FROM posts WHERE id = :id")
                .setParameter("id", post.value()).getSingleResult());
    }
}
