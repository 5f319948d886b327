package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");

    private static final UserId AUTHOR = new UserId(UUID.randomUUID());

    private final Post post = Post.draft(new PostId(UUID.randomUUID()), AUTHOR, PostFields.plain(new Title("Hello"),
            new Slug("hello"), MarkdownContent.EMPTY, RenderedBody.EMPTY, Excerpt.NONE, MetaDescription.NONE), CREATED);

    @Test
    void aNewPostIsADraftAtVersionZeroCreatedAndUpdatedNow() {
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.version()).isZero();
        assertThat(post.createdAt()).isEqualTo(CREATED);
        assertThat(post.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void revisingAPostReplacesItsFieldsAndMovesUpdatedAtButNotCreatedAt() {
        Instant later = CREATED.plusSeconds(60);

        post.revise(PostFields.plain(new Title("Bye"), new Slug("bye"), new MarkdownContent("# Bye"), RenderedBody.EMPTY,
                new Excerpt("Bye"), new MetaDescription("Bye.")), "Shorter", later);

        assertThat(post.title()).isEqualTo(new Title("Bye"));
        assertThat(post.lastUpdatedReason()).contains("Shorter");
        assertThat(post.slug()).isEqualTo(new Slug("bye"));
        assertThat(post.content().value()).isEqualTo("# Bye");
        assertThat(post.updatedAt()).isEqualTo(later);
        assertThat(post.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aPostIsAccessibleToItsAuthorAndToContentManagersOnly() {
        var stranger = new UserId(UUID.randomUUID());

        assertThat(post.isAccessibleTo(new Actor(AUTHOR, false, true))).isTrue();
        assertThat(post.isAccessibleTo(new Actor(stranger, false, true))).isFalse();
        assertThat(post.isAccessibleTo(new Actor(stranger, true, true))).isTrue();
    }

    @Test
    void aPostWithoutARecordedAuthorIsForContentManagersOnly() {
        Post legacy = Post.rehydrate(post.id(), null, post.fields(), post.status(), null, null, null, 1, null,
                0, CREATED, CREATED, null);

        assertThat(legacy.isAccessibleTo(new Actor(AUTHOR, false, true))).isFalse();
        assertThat(legacy.isAccessibleTo(new Actor(AUTHOR, true, true))).isTrue();
    }

    @Test
    void aChangeAgainstAnotherVersionIsRefusedWithTheCurrentVersion() {
        post.requireVersion(0);

        assertThatThrownBy(() -> post.requireVersion(3))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(0));
    }
}
