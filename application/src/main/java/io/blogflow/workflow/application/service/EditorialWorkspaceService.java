package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import io.blogflow.workflow.domain.SectionNotFoundException;
import io.blogflow.workflow.domain.SectionOrder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changes to a post's workspace and sections run under the workspace row's lock, so they are serialised per post:
 * positions stay 1..n and two concurrent reorders apply one after the other.
 */
public final class EditorialWorkspaceService implements EditorialWorkspaceUseCase {

    private final EditorialPosts posts;
    private final EditorialWorkspaceRepository workspaces;
    private final Transactions transactions;
    private final IdGenerator ids;

    public EditorialWorkspaceService(EditorialPosts posts, EditorialWorkspaceRepository workspaces,
                                     Transactions transactions, IdGenerator ids) {
        this.posts = posts;
        this.workspaces = workspaces;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public PostWorkspace workspace(PostId postId, Actor actor) {
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> workspaces.workspaceOf(postId).orElseGet(() -> PostWorkspace.empty(postId)));
    }

    @Override
    public PostWorkspace updateWorkspace(PostId postId, Actor actor, long expectedVersion, Map<String, Object> fields) {
        var document = new EditorialDocument(EditorialField.Scope.POST, fields);
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> {
            PostWorkspace current = workspaces.lockWorkspace(postId);
            requireVersion("workspace", current.version(), expectedVersion);
            return workspaces.updateWorkspace(new PostWorkspace(postId, document, current.version()));
        });
    }

    @Override
    public List<PostSection> sections(PostId postId, Actor actor) {
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> workspaces.sectionsOf(postId));
    }

    @Override
    public PostSection section(PostId postId, UUID sectionId, Actor actor) {
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> existing(postId, sectionId));
    }

    @Override
    public PostSection addSection(PostId postId, Actor actor, Integer position, Map<String, Object> fields) {
        var document = new EditorialDocument(EditorialField.Scope.SECTION, fields);
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> {
            workspaces.lockWorkspace(postId);
            int count = workspaces.sectionsOf(postId).size();
            var validation = new Validation();
            Integer at = validation.field("position", () -> SectionOrder.positionForNew(position, count));
            validation.throwIfInvalid();
            return workspaces.insertSection(new PostSection(ids.newId(), postId, at, document, 0));
        });
    }

    @Override
    public PostSection updateSection(PostId postId, UUID sectionId, Actor actor, long expectedVersion,
                                     Map<String, Object> fields) {
        var document = new EditorialDocument(EditorialField.Scope.SECTION, fields);
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> {
            workspaces.lockWorkspace(postId);
            PostSection current = existing(postId, sectionId);
            requireVersion("section", current.version(), expectedVersion);
            return workspaces.updateSection(new PostSection(sectionId, postId, current.position(), document,
                    current.version()));
        });
    }

    @Override
    public void deleteSection(PostId postId, UUID sectionId, Actor actor, long expectedVersion) {
        posts.requireReachable(postId, actor);
        transactions.inTransaction(() -> {
            workspaces.lockWorkspace(postId);
            PostSection current = existing(postId, sectionId);
            requireVersion("section", current.version(), expectedVersion);
            workspaces.deleteSection(current);
        });
    }

    @Override
    public List<PostSection> reorderSections(PostId postId, Actor actor, List<UUID> requested) {
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> {
            workspaces.lockWorkspace(postId);
            List<UUID> current = workspaces.sectionsOf(postId).stream().map(PostSection::id).toList();
            var validation = new Validation();
            List<UUID> order = validation.field("ids", () -> SectionOrder.requireSameSections(requested, current));
            validation.throwIfInvalid();
            workspaces.reorderSections(postId, order);
            return workspaces.sectionsOf(postId);
        });
    }

    private PostSection existing(PostId postId, UUID sectionId) {
        return workspaces.sectionOf(postId, sectionId)
                .orElseThrow(() -> new SectionNotFoundException(String.valueOf(sectionId)));
    }

    private static void requireVersion(String resource, long current, long expected) {
        if (current != expected) {
            throw new StaleVersionException(resource, current);
        }
    }
}
