package io.blogflow.blog.domain;

import java.util.Objects;

/**
 * A topic cluster: a pillar post covering a subject broadly and the cluster posts covering its parts, linked to
 * each other. Posts join a cluster through their own {@code topicClusterId} (one at most) and one of them may be
 * its pillar.
 */
public record TopicCluster(TopicClusterId id, String name, Slug slug, String description, long version) {

    public TopicCluster {
        Objects.requireNonNull(id, "id");
        name = Category.validName(name);
        Objects.requireNonNull(slug, "slug");
        description = Texts.optional("description", description, 1000);
    }
}
