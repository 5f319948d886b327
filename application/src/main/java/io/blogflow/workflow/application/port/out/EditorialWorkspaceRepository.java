package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Posts' editorial workspaces and their ordered sections. Callers run inside a transaction. */
public interface EditorialWorkspaceRepository {

    /** The stored workspace of a post, if anything was ever written to it. */
    Optional<PostWorkspace> workspaceOf(PostId postId);

    /**
     * The post's workspace, created empty (version 0) when missing, locked for the rest of the transaction: every
     * change to a post's workspace or sections takes this lock first, so they are serialised per post.
     */
    PostWorkspace lockWorkspace(PostId postId);

    /** Stores new fields of a locked workspace; the stored version is one more. */
    PostWorkspace updateWorkspace(PostWorkspace changed);

    /** The post's sections by position. */
    List<PostSection> sectionsOf(PostId postId);

    Optional<PostSection> sectionOf(PostId postId, UUID sectionId);

    /** Inserts a section at its position; sections at or after it move one down first. */
    PostSection insertSection(PostSection section);

    /** Stores new fields of a section; the stored version is one more. */
    PostSection updateSection(PostSection changed);

    /** Removes a section; later ones move up, so positions stay 1..n. */
    void deleteSection(PostSection section);

    /** Gives the post's sections positions 1..n in this order (all of them, checked by the caller). */
    void reorderSections(PostId postId, List<UUID> order);

    /**
     * Locks a section for the rest of the transaction (its deletion waits, and so does the next holder); false, locking
     * nothing, when it is gone.
     */
    boolean lockSection(UUID sectionId);
}
