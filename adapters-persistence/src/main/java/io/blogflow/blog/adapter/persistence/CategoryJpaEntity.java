package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Row of {@code categories}. */
@Entity
@Table(name = "categories")
public class CategoryJpaEntity extends TaxonomyRow {

    @Column(name = "parent_id")
    UUID parentId;
}
