package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of the {@code posts} table, to change: every column, the Markdown source included. */
@Entity
@Table(name = "posts")
public class PostJpaEntity extends PostColumns {

    @Column(name = "content_markdown", nullable = false, columnDefinition = "text")
    String contentMarkdown;
}
