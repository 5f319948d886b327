package io.blogflow.blog.application.port.in;

public interface DeletePostUseCase {

    void delete(DeletePostCommand command);
}
