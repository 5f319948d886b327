package io.blogflow.blog.application.port.in;

/** Deleting moves a post to the trash; see {@link PostTrashUseCase} for restoring and permanent deletion. */
public interface DeletePostUseCase {

    void delete(DeletePostCommand command);
}
