package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/** The columns categories and topic clusters share. */
@MappedSuperclass
public abstract class TaxonomyRow {

    @Id
    UUID id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(nullable = false, length = 120)
    String slug;

    @Column(length = 1000)
    String description;

    @Version
    @Column(nullable = false)
    long version;
}
