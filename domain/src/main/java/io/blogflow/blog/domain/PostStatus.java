package io.blogflow.blog.domain;

/** Where a post stands in its lifecycle. The foundation knows drafts only; publishing comes with the content core. */
public enum PostStatus {
    DRAFT
}
