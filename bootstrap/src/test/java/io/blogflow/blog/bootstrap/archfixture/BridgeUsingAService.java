package io.blogflow.blog.bootstrap.archfixture;

import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.application.service.GetPostService;

/** Deliberately broken: a port implementation living in bootstrap that uses a service instead of a port. */
public abstract class BridgeUsingAService implements PostImages {

    public GetPostService service;
}
