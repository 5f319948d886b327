package io.blogflow.shared.domain.archfixture;

import io.blogflow.blog.domain.Post;

/** Deliberately broken: the shared kernel depending on the blog context (and so closing a cycle). */
public class SharedDependingOnBlog {

    public Post post;
}
