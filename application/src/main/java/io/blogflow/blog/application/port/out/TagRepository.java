package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Tag;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Tags and the post–tag links; usage counts are maintained by the store itself. */
public interface TagRepository {

    Optional<Tag> findByName(String name);

    Optional<Tag> findTag(UUID id);

    Optional<Tag> findBySlug(io.blogflow.blog.domain.Slug slug);

    /**
     * Stores {@code tag}, created {@code at}, unless a tag of that name appeared meanwhile; returns the tag of that
     * name.
     */
    Tag addIfAbsent(Tag tag, Instant at);

    /** Slugs in use that equal {@code base} or extend it with a suffix. */
    Set<String> slugsStartingWith(io.blogflow.blog.domain.Slug base);

    List<Tag> tagsOf(PostId post);

    /** Makes {@code tags} exactly the post's tags. */
    void setTags(PostId post, Set<UUID> tags);

    /** Most used first, then by name. */
    Page<Tag> findPage(PageRequest pageRequest);

    /** Re-tags every post of {@code source} with {@code target} and deletes {@code source}. */
    void merge(UUID source, UUID target);

    void delete(UUID id);
}
