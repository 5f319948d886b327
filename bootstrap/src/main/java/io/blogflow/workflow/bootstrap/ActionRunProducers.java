package io.blogflow.workflow.bootstrap;

import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.application.port.in.ActionRunsUseCase;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.application.service.ActionRunsService;
import io.blogflow.workflow.application.service.GeneratedFieldWriter;
import io.blogflow.workflow.application.service.RunActionJob;
import io.blogflow.workflow.application.service.RunActionService;
import io.blogflow.workflow.application.service.RunNotices;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds action runs: the workflow side of running an LLM action on a post, and the action history. */
@Singleton
public class ActionRunProducers {

    /** The notice types of asynchronous runs (collected by the notifications context), and their sender. */
    @Produces
    @Singleton
    RunNotices runNotices(Notices notices) {
        return new RunNotices(notices);
    }

    @Produces
    @Singleton
    RunActionService runAction(EditorialPosts posts, LlmActionsUseCase actions, ResolvePromptUseCase prompts,
                               GenerateTextUseCase generator, EditorialWorkspaceRepository workspaces,
                               ActionRunRepository runs, Transactions transactions, IdGenerator ids, Jobs jobs,
                               RunNotices notices, Clock clock) {
        return new RunActionService(posts, actions, prompts, generator, workspaces, runs,
                new GeneratedFieldWriter(workspaces, posts, transactions), transactions, ids, jobs, notices, clock);
    }

    /** Performs runs accepted with {@code Prefer: respond-async}. */
    @Produces
    @Singleton
    RunActionJob runActionJob(RunActionService runs) {
        return new RunActionJob(runs);
    }

    @Produces
    @Singleton
    ActionRunsUseCase actionRuns(EditorialPosts posts, ActionRunRepository runs, InteractionLogUseCase interactions,
                                 Transactions transactions) {
        return new ActionRunsService(posts, runs, interactions, transactions);
    }
}
