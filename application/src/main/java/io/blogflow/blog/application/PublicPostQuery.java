package io.blogflow.blog.application;

import io.blogflow.shared.domain.UserId;

/** Which published posts a reader lists, and in which order; {@code author} is optional (null). */
public record PublicPostQuery(UserId author, Sort sort) {

    public enum Sort { NEWEST, OLDEST, TITLE }
}
