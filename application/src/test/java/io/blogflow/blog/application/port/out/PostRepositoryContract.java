package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostRepository} does. An implementation's test gives it and the accounts posts are written by;
 * other tests may share its store, so each test writes as a new author and reads its own posts.
 */
public abstract class PostRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-05-01T12:00:00.123456Z");

    protected abstract PostRepository posts();

    /** An account that may author posts. */
    protected abstract UserId anAuthor();

    protected UserId author;

    @BeforeEach
    void anAuthorOfItsOwn() {
        author = anAuthor();
    }

    @Test
    void anAddedPostReadsBackEqualByIdAndBySlug() {
        Post post = newPost(unique("round-trip"), NOW);

        tx(() -> posts().add(post));

        assertThat(load(post.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(post);
        assertThat(tx(() -> posts().findBySlug(post.slug())).orElseThrow()).usingRecursiveComparison()
                .isEqualTo(post);
        assertThat(load(new PostId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void updatingBumpsTheVersionAndAStaleCopyIsRefused() {
        Post post = newPost(unique("versioned"), NOW);
        tx(() -> posts().add(post));
        Post first = load(post.id()).orElseThrow();
        Post second = load(post.id()).orElseThrow();

        first.revise(retitled(first, "First writer"), null, NOW.plusSeconds(1));
        Post saved = tx(() -> posts().update(first));
        second.revise(retitled(second, "Second writer"), null, NOW.plusSeconds(2));

        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> posts().update(second)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
        assertThat(load(post.id()).orElseThrow().title().value()).isEqualTo("First writer");
    }

    @Test
    void aDuplicateSlugIsRefusedAsSlugTaken() {
        String slug = unique("dup");
        tx(() -> posts().add(newPost(slug, NOW)));

        assertThatThrownBy(() -> tx(() -> posts().add(newPost(slug, NOW)))).isInstanceOf(SlugTakenException.class);
    }

    @Test
    void slugsStartingWithFindsTheBaseAndItsNumberedVariantsOnly() {
        String base = unique("family");
        for (String slug : new String[] {base, base + "-2", base + "-10", base + "x"}) {
            tx(() -> posts().add(newPost(slug, NOW)));
        }

        assertThat(posts().slugsStartingWith(new Slug(base))).containsExactlyInAnyOrder(base, base + "-2",
                base + "-10");
    }

    @Test
    void aSlugIsTakenOnlyByAnotherPost() {
        Post post = newPost(unique("mine"), NOW);
        tx(() -> posts().add(post));

        assertThat(posts().isSlugTakenByAnotherPost(post.slug(), post.id())).isFalse();
        assertThat(posts().isSlugTakenByAnotherPost(post.slug(), new PostId(UUID.randomUUID()))).isTrue();
        assertThat(posts().isSlugTakenByAnotherPost(new Slug(unique("free")), post.id())).isFalse();
    }

    @Test
    void pagesAreNewestFirstWithTheTotalAndLeaveTheTrashOut() {
        Post older = newPost(unique("older"), NOW.minus(2, ChronoUnit.DAYS));
        Post newer = newPost(unique("newer"), NOW.minus(1, ChronoUnit.DAYS));
        Post trashed = newPost(unique("trashed"), NOW);
        tx(() -> posts().add(newer));
        tx(() -> posts().add(older));
        tx(() -> posts().add(trashed));
        trashed.trash(NOW.plusSeconds(1));
        tx(() -> posts().update(trashed));

        var page = tx(() -> posts().findPage(new PageRequest(1, PageRequest.MAX_SIZE), Optional.of(author)));
        var trash = tx(() -> posts().findTrashPage(new PageRequest(1, PageRequest.MAX_SIZE), Optional.of(author)));

        assertThat(page.items()).extracting(Post::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(trash.items()).extracting(Post::id).containsExactly(trashed.id());
        assertThat(tx(() -> posts().findPage(new PageRequest(1, 1), Optional.empty())).total())
                .isGreaterThanOrEqualTo(2);
        assertThat(tx(() -> posts().findByAuthor(author))).extracting(Post::id)
                .contains(newer.id(), older.id());
    }

    @Test
    void aRemovedPostIsGone() {
        Post post = newPost(unique("gone"), NOW);
        tx(() -> posts().add(post));

        tx(() -> posts().remove(posts().findById(post.id()).orElseThrow()));

        assertThat(load(post.id())).isEmpty();
    }

    @Test
    void reassigningMovesEveryPostOfTheAuthor() {
        Post post = newPost(unique("moved"), NOW);
        tx(() -> posts().add(post));
        UserId heir = anAuthor();

        int moved = tx(() -> posts().reassignAuthor(author, heir));

        assertThat(moved).isEqualTo(1);
        assertThat(load(post.id()).orElseThrow().authorId()).contains(heir);
        assertThat(tx(() -> posts().findByAuthor(author))).isEmpty();
    }

    @Test
    void onlyScheduledPostsThatAreDueAreClaimed() {
        Instant due = Instant.parse("2100-01-01T00:00:00Z").plus(1 + (UUID.randomUUID().hashCode() & 0xffff),
                ChronoUnit.MINUTES);
        Post dueNow = scheduledPost(due);
        Post later = scheduledPost(due.plusSeconds(60));

        List<PostId> claimed = tx(() -> posts().claimDueForPublication(due, 1000)).stream().map(Post::id).toList();

        assertThat(claimed).contains(dueNow.id()).doesNotContain(later.id());
    }

    /** A scheduled post of this test's author, due at {@code at}. */
    protected Post scheduledPost(Instant at) {
        Post post = Post.rehydrate(new PostId(UUID.randomUUID()), author, PostFields.plain(new Title("Scheduled"),
                        new Slug(unique("scheduled")), new MarkdownContent("body"), RenderedBody.EMPTY,
                        Excerpt.NONE, new MetaDescription("About")),
                PostStatus.SCHEDULED, at, null, null, 1, null, 0, NOW, NOW, null);
        tx(() -> posts().add(post));
        return post;
    }

    /** Reads in a transaction of its own, like a use case, so nothing cached by an earlier read is returned. */
    protected Optional<Post> load(PostId id) {
        return tx(() -> posts().findById(id));
    }

    protected Post newPost(String slug, Instant at) {
        return Post.draft(new PostId(UUID.randomUUID()), author, PostFields.plain(new Title("Title of " + slug),
                new Slug(slug), new MarkdownContent("body"), new RenderedBody("<p>body</p>", 1, 1,
                        List.of(new Heading(2, "Part", "part"))),
                new Excerpt("body"), new MetaDescription("About " + slug)), at);
    }

    private static PostFields retitled(Post post, String title) {
        PostFields fields = post.fields();
        return new PostFields(new Title(title), fields.slug(), fields.content(), fields.body(), fields.excerpt(),
                fields.excerptGiven(), fields.metaDescription(), fields.details());
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
