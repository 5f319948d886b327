package io.blogflow.comments.adapter.persistence;

import io.blogflow.comments.application.port.out.BlocklistRepository;
import io.blogflow.comments.domain.Blocklist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The blocklist as (kind, value) rows; replaced as a whole in the caller's transaction. */
@ApplicationScoped
public class PostgresBlocklistRepository implements BlocklistRepository {

    private final EntityManager entityManager;

    public PostgresBlocklistRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Blocklist load() {
        Map<String, Set<String>> byKind = Map.of("word", new HashSet<>(), "domain", new HashSet<>(),
                "address", new HashSet<>());
        for (Object[] row : (List<Object[]>) entityManager
                .createNativeQuery("SELECT kind, value FROM comment_blocklist").getResultList()) {
            byKind.get((String) row[0]).add((String) row[1]);
        }
        return new Blocklist(byKind.get("word"), byKind.get("domain"), byKind.get("address"));
    }

    @Override
    public void replace(Blocklist blocklist) {
        entityManager.createNativeQuery("DELETE FROM comment_blocklist").executeUpdate();
        insert("word", blocklist.words());
        insert("domain", blocklist.domains());
        insert("address", blocklist.addresses());
    }

    private void insert(String kind, Set<String> values) {
        for (String value : values) {
            entityManager.createNativeQuery("INSERT INTO comment_blocklist (kind, value) VALUES (:kind, :value)")
                    .setParameter("kind", kind).setParameter("value", value).executeUpdate();
        }
    }
}
