package io.blogflow.engagement.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.out.Reactions;
import io.blogflow.engagement.domain.CommentRef;
import io.blogflow.engagement.domain.EngagementCounts;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.ShareNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Likes and shares in their own tables. The counts in {@code post_engagement_counts} and
 * {@code comment_like_counts} are kept by triggers on the like and share tables (engagement-001), so a count
 * changes in the transaction of the row it counts and concurrent likes queue on the count row instead of losing
 * updates. The posts table is never written, so its public-content trigger stays quiet.
 */
@ApplicationScoped
public class PostgresReactions implements Reactions {

    private final EntityManager em;

    public PostgresReactions(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean likePost(PostId post, Fingerprint visitor, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO post_likes (post_id, fingerprint_hash, created_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, post.value()).setParameter(2, visitor.hex()).setParameter(3, utc(at))
                .executeUpdate() == 1;
    }

    @Override
    public boolean unlikePost(PostId post, Fingerprint visitor) {
        return em.createNativeQuery("DELETE FROM post_likes WHERE post_id = ?1 AND fingerprint_hash = ?2")
                .setParameter(1, post.value()).setParameter(2, visitor.hex()).executeUpdate() == 1;
    }

    @Override
    public boolean likeComment(CommentRef comment, Fingerprint visitor, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO comment_likes (comment_id, fingerprint_hash, created_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, comment.value()).setParameter(2, visitor.hex()).setParameter(3, utc(at))
                .executeUpdate() == 1;
    }

    @Override
    public boolean unlikeComment(CommentRef comment, Fingerprint visitor) {
        return em.createNativeQuery("DELETE FROM comment_likes WHERE comment_id = ?1 AND fingerprint_hash = ?2")
                .setParameter(1, comment.value()).setParameter(2, visitor.hex()).executeUpdate() == 1;
    }

    @Override
    public void share(UUID id, PostId post, ShareNetwork network, Instant at) {
        em.createNativeQuery("INSERT INTO post_shares (id, post_id, network, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, post.value()).setParameter(3, network.value())
                .setParameter(4, utc(at)).executeUpdate();
    }

    @Override
    public EngagementCounts postCounts(PostId post) {
        List<?> rows = em.createNativeQuery(
                        "SELECT like_count, share_count FROM post_engagement_counts WHERE post_id = ?1")
                .setParameter(1, post.value()).getResultList();
        if (rows.isEmpty()) {
            return EngagementCounts.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        return new EngagementCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Override
    public Map<PostId, EngagementCounts> postCounts(Collection<PostId> posts) {
        Map<PostId, EngagementCounts> counts = new HashMap<>();
        if (posts.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("SELECT post_id, like_count, share_count FROM post_engagement_counts "
                        + "WHERE post_id IN (?1)")
                .setParameter(1, posts.stream().map(PostId::value).distinct().toList()).getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            counts.put(new PostId((UUID) row[0]), new EngagementCounts(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Override
    public long commentLikes(CommentRef comment) {
        List<?> rows = em.createNativeQuery("SELECT like_count FROM comment_like_counts WHERE comment_id = ?1")
                .setParameter(1, comment.value()).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
