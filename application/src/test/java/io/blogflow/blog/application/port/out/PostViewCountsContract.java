package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link PostViewCounts} does; an implementation's test gives it and stored posts. */
public abstract class PostViewCountsContract extends RepositoryContract {

    protected abstract PostViewCounts counts();

    protected abstract PostId aPost();

    @Test
    void aPostHasNoViewsUntilItsTotalIsSet() {
        PostId post = aPost();

        assertThat(tx(() -> counts().views(post))).isZero();

        tx(() -> counts().set(Map.of(post, 5L)));
        assertThat(tx(() -> counts().views(post))).isEqualTo(5);
    }

    @Test
    void totalsReplaceTheFormerOnesOfThePostsGivenOnly() {
        PostId read = aPost();
        PostId untouched = aPost();
        tx(() -> counts().set(Map.of(read, 5L, untouched, 7L)));

        tx(() -> counts().set(Map.of(read, 9L)));
        tx(() -> counts().set(Map.of(read, 9L)));

        assertThat(tx(() -> counts().views(read))).isEqualTo(9);
        assertThat(tx(() -> counts().views(untouched))).isEqualTo(7);
    }

    @Test
    void severalPostsAreReadAtOnceWithZeroForThoseNeverCounted() {
        PostId read = aPost();
        PostId unread = aPost();
        tx(() -> counts().set(Map.of(read, 5L)));

        assertThat(tx(() -> counts().views(List.of(read, unread)))).isEqualTo(Map.of(read, 5L, unread, 0L));
        assertThat(tx(() -> counts().views(List.of()))).isEmpty();
    }
}
