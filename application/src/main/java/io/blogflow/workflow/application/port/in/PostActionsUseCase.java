package io.blogflow.workflow.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.LlmAction;
import java.util.List;

/** The actions a post offers where it stands in the workflow. */
public interface PostActionsUseCase {

    /**
     * The enabled actions of the post's current sub-stage: its default action first, then the buttons of its active
     * steps, steps and buttons in order. The post must be reachable by the actor (else "post not found").
     */
    List<OfferedAction> offered(PostId post, Actor actor);

    /**
     * One offer: {@code button} and {@code step} are null for the sub-stage's default action, whose label is the
     * action's name.
     */
    record OfferedAction(boolean isDefault, WorkflowItemId subStage, WorkflowItemId step, ActionButton button,
                         String label, LlmAction action) {
    }
}
