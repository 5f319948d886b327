package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmModelRepositoryContract;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.domain.action.ActionId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheLlmModelRepositoryTest extends LlmModelRepositoryContract {

    @Inject
    LlmModelRepository models;

    @Inject
    LlmActionRepository actions;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected LlmModelRepository models() {
        return models;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected ProviderId aProvider() {
        return fixtures.provider();
    }

    /** The actions' foreign keys keep a model in use: deleting it is the registry's conflict, not a broken key. */
    @Test
    void aModelAnActionUsesIsNotRemoved() {
        ActionId action = fixtures.action();
        var model = transactions.inTransaction(() -> models.findModel(actions.find(action).orElseThrow().model()))
                .orElseThrow();

        assertThatThrownBy(() -> transactions.inTransaction(() -> models.remove(model)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("llm-model.in-use"));
    }
}
