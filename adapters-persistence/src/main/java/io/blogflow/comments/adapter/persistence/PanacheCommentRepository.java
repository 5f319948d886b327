package io.blogflow.comments.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.out.CommentRepository;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentNotFoundException;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PanacheCommentRepository implements CommentRepository, PanacheRepositoryBase<CommentJpaEntity, UUID> {

    /** Top-level comments that are public or have a public comment in their thread (then shown as tombstones). */
    private static final String PUBLIC_ROOTS = """
            FROM comments r WHERE r.post_id = :post AND r.parent_id IS NULL
              AND (r.state = 'APPROVED' OR EXISTS (SELECT 1 FROM comments d
                   WHERE d.root_id = r.id AND d.id <> r.id AND d.state = 'APPROVED'))""";

    /** Rows loaded only to be shown are not dirty-checked at commit (a 1,000-comment thread would be). */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @Override
    public void add(Comment comment) {
        persist(CommentMapper.newRow(comment));
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return findByIdOptional(id.value()).map(CommentMapper::toDomain);
    }

    @Override
    public List<Comment> findAll(Collection<CommentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", ids.stream().map(CommentId::value).toList()).stream()
                .map(CommentMapper::toDomain).toList();
    }

    @Override
    public Comment update(Comment comment) {
        CommentJpaEntity row = findByIdOptional(comment.id().value())
                .orElseThrow(() -> new CommentNotFoundException(comment.id().toString()));
        if (row.version != comment.version()) {
            throw new StaleVersionException("comment", row.version);
        }
        try {
            CommentMapper.copyChangeableFields(comment, row);
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("comment");
        }
        return CommentMapper.toDomain(row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<CommentId> publicRoots(PostId post, boolean newestFirst, PageRequest page) {
        String direction = newestFirst ? "DESC" : "ASC";
        var em = getEntityManager();
        List<UUID> ids = em.createNativeQuery("SELECT r.id " + PUBLIC_ROOTS + " ORDER BY r.created_at " + direction
                        + ", r.id " + direction + " LIMIT :size OFFSET :offset", UUID.class)
                .setParameter("post", post.value()).setParameter("size", page.size())
                .setParameter("offset", page.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + PUBLIC_ROOTS)
                .setParameter("post", post.value()).getSingleResult()).longValue();
        return new Page<>(ids.stream().map(CommentId::new).toList(), page.page(), page.size(), total);
    }

    @Override
    public List<Comment> inThreads(Collection<CommentId> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return find("rootId in ?1", Sort.ascending("createdAt", "id"), roots.stream().map(CommentId::value).toList())
                .withHint(READ_ONLY, true).list().stream().map(CommentMapper::toDomain).toList();
    }

    @Override
    public Counts counts(PostId post) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT approved_count, revision FROM post_comment_counts WHERE post_id = :post")
                .setParameter("post", post.value()).getResultList();
        if (rows.isEmpty()) {
            return Counts.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Override
    public Map<PostId, Long> approvedCounts(Collection<PostId> posts) {
        Map<PostId, Long> counts = new HashMap<>();
        if (posts.isEmpty()) {
            return counts;
        }
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT post_id, approved_count FROM post_comment_counts WHERE post_id IN (:posts)")
                .setParameter("posts", posts.stream().map(PostId::value).distinct().toList()).getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            counts.put(new PostId((UUID) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Page<Comment> queue(CommentState state, Optional<PostId> post, Optional<Set<PostId>> amongPosts,
                              PageRequest page) {
        StringBuilder where = new StringBuilder("state = :state");
        Parameters parameters = Parameters.with("state", state.name());
        post.ifPresent(p -> {
            where.append(" and postId = :post");
            parameters.and("post", p.value());
        });
        amongPosts.ifPresent(posts -> {
            where.append(" and postId in :among");
            parameters.and("among", posts.stream().map(PostId::value).toList());
        });
        var query = find(where.toString(), Sort.descending("createdAt", "id"), parameters).withHint(READ_ONLY, true);
        query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size()));
        return new Page<>(query.list().stream().map(CommentMapper::toDomain).toList(), page.page(), page.size(),
                query.count());
    }

    @Override
    public boolean hasApproved(EmailFingerprint author) {
        return find("emailHash = ?1 and state = 'APPROVED'", author.value()).firstResultOptional().isPresent();
    }

    @Override
    public boolean hasSameBodySince(String bodyDigest, Instant since) {
        return find("bodyDigest = ?1 and createdAt >= ?2", bodyDigest, since).firstResultOptional().isPresent();
    }

    @Override
    public List<Comment> byAuthor(UserId user, Optional<EmailFingerprint> email) {
        List<CommentJpaEntity> rows = new ArrayList<>(email.isPresent()
                ? list("userId = ?1 or emailHash = ?2", Sort.ascending("createdAt", "id"), user.value(),
                email.get().value())
                : list("userId = ?1", Sort.ascending("createdAt", "id"), user.value()));
        return rows.stream().map(CommentMapper::toDomain).toList();
    }
}
