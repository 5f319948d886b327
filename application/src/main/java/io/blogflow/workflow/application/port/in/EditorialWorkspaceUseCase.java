package io.blogflow.workflow.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editorial workspace a post owns: its planning fields and its ordered sections. Every call first checks that
 * the actor may reach the post (others' posts, trashed or missing ones are "post not found"). Field maps are checked
 * against the editorial field registry.
 */
public interface EditorialWorkspaceUseCase {

    /** The post's workspace; an empty one at version 0 when nothing was written yet. */
    PostWorkspace workspace(PostId postId, Actor actor);

    /** Replaces the workspace's planning fields with {@code fields}, if its version is still {@code expectedVersion}. */
    PostWorkspace updateWorkspace(PostId postId, Actor actor, long expectedVersion, Map<String, Object> fields);

    List<PostSection> sections(PostId postId, Actor actor);

    PostSection section(PostId postId, UUID sectionId, Actor actor);

    /** Adds a section at {@code position} (1..n+1, default last); later ones move down. */
    PostSection addSection(PostId postId, Actor actor, Integer position, Map<String, Object> fields);

    /** Replaces a section's fields, if its version is still {@code expectedVersion}. */
    PostSection updateSection(PostId postId, UUID sectionId, Actor actor, long expectedVersion,
                              Map<String, Object> fields);

    /** Removes a section, if its version is still {@code expectedVersion}; later ones close ranks. */
    void deleteSection(PostId postId, UUID sectionId, Actor actor, long expectedVersion);

    /** Puts the post's sections in this order, atomically; {@code ids} must be exactly the post's section ids. */
    List<PostSection> reorderSections(PostId postId, Actor actor, List<UUID> ids);
}
