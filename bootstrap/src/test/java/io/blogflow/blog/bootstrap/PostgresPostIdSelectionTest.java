package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.PostIdSelection;
import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Tag;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgresPostIdSelection (analytics' dashboard filters, through the blog's in-port) against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPostIdSelectionTest {

    @Inject
    PostIdSelection selection;

    @Inject
    TagRepository tags;

    @Inject
    CategoryRepository categories;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Test
    void everyCriterionGivenNarrowsTheSelection() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CategoryId category = transactions.inTransaction(() -> categories.add(new Category(
                new CategoryId(UUID.randomUUID()), "Selected " + run, new Slug("selected-" + run), null, null, 0))).id();
        Tag tag = transactions.inTransaction(() -> tags.addIfAbsent(new Tag(UUID.randomUUID(), "picked " + run,
                new Slug("picked-" + run), 0), Instant.parse("2026-05-01T12:00:00Z")));
        UserId author = fixtures.user();
        PostId filedAndTagged = fixtures.postIn(category);
        PostId filedOnly = fixtures.postIn(category);
        PostId tagged = fixtures.post(author);
        transactions.inTransaction(() -> {
            tags.setTags(filedAndTagged, Set.of(tag.id()));
            tags.setTags(tagged, Set.of(tag.id()));
        });

        assertThat(select(Optional.of("picked-" + run), Optional.empty(), Optional.empty()))
                .containsExactlyInAnyOrder(filedAndTagged, tagged);
        assertThat(select(Optional.empty(), Optional.of("selected-" + run), Optional.empty()))
                .containsExactlyInAnyOrder(filedAndTagged, filedOnly);
        assertThat(select(Optional.of("picked-" + run), Optional.of("selected-" + run), Optional.empty()))
                .containsExactly(filedAndTagged);
        assertThat(select(Optional.of("picked-" + run), Optional.empty(), Optional.of(author.value())))
                .containsExactly(tagged);
        assertThat(select(Optional.of("no-such-tag-" + run), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(select(Optional.empty(), Optional.empty(), Optional.empty()))
                .contains(filedAndTagged, filedOnly, tagged);
    }

    private Set<PostId> select(Optional<String> tag, Optional<String> category, Optional<UUID> author) {
        return transactions.inTransaction(() -> selection.select(tag, category, author));
    }
}
