package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.shared.adapter.rest.TypedIdConverters;
import jakarta.ws.rs.ext.Provider;

/** Post ids in paths; a malformed one is {@code post-not-found}. */
@Provider
public class BlogIdConverters extends TypedIdConverters {

    public BlogIdConverters() {
        super(new TypedId<>(PostId.class, PostId::new, PostId::value, PostNotFoundException::new));
    }
}
