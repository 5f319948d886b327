package io.blogflow.blog.application.port.in;

/** The scheduler's job: publish every scheduled post whose time has come, including those missed while down. */
public interface PublishDuePostsUseCase {

    /** @return how many posts this call published */
    int publishDue();
}
