package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.application.port.in.ActionRunsUseCase;
import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunErrors;
import java.util.UUID;

public final class ActionRunsService implements ActionRunsUseCase {

    private final EditorialPosts posts;
    private final ActionRunRepository runs;
    private final InteractionLogUseCase interactions;
    private final Transactions transactions;

    public ActionRunsService(EditorialPosts posts, ActionRunRepository runs, InteractionLogUseCase interactions,
                             Transactions transactions) {
        this.posts = posts;
        this.runs = runs;
        this.interactions = interactions;
        this.transactions = transactions;
    }

    @Override
    public Page<ActionRun> history(PostId postId, PageRequest page, Actor actor) {
        posts.requireReachable(postId, actor);
        return transactions.inTransaction(() -> runs.ofPost(postId, page));
    }

    @Override
    public RunDetails run(PostId postId, UUID runId, Actor actor) {
        posts.requireReachable(postId, actor);
        ActionRun run = transactions.inTransaction(() -> runs.find(postId, runId))
                .orElseThrow(() -> new RunErrors.NotFound(runId.toString()));
        return new RunDetails(run, interactions.trace(run.id()));
    }
}
