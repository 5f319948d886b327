package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PostRevisionRepository} does; an implementation's test gives it, posts and their authors. */
public abstract class PostRevisionRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00.123456Z");

    protected abstract PostRevisionRepository revisions();

    protected abstract UserId anAuthor();

    protected abstract PostId aPostBy(UserId author);

    @Test
    void aPostsRevisionsReadBackEqualNewestFirst() {
        UserId author = anAuthor();
        PostId post = aPostBy(author);
        PostRevision first = revision(post, 1, author, "Created");
        PostRevision second = revision(post, 2, author, null);
        assertThat(tx(() -> revisions().latestNumber(post))).isZero();

        tx(() -> {
            revisions().add(first);
            revisions().add(second);
        });

        assertThat(tx(() -> revisions().findByPost(post))).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(second, first);
        assertThat(tx(() -> revisions().find(post, 1)).orElseThrow()).usingRecursiveComparison().isEqualTo(first);
        assertThat(tx(() -> revisions().find(post, 3))).isEmpty();
        assertThat(tx(() -> revisions().latestNumber(post))).isEqualTo(2);
        assertThat(tx(() -> revisions().findByPost(aPostBy(author)))).isEmpty();
    }

    private static PostRevision revision(PostId post, int number, UserId author, String reason) {
        // The second is an AI action's write: its provenance must read back too.
        PostRevision.Provenance provenance = number == 2 ? PostRevision.Provenance.AI : PostRevision.Provenance.HUMAN;
        return new PostRevision(UUID.randomUUID(), post, number, author, NOW.plusSeconds(number), reason, provenance,
                new PostRevision.Snapshot(new Title("Title " + number), new Slug("slug-" + number),
                        new MarkdownContent("Text " + number), new MetaDescription("About " + number),
                        new Excerpt("Text " + number), number == 2, PostDetails.DEFAULT));
    }
}
