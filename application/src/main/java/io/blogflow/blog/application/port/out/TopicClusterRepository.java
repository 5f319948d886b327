package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import java.util.Optional;

/** Where topic clusters live; duplicate names or slugs are {@code ConflictException}. */
public interface TopicClusterRepository {

    TopicCluster add(TopicCluster cluster);

    TopicCluster update(TopicCluster cluster);

    /** Deletes the cluster; its posts stay, outside any cluster (and no longer a pillar). */
    void remove(TopicCluster cluster);

    Optional<TopicCluster> findCluster(TopicClusterId id);

    Optional<TopicCluster> findClusterBySlug(Slug slug);

    /** The cluster's posts outside the trash, and whether each links to the pillar and the pillar to it. */
    List<ClusterOverview.Member> members(TopicClusterId id);

    /** Every cluster, by name. */
    List<TopicCluster> allClusters();

}
