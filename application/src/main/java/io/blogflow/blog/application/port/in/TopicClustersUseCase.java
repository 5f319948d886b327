package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.domain.Actor;
import java.util.List;

/** Topic clusters: editors create and curate them; posts join through their own topicClusterId and pillar flag. */
public interface TopicClustersUseCase {

    List<TopicCluster> list();

    TopicCluster get(TopicClusterId id);

    /** The pillar, the cluster posts, and which of them do not link to the pillar or are not linked from it. */
    ClusterOverview overview(TopicClusterId id);

    TopicCluster create(Actor actor, ClusterValues values);

    TopicCluster update(Actor actor, TopicClusterId id, long expectedVersion, ClusterValues values);

    /** Deletes the cluster; its posts stay, outside any cluster. */
    void delete(Actor actor, TopicClusterId id, long expectedVersion);

    /** {@code slug} may be null: derived from the name. */
    record ClusterValues(String name, String slug, String description) {
    }
}
