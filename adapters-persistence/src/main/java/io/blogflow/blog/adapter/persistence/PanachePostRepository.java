package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.blog.application.port.out.PostCursor;
import io.blogflow.blog.application.port.out.PublishedPage;
import io.blogflow.shared.adapter.persistence.PublicReads;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.blog.application.port.out.PublishedPostFilter;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.SlugTakenException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Posts in PostgreSQL. Writes flush at once so constraint and version failures surface here, inside the use case's
 * transaction, as domain errors instead of as a failed commit later.
 */
@ApplicationScoped
public class PanachePostRepository implements PostRepository, PanacheRepositoryBase<PostJpaEntity, UUID> {

    private final PublicReads reads;

    public PanachePostRepository(PublicReads reads) {
        this.reads = reads;
    }

    private static final String UNIQUE_SLUG = "uq_posts_slug";
    /** Row locks that a concurrent claim skips instead of waiting for: each due post goes to exactly one claimer. */
    private static final String CLAIM_DUE = "SELECT * FROM posts WHERE status = 'SCHEDULED' AND scheduled_at <= :now"
            + " ORDER BY scheduled_at LIMIT :limit FOR UPDATE SKIP LOCKED";

    @Override
    public Post add(Post post) {
        PostJpaEntity row = PostMapper.toNewRow(post);
        flushing(post, () -> persist(row));
        return PostMapper.toDomain(row);
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return findByIdOptional(id.value()).map(PostMapper::toDomain);
    }

    @Override
    public Optional<Post> findBySlug(Slug slug) {
        return find("slug", slug.value()).firstResultOptional().map(PostMapper::toDomain);
    }

    @Override
    public Page<Post> findPage(PageRequest request, Optional<UserId> author) {
        return page(request, "deletedAt is null", Sort.descending("createdAt", "id"), author);
    }

    @Override
    public PublishedPage findPublished(PublishedPostFilter filter, PageRequest request, PostCursor after) {
        return new PublishedPostsQuery(filter).run(getEntityManager(), reads, request, after);
    }

    /**
     * Without the Markdown source, read-only (an immutable row: no snapshot for dirty checking, e.g. of the
     * table-of-contents JSON) and time-bounded.
     */
    @Override
    public Optional<Post> readBySlug(Slug slug) {
        return reads.bounded(getEntityManager().createQuery("FROM PublishedPostRow WHERE slug = :slug",
                        PublishedPostRow.class).setParameter("slug", slug.value())).getResultStream().findFirst()
                .map(PostMapper::toDomain);
    }

    @Override
    public Page<Post> findTrashPage(PageRequest request, Optional<UserId> author) {
        return page(request, "deletedAt is not null", Sort.descending("deletedAt", "id"), author);
    }

    @Override
    public java.util.List<Post> findTrashedBefore(java.time.Instant cutoff, int limit) {
        return find("deletedAt < ?1", Sort.ascending("deletedAt", "id"), cutoff).page(0, limit).list().stream()
                .map(PostMapper::toDomain).toList();
    }

    private Page<Post> page(PageRequest request, String condition, Sort sort, Optional<UserId> author) {
        var query = author.isPresent()
                ? find(condition + " and authorId = ?1", sort, author.get().value())
                : find(condition, sort);
        query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()));
        var items = query.list().stream().map(PostMapper::toDomain).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    @Override
    public Post update(Post post) {
        PostJpaEntity row = managedRow(post);
        flushing(post, () -> PostMapper.copyEditableFields(post, row));
        return PostMapper.toDomain(row);
    }

    @Override
    public void remove(Post post) {
        PostJpaEntity row = managedRow(post);
        flushing(post, () -> delete(row));
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.List<Post> claimDueForPublication(java.time.Instant now, int limit) {
        return ((java.util.List<PostJpaEntity>) getEntityManager().createNativeQuery(CLAIM_DUE, PostJpaEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList()).stream().map(PostMapper::toDomain).toList();
    }

    @Override
    public java.util.List<Post> findByAuthor(UserId author) {
        return list("authorId", Sort.descending("createdAt", "id"), author.value()).stream()
                .map(PostMapper::toDomain).toList();
    }

    /** One statement; bumps versions so clients holding an ETag of a moved post re-read it. */
    @Override
    public int reassignAuthor(UserId from, UserId to) {
        return update("authorId = ?1, version = version + 1 where authorId = ?2", to.value(), from.value());
    }

    @Override
    public Set<String> slugsStartingWith(Slug base) {
        // Slugs contain no LIKE wildcards (the pattern allows only a-z, 0-9 and '-'), so no escaping is needed.
        return new HashSet<>(getEntityManager()
                .createQuery("select p.slug from PostJpaEntity p where p.slug = :base or p.slug like :prefix",
                        String.class)
                .setParameter("base", base.value())
                .setParameter("prefix", base.value() + "-%")
                .getResultList());
    }

    @Override
    public boolean isSlugTakenByAnotherPost(Slug slug, PostId self) {
        return count("slug = ?1 and id <> ?2", slug.value(), self.value()) > 0;
    }

    /** The row loaded in this transaction, checked against the version the domain object was read at. */
    private PostJpaEntity managedRow(Post post) {
        PostJpaEntity row = findByIdOptional(post.id().value())
                .orElseThrow(() -> new PostNotFoundException(post.id().toString()));
        if (row.version != post.version()) {
            throw new StaleVersionException("post", row.version);
        }
        return row;
    }

    private void flushing(Post post, Runnable write) {
        try {
            write.run();
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("post");
        } catch (PersistenceException e) {
            if (isViolationOf(e, UNIQUE_SLUG)) {
                throw new SlugTakenException(post.slug());
            }
            if (isViolationOf(e, "uq_posts_cluster_pillar")) {
                throw new ConflictException("topic-cluster.pillar-taken",
                        "Another post is already the pillar of this topic cluster.");
            }
            if (isViolationOf(e, "fk_posts_featured_media")) {
                throw unknownMedia("featuredMediaId", "featured-media-id.unknown");
            }
            if (isViolationOf(e, "fk_posts_og_media")) {
                throw unknownMedia("ogMediaId", "og-media-id.unknown");
            }
            throw e;
        }
    }

    /** The media references are checked by the database (the blog can't ask the media library): FKs to media. */
    private static ValidationException unknownMedia(String field, String code) {
        return new ValidationException(List.of(new FieldError(field, code, field + " names no media library item.")));
    }
}
