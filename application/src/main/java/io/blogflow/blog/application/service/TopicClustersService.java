package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Texts;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.Validation;
import java.util.List;
import java.util.Map;

public final class TopicClustersService implements TopicClustersUseCase {

    private final TopicClusterRepository clusters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public TopicClustersService(TopicClusterRepository clusters, Transactions transactions, IdGenerator ids,
                                AuditTrail audit) {
        this.clusters = clusters;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public List<TopicCluster> list() {
        return clusters.allClusters();
    }

    @Override
    public TopicCluster get(TopicClusterId id) {
        return clusters.findCluster(id).orElseThrow(() -> new NotFoundException("topic-cluster", id.toString()));
    }

    @Override
    public ClusterOverview overview(TopicClusterId id) {
        return ClusterOverview.of(get(id), clusters.members(id));
    }

    @Override
    public TopicCluster create(Actor actor, ClusterValues values) {
        TaxonomyRules.requireEditor(actor, "topic clusters");
        TopicCluster cluster = valid(new TopicClusterId(ids.newId()), values, 0);
        return transactions.inTransaction(() -> {
            TopicCluster created = clusters.add(cluster);
            audit.record(actor.id(), "topic-cluster.created", "topic-cluster", created.id(), null, snapshot(created));
            return created;
        });
    }

    @Override
    public TopicCluster update(Actor actor, TopicClusterId id, long expectedVersion, ClusterValues values) {
        TaxonomyRules.requireEditor(actor, "topic clusters");
        return transactions.inTransaction(() -> {
            TopicCluster current = current(id, expectedVersion);
            TopicCluster saved = clusters.update(valid(id, values, current.version()));
            audit.record(actor.id(), "topic-cluster.updated", "topic-cluster", id, snapshot(current), snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(Actor actor, TopicClusterId id, long expectedVersion) {
        TaxonomyRules.requireEditor(actor, "topic clusters");
        transactions.inTransaction(() -> {
            TopicCluster doomed = current(id, expectedVersion);
            clusters.remove(doomed);
            audit.record(actor.id(), "topic-cluster.deleted", "topic-cluster", id, snapshot(doomed), null);
            return null;
        });
    }

    private TopicCluster current(TopicClusterId id, long expectedVersion) {
        TopicCluster current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("topic-cluster", current.version());
        }
        return current;
    }

    private static TopicCluster valid(TopicClusterId id, ClusterValues values, long version) {
        var validation = new Validation();
        String name = validation.field("name", () -> io.blogflow.blog.domain.Category.validName(values.name()));
        Slug slug = TaxonomyRules.slug(validation, values.slug(), values.name());
        String description = validation.field("description",
                () -> Texts.optional("description", values.description(), 1000));
        validation.throwIfInvalid();
        return new TopicCluster(id, name, slug, description, version);
    }

    private static Map<String, Object> snapshot(TopicCluster cluster) {
        return Map.of("name", cluster.name(), "slug", cluster.slug().value());
    }
}
