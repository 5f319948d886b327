package io.blogflow.comments.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class PanacheCommentSettingsRepository implements CommentSettingsRepository,
        PanacheRepositoryBase<CommentPostSettingsJpaEntity, UUID> {

    @Override
    public boolean isClosed(PostId post) {
        return findByIdOptional(post.value()).map(row -> row.closed).orElse(false);
    }

    @Override
    public void setClosed(PostId post, boolean closed, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO comment_post_settings (post_id, closed, updated_at) VALUES (:post, :closed, :at)
                        ON CONFLICT (post_id) DO UPDATE SET closed = excluded.closed, updated_at = excluded.updated_at""")
                .setParameter("post", post.value()).setParameter("closed", closed).setParameter("at", at)
                .executeUpdate();
    }
}
