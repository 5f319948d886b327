package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code topic_clusters}. */
@Entity
@Table(name = "topic_clusters")
public class TopicClusterJpaEntity extends TaxonomyRow {
}
