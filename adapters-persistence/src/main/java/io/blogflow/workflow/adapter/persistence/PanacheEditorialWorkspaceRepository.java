package io.blogflow.workflow.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheEditorialWorkspaceRepository implements EditorialWorkspaceRepository,
        PanacheRepositoryBase<PostWorkspaceJpaEntity, UUID> {

    @Override
    public Optional<PostWorkspace> workspaceOf(PostId postId) {
        return Optional.ofNullable(getEntityManager().find(PostWorkspaceJpaEntity.class, postId.value()))
                .map(PanacheEditorialWorkspaceRepository::toDomain);
    }

    @Override
    public PostWorkspace lockWorkspace(PostId postId) {
        var em = getEntityManager();
        em.createNativeQuery("INSERT INTO post_workspaces (post_id) VALUES (:post) ON CONFLICT (post_id) DO NOTHING")
                .setParameter("post", postId.value()).executeUpdate();
        PostWorkspaceJpaEntity row = em.find(PostWorkspaceJpaEntity.class, postId.value(),
                LockModeType.PESSIMISTIC_WRITE);
        em.refresh(row);
        return toDomain(row);
    }

    @Override
    public PostWorkspace updateWorkspace(PostWorkspace changed) {
        PostWorkspaceJpaEntity row = getEntityManager().find(PostWorkspaceJpaEntity.class, changed.postId().value());
        row.fields = new HashMap<>(changed.fields().values());
        flush();
        return toDomain(row);
    }

    @Override
    public List<PostSection> sectionsOf(PostId postId) {
        return getEntityManager()
                .createQuery("from PostSectionJpaEntity s where s.postId = :p order by s.position",
                        PostSectionJpaEntity.class)
                .setParameter("p", postId.value()).getResultStream().map(PanacheEditorialWorkspaceRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<PostSection> sectionOf(PostId postId, UUID sectionId) {
        return Optional.ofNullable(getEntityManager().find(PostSectionJpaEntity.class, sectionId))
                .filter(row -> row.postId.equals(postId.value())).map(PanacheEditorialWorkspaceRepository::toDomain);
    }

    @Override
    public PostSection insertSection(PostSection section) {
        var em = getEntityManager();
        em.createQuery("update PostSectionJpaEntity s set s.position = s.position + 1"
                        + " where s.postId = :p and s.position >= :at")
                .setParameter("p", section.postId().value()).setParameter("at", section.position()).executeUpdate();
        var row = new PostSectionJpaEntity();
        row.id = section.id();
        row.postId = section.postId().value();
        row.position = section.position();
        row.fields = new HashMap<>(section.fields().values());
        em.persist(row);
        flushAndForget();
        return sectionOf(section.postId(), section.id()).orElseThrow();
    }

    @Override
    public PostSection updateSection(PostSection changed) {
        PostSectionJpaEntity row = getEntityManager().find(PostSectionJpaEntity.class, changed.id());
        row.fields = new HashMap<>(changed.fields().values());
        flush();
        return toDomain(row);
    }

    @Override
    public boolean lockSection(UUID sectionId) {
        return !getEntityManager().createNativeQuery("SELECT id FROM post_sections WHERE id = :section FOR UPDATE",
                        UUID.class)
                .setParameter("section", sectionId)
                .getResultList().isEmpty();
    }

    @Override
    public void deleteSection(PostSection section) {
        var em = getEntityManager();
        em.createQuery("delete from PostSectionJpaEntity s where s.id = :id").setParameter("id", section.id())
                .executeUpdate();
        em.createQuery("update PostSectionJpaEntity s set s.position = s.position - 1"
                        + " where s.postId = :p and s.position > :at")
                .setParameter("p", section.postId().value()).setParameter("at", section.position()).executeUpdate();
        flushAndForget();
    }

    @Override
    public void reorderSections(PostId postId, List<UUID> order) {
        var em = getEntityManager();
        for (int i = 0; i < order.size(); i++) {
            em.createQuery("update PostSectionJpaEntity s set s.position = :at where s.id = :id and s.postId = :p")
                    .setParameter("at", i + 1).setParameter("id", order.get(i)).setParameter("p", postId.value())
                    .executeUpdate();
        }
        flushAndForget();
    }

    /** Bulk statements bypass the persistence context: drop what it holds so later reads see the database. */
    private void flushAndForget() {
        getEntityManager().flush();
        getEntityManager().clear();
    }

    private static PostWorkspace toDomain(PostWorkspaceJpaEntity row) {
        return new PostWorkspace(new PostId(row.postId), new EditorialDocument(EditorialField.Scope.POST, row.fields),
                row.version);
    }

    private static PostSection toDomain(PostSectionJpaEntity row) {
        return new PostSection(row.id, new PostId(row.postId), row.position,
                new EditorialDocument(EditorialField.Scope.SECTION, row.fields), row.version);
    }
}
