package io.blogflow.workflow.bootstrap;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.application.service.WorkflowDefinitionService;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.out.PostProgressRepository;
import io.blogflow.workflow.application.service.PostProgressService;
import io.blogflow.blog.application.port.in.GeneratedTextUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.application.service.EditorialWorkspaceService;
import io.blogflow.llm.application.port.out.PromptVocabulary;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.workflow.application.port.in.ActionButtonsUseCase;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.in.PostActionsUseCase;
import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.application.service.ActionButtonsService;
import io.blogflow.workflow.application.service.LlmActionsService;
import io.blogflow.workflow.application.service.PostActionsService;
import io.blogflow.workflow.application.port.in.HoldSectionUseCase;
import io.blogflow.workflow.application.service.HoldSectionService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the workflow context's framework-free use-case services from their ports. */
@Singleton
public class WorkflowProducers {

    @Produces
    @Singleton
    EditorialPosts editorialPosts(GetPostUseCase posts, GeneratedTextUseCase text) {
        return new BlogEditorialPosts(posts, text);
    }

    @Produces
    @Singleton
    PromptVocabulary promptVocabulary() {
        return new EditorialPromptVocabulary();
    }

    @Produces
    @Singleton
    WorkflowDefinitionUseCase workflowDefinition(WorkflowDefinitionRepository definitions, Transactions transactions,
                                                 IdGenerator ids, Clock clock, AuditTrail audit) {
        return new WorkflowDefinitionService(definitions, transactions, ids, clock, audit);
    }

    @Produces
    @Singleton
    EditorialWorkspaceUseCase editorialWorkspace(EditorialPosts posts, EditorialWorkspaceRepository workspaces,
                                                 Transactions transactions, IdGenerator ids) {
        return new EditorialWorkspaceService(posts, workspaces, transactions, ids);
    }

    /** The media library holds a section while a finished generation joins its images. */
    @Produces
    @Singleton
    HoldSectionUseCase holdSection(EditorialWorkspaceRepository workspaces, Transactions transactions) {
        return new HoldSectionService(workspaces, transactions);
    }

    @Produces
    @Singleton
    PostProgressUseCase postProgress(PostProgressRepository progress, WorkflowDefinitionRepository definitions,
                                     EditorialPosts posts, Transactions transactions, IdGenerator ids, Clock clock,
                                     AuditTrail audit) {
        return new PostProgressService(progress, definitions, posts, transactions, ids, clock, audit);
    }

    @Produces
    @Singleton
    LlmActionsUseCase llmActions(LlmActionRepository actions, ResolvePromptUseCase prompts, Transactions transactions,
                                 IdGenerator ids, AuditTrail audit) {
        return new LlmActionsService(actions, prompts, transactions, ids, audit);
    }

    @Produces
    @Singleton
    ActionButtonsUseCase actionButtons(ActionButtonRepository buttons, LlmActionRepository actions,
                                       WorkflowDefinitionRepository definitions, Transactions transactions,
                                       IdGenerator ids, AuditTrail audit) {
        return new ActionButtonsService(buttons, actions, definitions, transactions, ids, audit);
    }

    @Produces
    @Singleton
    PostActionsUseCase postActions(PostProgressUseCase progress, ActionButtonRepository buttons,
                                   LlmActionRepository actions, Transactions transactions) {
        return new PostActionsService(progress, buttons, actions, transactions);
    }
}
