package io.blogflow.workflow.application.service;

import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.GeneratedValue;
import io.blogflow.workflow.domain.run.RunError;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a run's answer into its field, only if the field still holds {@code expected} (compare-and-set per field)
 * and the answer fits it; otherwise nothing is written and the reason comes back. Workspace and section fields are
 * written under the post's workspace lock; the post's own text through the blog context, as an update with a
 * revision. Disclosure follows the public text: only the latter marks the post AI-generated (private planning
 * fields readers never see do not).
 */
public final class GeneratedFieldWriter {

    private final EditorialWorkspaceRepository workspaces;
    private final EditorialPosts posts;
    private final Transactions transactions;

    public GeneratedFieldWriter(EditorialWorkspaceRepository workspaces, EditorialPosts posts,
                                Transactions transactions) {
        this.workspaces = workspaces;
        this.posts = posts;
        this.transactions = transactions;
    }

    /** {@code error} is null when the value was written. */
    public record Written(RunError error) {
    }

    public Written write(ActionRun run, EditorialField field, Object expected, Actor actor) {
        Object value = GeneratedValue.forField(field, run.output());
        try {
            if (field.scope() == EditorialField.Scope.ARTICLE) {
                boolean written = transactions.inTransaction(() -> posts.writeArticleText(run.postId(), actor,
                        field.key(), (String) expected, (String) value, "AI action '" + run.actionName() + "' wrote "
                                + field.key()));
                return new Written(written ? null : changed(field));
            }
            return transactions.inTransaction(() -> {
                posts.requireReachable(run.postId(), actor); // trashed, or out of reach, while generating
                PostWorkspace workspace = workspaces.lockWorkspace(run.postId());
                Map<String, Object> current = field.scope() == EditorialField.Scope.POST
                        ? workspace.fields().values() : sectionFields(run);
                if (current == null || !Objects.equals(current.get(field.key()), expected)) {
                    return new Written(changed(field));
                }
                Map<String, Object> changed = new HashMap<>(current);
                changed.put(field.key(), value);
                var document = new EditorialDocument(field.scope(), changed);
                if (field.scope() == EditorialField.Scope.POST) {
                    workspaces.updateWorkspace(new PostWorkspace(run.postId(), document, workspace.version()));
                } else {
                    PostSection section = workspaces.sectionOf(run.postId(), run.sectionId()).orElseThrow();
                    workspaces.updateSection(new PostSection(section.id(), section.postId(), section.position(),
                            document, section.version()));
                }
                return new Written(null);
            });
        } catch (ValidationException invalid) {
            return new Written(new RunError(RunError.OUTPUT_INVALID, "output.invalid", null,
                    invalid.errors().stream().map(e -> e.message()).collect(Collectors.joining(" "))));
        } catch (StaleVersionException concurrent) {
            return new Written(changed(field));
        } catch (DomainException refused) {
            // e.g. the post went to the trash, or the caller lost access to it, while generating
            return new Written(new RunError(RunError.REFUSED, refused.code(), null, refused.getMessage()));
        }
    }

    private static RunError changed(EditorialField field) {
        return new RunError(RunError.CONFLICT, "field.changed", null, "'" + field.key()
                + "' changed (or its section was removed) while generating; the answer is kept in the run.");
    }

    private Map<String, Object> sectionFields(ActionRun run) {
        return run.sectionId() == null ? null : workspaces.sectionOf(run.postId(), run.sectionId())
                .map(section -> section.fields().values()).orElse(null);
    }
}
