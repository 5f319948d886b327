package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.application.port.in.PublicAuthorsUseCase.PublicAuthor;
import io.blogflow.identity.application.port.out.PublicAuthorDirectory;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One native projection over the users' primary key and the profile's: a feed's authors cost one query. */
@ApplicationScoped
public class PostgresPublicAuthorDirectory implements PublicAuthorDirectory {

    private final EntityManager entityManager;

    public PostgresPublicAuthorDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UserId, PublicAuthor> find(Set<UserId> ids) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT u.id, u.name, ap.avatar_url, ap.linkedin_url FROM users u
                        LEFT JOIN author_profiles ap ON ap.user_id = u.id
                        WHERE u.id = ANY(:ids) AND u.deleted_at IS NULL""")
                .setParameter("ids", ids.stream().map(UserId::value).toArray(UUID[]::new))
                .getResultList();
        Map<UserId, PublicAuthor> authors = new HashMap<>();
        for (Object[] row : rows) {
            UserId id = new UserId((UUID) row[0]);
            authors.put(id, new PublicAuthor(id, (String) row[1], (String) row[2], (String) row[3]));
        }
        return authors;
    }
}
