package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Tag;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TagRepository} does; an implementation's test gives it and the posts tags are put on. */
public abstract class TagRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    protected abstract TagRepository tags();

    protected abstract PostId aPost();

    @Test
    void aTagIsAddedOnceAndFoundByNameInAnyCaseByIdAndBySlug() {
        String name = unique("Tea");
        Tag tag = tx(() -> tags().addIfAbsent(Tag.named(UUID.randomUUID(), name), NOW));

        Tag again = tx(() -> tags().addIfAbsent(Tag.named(UUID.randomUUID(), name), NOW));

        assertThat(again).isEqualTo(tag);
        assertThat(tag.usageCount()).isZero();
        assertThat(tx(() -> tags().findByName(name.toUpperCase()))).contains(tag);
        assertThat(tx(() -> tags().findTag(tag.id()))).contains(tag);
        assertThat(tx(() -> tags().findBySlug(tag.slug()))).contains(tag);
        assertThat(tx(() -> tags().findTag(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void settingAPostsTagsReplacesThemAndKeepsTheUsageCounts() {
        PostId post = aPost();
        Tag a = tag("A");
        Tag b = tag("B");
        Tag c = tag("C");

        tx(() -> tags().setTags(post, Set.of(a.id(), b.id())));
        tx(() -> tags().setTags(aPost(), Set.of(b.id())));
        tx(() -> tags().setTags(post, Set.of(b.id(), c.id())));

        assertThat(tx(() -> tags().tagsOf(post))).extracting(Tag::id).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(tx(() -> tags().findTag(a.id())).orElseThrow().usageCount()).isZero();
        assertThat(tx(() -> tags().findTag(b.id())).orElseThrow().usageCount()).isEqualTo(2);
        assertThat(tx(() -> tags().findTag(c.id())).orElseThrow().usageCount()).isEqualTo(1);
    }

    @Test
    void mergingRetagsTheSourcesPostsWithTheTargetAndDeletesTheSource() {
        PostId both = aPost();
        PostId sourceOnly = aPost();
        Tag source = tag("Source");
        Tag target = tag("Target");
        tx(() -> tags().setTags(both, Set.of(source.id(), target.id())));
        tx(() -> tags().setTags(sourceOnly, Set.of(source.id())));

        tx(() -> tags().merge(source.id(), target.id()));

        assertThat(tx(() -> tags().findTag(source.id()))).isEmpty();
        assertThat(tx(() -> tags().tagsOf(sourceOnly))).extracting(Tag::id).containsExactly(target.id());
        assertThat(tx(() -> tags().findTag(target.id())).orElseThrow().usageCount()).isEqualTo(2);
    }

    @Test
    void aDeletedTagLeavesItsPosts() {
        PostId post = aPost();
        Tag tag = tag("Gone");
        tx(() -> tags().setTags(post, Set.of(tag.id())));

        tx(() -> tags().delete(tag.id()));

        assertThat(tx(() -> tags().findTag(tag.id()))).isEmpty();
        assertThat(tx(() -> tags().tagsOf(post))).isEmpty();
    }

    @Test
    void slugsStartingWithFindsTheBaseAndItsSuffixedVariantsOnly() {
        String base = "fam-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : new String[] {base, base + "-2", base + "x"}) {
            tx(() -> tags().addIfAbsent(new Tag(UUID.randomUUID(), slug, new Slug(slug), 0), NOW));
        }

        assertThat(tx(() -> tags().slugsStartingWith(new Slug(base)))).containsExactlyInAnyOrder(base, base + "-2");
    }

    @Test
    void pagesComeMostUsedFirst() {
        Tag used = tag("Used");
        tx(() -> tags().setTags(aPost(), Set.of(used.id())));

        var page = tx(() -> tags().findPage(new PageRequest(1, PageRequest.MAX_SIZE)));

        assertThat(page.items()).extracting(Tag::usageCount).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.items()).extracting(Tag::id).contains(used.id());
        assertThat(page.total()).isGreaterThanOrEqualTo(1);
    }

    private Tag tag(String name) {
        return tx(() -> tags().addIfAbsent(Tag.named(UUID.randomUUID(), unique(name)), NOW));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
