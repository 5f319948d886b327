package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LlmActionRepository} does. An implementation's test gives it, the button repository its usages
 * count, and the models and steps actions and buttons may refer to.
 */
public abstract class LlmActionRepositoryContract extends RepositoryContract {

    protected abstract LlmActionRepository actions();

    protected abstract ActionButtonRepository buttons();

    /** A model that exists. */
    protected abstract ModelId aModel();

    /** A step buttons may be put on. */
    protected abstract WorkflowItemId aStep();

    /** A sub-stage an action may be the default of. */
    protected abstract WorkflowItemId aSubStage();

    @Test
    void anAddedActionReadsBackEqual() {
        LlmAction action = new LlmAction(new ActionId(UUID.randomUUID()), unique("Summarise"), "Sums up the idea",
                new PromptReference("summary", null, 3), aModel(), aModel(), 0.4, 800, Duration.ofSeconds(45),
                List.of(EditorialField.BASIC_IDEA, EditorialField.SCOPE), EditorialField.INTRO_BLURB, false, 0);

        LlmAction added = tx(() -> actions().add(action));

        assertThat(added).isEqualTo(action);
        assertThat(tx(() -> actions().find(action.id()))).contains(action);
    }

    @Test
    void aNameInUseIsAConflict() {
        LlmAction first = tx(() -> actions().add(action(unique("Title"))));

        assertThatThrownBy(() -> tx(() -> actions().add(action(first.name()))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("action.name-taken"));
    }

    @Test
    void aModelThatDoesNotExistIsAFieldError() {
        LlmAction action = new LlmAction(new ActionId(UUID.randomUUID()), unique("Orphan"), null,
                PromptReference.production("titles"), new ModelId(UUID.randomUUID()), null, null, null, null,
                List.of(), EditorialField.MAIN_TITLE, true, 0);

        assertThatThrownBy(() -> tx(() -> actions().add(action)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("model");
                            assertThat(error.code()).isEqualTo("model.unknown");
                        }));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        LlmAction added = tx(() -> actions().add(action(unique("Versioned"))));
        LlmAction renamed = copy(added, unique("Renamed"), added.version());

        LlmAction updated = tx(() -> actions().update(renamed));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(tx(() -> actions().find(added.id()))).contains(updated);
        assertThatThrownBy(() -> tx(() -> actions().update(copy(added, unique("Lost"), 0))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void aRemovedActionIsGone() {
        LlmAction added = tx(() -> actions().add(action(unique("Short-lived"))));

        tx(() -> actions().remove(added));

        assertThat(tx(() -> actions().find(added.id()))).isEmpty();
    }

    @Test
    void actionsAreListedByNameAPageAtATime() {
        String prefix = unique("List");
        LlmAction b = tx(() -> actions().add(action(prefix + " b")));
        LlmAction a = tx(() -> actions().add(action(prefix + " a")));

        var all = tx(() -> actions().list(new PageRequest(1, PageRequest.MAX_SIZE)));
        var names = all.items().stream().map(LlmAction::name).toList();

        assertThat(names.indexOf(a.name())).isLessThan(names.indexOf(b.name()));
        assertThat(all.total()).isGreaterThanOrEqualTo(2);
        assertThat(tx(() -> actions().list(new PageRequest(1, 1))).items()).hasSize(1);
    }

    @Test
    void usagesCountTheButtonsAndTheSubStageDefaultsThatReferToTheAction() {
        LlmAction action = tx(() -> actions().add(action(unique("Used"))));
        assertThat(tx(() -> actions().usages(action.id()))).isZero();
        WorkflowItemId step = aStep();

        tx(() -> {
            buttons().insert(new ActionButton(UUID.randomUUID(), step, action.id(), "Run", 1));
            buttons().insert(new ActionButton(UUID.randomUUID(), step, action.id(), "Run again", 2));
            buttons().setDefaultAction(aSubStage(), action.id());
        });

        assertThat(tx(() -> actions().usages(action.id()))).isEqualTo(3);
    }

    private LlmAction action(String name) {
        return new LlmAction(new ActionId(UUID.randomUUID()), name, null, PromptReference.production("titles"),
                aModel(), null, null, null, null, List.of(), EditorialField.MAIN_TITLE, true, 0);
    }

    private static LlmAction copy(LlmAction a, String name, long version) {
        return new LlmAction(a.id(), name, a.description(), a.prompt(), a.model(), a.fallbackModel(), a.temperature(),
                a.maxTokens(), a.timeout(), a.inputs(), a.output(), a.enabled(), version);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
