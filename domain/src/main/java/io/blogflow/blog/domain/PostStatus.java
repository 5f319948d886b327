package io.blogflow.blog.domain;

/**
 * Where a post stands in its lifecycle:
 * {@code draft → pending_review → scheduled | published → archived}, {@code published → draft} (unpublish),
 * and back to {@code pending_review} from anywhere when an editor flags it.
 */
public enum PostStatus {
    DRAFT,
    PENDING_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
