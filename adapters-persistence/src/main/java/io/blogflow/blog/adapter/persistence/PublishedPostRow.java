package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A {@code posts} row as readers get it: without the Markdown source (only the rendered body is shown, and the source
 * is the largest column after it), never written, so Hibernate keeps no dirty-checking snapshot of it.
 */
@Entity
@Immutable
@Table(name = "posts")
public class PublishedPostRow extends PostColumns {
}
