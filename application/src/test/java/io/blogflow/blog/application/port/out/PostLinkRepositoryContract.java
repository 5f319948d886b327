package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.port.out.PostLinkRepository.PostLink;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.application.port.out.RepositoryContract;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostLinkRepository} does with the links it is given. (The broken-link report is a query over
 * posts, slugs and redirects together: its adapter tests it against the database.)
 */
public abstract class PostLinkRepositoryContract extends RepositoryContract {

    protected abstract PostLinkRepository links();

    protected abstract PostId aPost();

    @Test
    void postsLinkingToATargetAreFoundWhateverFormTheLinkWasWrittenIn() {
        SitePath target = new SitePath("/" + UUID.randomUUID());
        PostId relative = aPost();
        PostId absolute = aPost();
        PostId elsewhere = aPost();

        tx(() -> {
            links().replace(relative, Set.of(new PostLink(target.value(), target)));
            links().replace(absolute, Set.of(new PostLink("https://blog.example.com" + target.value() + "/", target)));
            links().replace(elsewhere, Set.of(new PostLink("/somewhere-else", new SitePath("/somewhere-else"))));
        });

        assertThat(tx(() -> links().postsLinkingTo(target))).containsExactlyInAnyOrder(relative, absolute);
    }

    @Test
    void replacingAPostsLinksForgetsTheOldOnes() {
        SitePath old = new SitePath("/" + UUID.randomUUID());
        SitePath now = new SitePath("/" + UUID.randomUUID());
        PostId post = aPost();
        tx(() -> links().replace(post, Set.of(new PostLink(old.value(), old))));

        tx(() -> links().replace(post, Set.of(new PostLink(now.value(), now))));

        assertThat(tx(() -> links().postsLinkingTo(old))).isEmpty();
        assertThat(tx(() -> links().postsLinkingTo(now))).containsExactly(post);
        tx(() -> links().replace(post, Set.of()));
        assertThat(tx(() -> links().postsLinkingTo(now))).isEmpty();
    }
}
