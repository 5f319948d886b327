package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link PostRepository} in memory, for fast service tests; passes {@link PostRepositoryContract}. */
public final class InMemoryPostRepository implements PostRepository {

    private final Map<PostId, Post> stored = new LinkedHashMap<>();

    /** What is stored, by id (a read-only view). */
    public Map<PostId, Post> stored() {
        return java.util.Collections.unmodifiableMap(stored);
    }

    @Override
    public Post add(Post post) {
        requireUniqueSlug(post);
        stored.put(post.id(), copy(post, post.version()));
        return post;
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return Optional.ofNullable(stored.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public PublishedPage findPublished(PublishedPostFilter filter, PageRequest request, PostCursor after) {
        var published = stored.values().stream()
                .filter(p -> p.status() == io.blogflow.blog.domain.PostStatus.PUBLISHED && !p.isTrashed())
                .filter(p -> filter.author() == null || p.authorId().equals(Optional.of(filter.author())))
                .map(p -> new PostSummary(p.id(),
                        p.authorId().map(UserId::value).orElse(null), p.title().value(), p.slug().value(),
                        p.excerpt().value(), p.body().wordCount(), p.body().readingTimeMinutes(), null, null, null,
                        null, p.details().language().tag(), 0L, p.publishedAt().orElse(null),
                        p.updatedAt()))
                .toList();
        return new PublishedPage(new Page<>(published, request.page(), request.size(), published.size()), false,
                null, after != null);
    }

    @Override
    public java.util.List<Post> findTrashedBefore(java.time.Instant cutoff, int limit) {
        return stored.values().stream().filter(p -> p.deletedAt().filter(at -> at.isBefore(cutoff)).isPresent())
                .sorted(java.util.Comparator.comparing(p -> p.deletedAt().orElseThrow())).limit(limit).toList();
    }

    @Override
    public Page<Post> findTrashPage(PageRequest request, Optional<UserId> author) {
        var trashed = stored.values().stream().filter(Post::isTrashed)
                .filter(p -> author.isEmpty() || author.equals(p.authorId()))
                .sorted(Comparator.comparing((Post p) -> p.deletedAt().orElseThrow()).reversed()).toList();
        return new Page<>(trashed, request.page(), request.size(), trashed.size());
    }

    @Override
    public Optional<Post> findBySlug(Slug slug) {
        return stored.values().stream().filter(p -> p.slug().equals(slug)).findFirst().map(p -> copy(p, p.version()));
    }

    @Override
    public Page<Post> findPage(PageRequest request, Optional<UserId> author) {
        var mine = stored.values().stream().filter(p -> !p.isTrashed())
                .filter(p -> author.isEmpty() || author.equals(p.authorId())).toList();
        var sorted = mine.stream()
                .sorted(Comparator.comparing(Post::createdAt).reversed())
                .skip(request.offset()).limit(request.size()).toList();
        return new Page<>(sorted, request.page(), request.size(), mine.size());
    }

    @Override
    public Post update(Post post) {
        Post current = stored.get(post.id());
        if (current == null) {
            throw new io.blogflow.shared.domain.StaleVersionException("post");
        }
        if (current.version() != post.version()) {
            throw new io.blogflow.shared.domain.StaleVersionException("post", current.version());
        }
        requireUniqueSlug(post);
        Post saved = copy(post, post.version() + 1);
        stored.put(post.id(), saved);
        return saved;
    }

    @Override
    public void remove(Post post) {
        stored.remove(post.id());
    }

    @Override
    public java.util.List<Post> claimDueForPublication(java.time.Instant now, int limit) {
        return stored.values().stream()
                .filter(p -> p.scheduledAt().map(at -> !at.isAfter(now)).orElse(false))
                .limit(limit).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public java.util.List<Post> findByAuthor(UserId author) {
        return findPage(new PageRequest(1, PageRequest.MAX_SIZE), Optional.of(author)).items();
    }

    @Override
    public int reassignAuthor(UserId from, UserId to) {
        var moved = stored.values().stream().filter(p -> p.authorId().equals(Optional.of(from))).toList();
        moved.forEach(p -> stored.put(p.id(), Post.rehydrate(p.id(), to, p.fields(), p.status(),
                p.scheduledAt().orElse(null), p.publishedAt().orElse(null), p.deletedAt().orElse(null),
                p.contentVersion(), p.lastUpdatedReason().orElse(null), p.version() + 1, p.createdAt(),
                p.updatedAt(), p.approval().orElse(null))));
        return moved.size();
    }

    @Override
    public Set<String> slugsStartingWith(Slug base) {
        return stored.values().stream().map(p -> p.slug().value())
                .filter(s -> s.equals(base.value()) || s.startsWith(base.value() + "-"))
                .collect(Collectors.toSet());
    }

    @Override
    public boolean isSlugTakenByAnotherPost(Slug slug, PostId self) {
        return stored.values().stream().anyMatch(p -> p.slug().equals(slug) && !p.id().equals(self));
    }

    private void requireUniqueSlug(Post post) {
        if (isSlugTakenByAnotherPost(post.slug(), post.id())) {
            throw new SlugTakenException(post.slug());
        }
    }

    private static Post copy(Post p, long version) {
        return Post.rehydrate(p.id(), p.authorId().orElse(null), p.fields(), p.status(),
                p.scheduledAt().orElse(null), p.publishedAt().orElse(null), p.deletedAt().orElse(null),
                p.contentVersion(), p.lastUpdatedReason().orElse(null), version, p.createdAt(),
                p.updatedAt(), p.approval().orElse(null));
    }
}
