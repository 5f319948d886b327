package io.blogflow.blog.adapter.rest.archfixture;

import io.blogflow.blog.application.service.GetPostService;

/** Deliberately broken: an adapter using a service instead of the use case (port.in) it implements. */
public class RestCallingAService {

    public GetPostService service;
}
