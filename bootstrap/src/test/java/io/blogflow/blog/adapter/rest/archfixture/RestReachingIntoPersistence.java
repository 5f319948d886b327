package io.blogflow.blog.adapter.rest.archfixture;

import io.blogflow.blog.adapter.persistence.PostJpaEntity;

/** Deliberately broken: one adapter using another adapter instead of a port. */
public class RestReachingIntoPersistence {

    public PostJpaEntity row;
}
