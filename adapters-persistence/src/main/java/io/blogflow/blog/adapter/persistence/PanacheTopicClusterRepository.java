package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheTopicClusterRepository
        implements TopicClusterRepository, PanacheRepositoryBase<TopicClusterJpaEntity, UUID> {

    private static final String MEMBERS = """
            WITH members AS (SELECT id, title, slug, status, is_pillar FROM posts
                             WHERE topic_cluster_id = :cluster AND deleted_at IS NULL),
                 pillar AS (SELECT id, slug FROM members WHERE is_pillar)
            SELECT m.id, m.title, m.slug, m.status, m.is_pillar,
                   EXISTS (SELECT 1 FROM post_links l JOIN pillar p ON l.target_slug = p.slug WHERE l.post_id = m.id),
                   EXISTS (SELECT 1 FROM post_links l JOIN pillar p ON l.post_id = p.id WHERE l.target_slug = m.slug)
            FROM members m ORDER BY m.is_pillar DESC, m.title, m.id""";

    @Override
    public TopicCluster add(TopicCluster cluster) {
        var row = new TopicClusterJpaEntity();
        row.id = cluster.id().value();
        copy(cluster, row);
        TaxonomyWrites.flushing(getEntityManager(), "topic-cluster", "topic_clusters", () -> persist(row));
        return toDomain(row);
    }

    @Override
    public TopicCluster update(TopicCluster cluster) {
        TopicClusterJpaEntity row = findByIdOptional(cluster.id().value())
                .orElseThrow(() -> new StaleVersionException("topic-cluster"));
        if (row.version != cluster.version()) {
            throw new StaleVersionException("topic-cluster", row.version);
        }
        TaxonomyWrites.flushing(getEntityManager(), "topic-cluster", "topic_clusters", () -> copy(cluster, row));
        return toDomain(row);
    }

    /** Its posts leave the cluster first (versions bumped: their ETags no longer describe them). */
    @Override
    public void remove(TopicCluster cluster) {
        getEntityManager().createQuery("update PostJpaEntity p set p.topicClusterId = null, p.pillar = false,"
                        + " p.version = p.version + 1 where p.topicClusterId = :id")
                .setParameter("id", cluster.id().value()).executeUpdate();
        deleteById(cluster.id().value());
        flush();
    }

    @Override
    public Optional<TopicCluster> findCluster(TopicClusterId id) {
        return findByIdOptional(id.value()).map(PanacheTopicClusterRepository::toDomain);
    }

    @Override
    public Optional<TopicCluster> findClusterBySlug(Slug slug) {
        return find("slug", slug.value()).firstResultOptional().map(PanacheTopicClusterRepository::toDomain);
    }

    /** One statement over the post_links index: link checks never read Markdown. */
    @Override
    @SuppressWarnings("unchecked")
    public List<ClusterOverview.Member> members(TopicClusterId id) {
        List<Object[]> rows = getEntityManager().createNativeQuery(MEMBERS).setParameter("cluster", id.value())
                .getResultList();
        return rows.stream().map(row -> new ClusterOverview.Member(new PostId((UUID) row[0]), (String) row[1],
                new Slug((String) row[2]), PostStatus.valueOf((String) row[3]), (Boolean) row[4], (Boolean) row[5],
                (Boolean) row[6])).toList();
    }

    @Override
    public List<TopicCluster> allClusters() {
        return listAll(Sort.ascending("name")).stream().map(PanacheTopicClusterRepository::toDomain).toList();
    }

    private static void copy(TopicCluster cluster, TopicClusterJpaEntity row) {
        row.name = cluster.name();
        row.slug = cluster.slug().value();
        row.description = cluster.description();
    }

    private static TopicCluster toDomain(TopicClusterJpaEntity row) {
        return new TopicCluster(new TopicClusterId(row.id), row.name, new Slug(row.slug), row.description,
                row.version);
    }
}
