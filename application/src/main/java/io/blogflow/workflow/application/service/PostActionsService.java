package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.workflow.application.port.in.PostActionsUseCase;
import io.blogflow.workflow.application.port.in.PostProgressUseCase.ProgressView;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree.Node;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.LlmAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the post's position through the progress use case (which checks access and starts a post's progress when it
 * has none), then what its current sub-stage offers. Retired steps and disabled actions offer nothing.
 */
public final class PostActionsService implements PostActionsUseCase {

    private final PostProgressUseCase progress;
    private final ActionButtonRepository buttons;
    private final LlmActionRepository actions;
    private final Transactions transactions;

    public PostActionsService(PostProgressUseCase progress, ActionButtonRepository buttons,
                              LlmActionRepository actions, Transactions transactions) {
        this.progress = progress;
        this.buttons = buttons;
        this.actions = actions;
        this.transactions = transactions;
    }

    @Override
    public List<OfferedAction> offered(PostId post, Actor actor) {
        ProgressView view = progress.progress(post, actor);
        WorkflowItemId subStage = view.progress().subStageId();
        List<WorkflowItemId> steps = view.workflow().stages().stream().flatMap(stage -> stage.children().stream())
                .filter(sub -> sub.item().id().equals(subStage)).flatMap(sub -> sub.children().stream())
                .map(Node::item).filter(step -> step.active()).map(step -> step.id()).toList();
        return transactions.inTransaction(() -> {
            List<OfferedAction> offered = new ArrayList<>();
            buttons.defaultActionOf(subStage).flatMap(actions::find).filter(LlmAction::enabled).ifPresent(action ->
                    offered.add(new OfferedAction(true, subStage, null, null, action.name(), action)));
            Map<WorkflowItemId, List<ActionButton>> byStep = buttons.buttonsOf(steps);
            for (WorkflowItemId step : steps) {
                for (ActionButton button : byStep.getOrDefault(step, List.of())) {
                    Optional<LlmAction> action = actions.find(button.action()).filter(LlmAction::enabled);
                    action.ifPresent(a -> offered.add(new OfferedAction(false, subStage, step, button,
                            button.label(), a)));
                }
            }
            return offered;
        });
    }
}
