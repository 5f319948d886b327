package io.blogflow.workflow.application.service;

import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.application.port.in.HoldSectionUseCase;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import java.util.UUID;

/** A section held by its lock, which its deletion also waits for. */
public final class HoldSectionService implements HoldSectionUseCase {

    private final EditorialWorkspaceRepository workspaces;
    private final Transactions transactions;

    public HoldSectionService(EditorialWorkspaceRepository workspaces, Transactions transactions) {
        this.workspaces = workspaces;
        this.transactions = transactions;
    }

    @Override
    public boolean hold(UUID sectionId) {
        return transactions.inTransaction(() -> workspaces.lockSection(sectionId));
    }
}
