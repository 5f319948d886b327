package io.blogflow.blog.domain.archfixture;

import io.blogflow.blog.application.port.out.PostRepository;

/** Deliberately broken: the domain reaching outwards into the application layer. */
public class DomainCallingApplication {

    public PostRepository posts;
}
