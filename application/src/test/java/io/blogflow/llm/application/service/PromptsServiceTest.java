package io.blogflow.llm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.application.port.in.AddPromptVersionUseCase.NewVersion;
import io.blogflow.llm.application.port.in.CreatePromptUseCase.NewPrompt;
import io.blogflow.llm.application.port.in.PromptDetails;
import io.blogflow.llm.application.port.out.InMemoryPromptRepository;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.AuditTrails;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PromptsServiceTest {

    private static final UserId EDITOR = new UserId(UUID.randomUUID());

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final PromptsService service = new PromptsService(new InMemoryPromptRepository(),
            Set.of("topic", "title")::contains, new InMemoryTransactions(), UUID::randomUUID, clock,
            AuditTrails.inMemory(audit, clock));

    @Test
    void aNewPromptStartsAtVersionOneLabelledProductionAndLatest() {
        PromptDetails created = service.create(EDITOR, new NewPrompt("ideas", " ", "Ideas about {{topic}}",
                Map.of("temperature", 0.2)));

        assertThat(created.prompt().version()).isZero();
        assertThat(created.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("production", 1, "latest", 1));
        assertThat(created.versions()).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.systemPrompt()).as("blank is none").isNull();
            assertThat(version.labels()).containsExactlyInAnyOrder("production", "latest");
            assertThat(version.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
            assertThat(version.createdBy()).isEqualTo(EDITOR.value());
        });
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("prompt.created");
            assertThat(entry.actor()).isEqualTo(EDITOR);
            assertThat(entry.after()).containsEntry("name", "ideas").containsEntry("version", 1);
        });
    }

    @Test
    void everyBrokenFieldIsReportedAtOnceAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(EDITOR, new NewPrompt("Not A Name", null, "Broken {{", null)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "template"));

        assertThat(service.list(new io.blogflow.shared.domain.PageRequest(1, 10)).items()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aPlaceholderTheFieldRegistryDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> service.create(EDITOR, new NewPrompt("ideas", null, "{{topic}} for {{audience}}",
                null))).isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                .singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo("template.unknown-field");
                    assertThat(error.message()).contains("{{audience}}");
                }));
    }

    @Test
    void aTakenNameIsAConflict() {
        service.create(EDITOR, prompt("ideas"));

        assertThatThrownBy(() -> service.create(EDITOR, prompt("ideas")))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("prompt.name-taken"));
    }

    @Test
    void aNewVersionMovesLatestButLeavesProductionUnlessAskedAndBumpsTheChangeCounter() {
        service.create(EDITOR, prompt("ideas"));
        clock.advance(Duration.ofMinutes(5));

        PromptDetails second = service.addVersion(EDITOR, "ideas", 0L,
                new NewVersion("Be brief.", "Two about {{title}}", null, null));
        PromptDetails third = service.addVersion(EDITOR, "ideas", 1L,
                new NewVersion(null, "Three about {{title}}", null, Set.of("production", "beta")));

        assertThat(second.labels()).containsEntry("latest", 2).containsEntry("production", 1);
        assertThat(second.prompt().version()).isEqualTo(1);
        assertThat(second.versions()).extracting(PromptVersion::version).containsExactly(2, 1);
        assertThat(second.versions().get(0).createdAt()).isEqualTo(Instant.parse("2026-11-23T10:05:00Z"));
        assertThat(third.labels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("latest", 3, "production", 3, "beta", 3));
        assertThat(third.prompt().version()).isEqualTo(2);
        assertThat(audit.actions()).containsExactly("prompt.created", "prompt.version-added",
                "prompt.version-added");
        assertThat(audit.entries().get(2).after()).containsEntry("version", 3);
    }

    @Test
    void aVersionBasedOnAnOldReadIsStaleButNoExpectationSkipsTheCheck() {
        service.create(EDITOR, prompt("ideas"));
        service.addVersion(EDITOR, "ideas", null, version("Second {{topic}}"));

        assertThatThrownBy(() -> service.addVersion(EDITOR, "ideas", 0L, version("Third {{topic}}")))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.currentVersion()).hasValue(1));
        assertThat(service.versions("ideas")).hasSize(2);
    }

    @Test
    void latestCannotBeSetByHandOnANewVersionNorAsALabel() {
        service.create(EDITOR, prompt("ideas"));

        assertThatThrownBy(() -> service.addVersion(EDITOR, "ideas", null,
                new NewVersion(null, "Again {{topic}}", null, Set.of("latest"))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::code).containsExactly("label.reserved"));
        assertThatThrownBy(() -> service.setLabel(EDITOR, "ideas", "latest", 1, 0))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("label"));
        assertThat(service.versions("ideas")).hasSize(1);
    }

    @Test
    void productionCanBeMovedBackAndTheAuditShowsFromWhereToWhere() {
        service.create(EDITOR, prompt("ideas"));
        service.addVersion(EDITOR, "ideas", 0L, new NewVersion(null, "v2 {{topic}}", null, Set.of("production")));

        PromptDetails rolledBack = service.setLabel(EDITOR, "ideas", "production", 1, 1);

        assertThat(rolledBack.labels()).containsEntry("production", 1).containsEntry("latest", 2);
        assertThat(rolledBack.prompt().version()).isEqualTo(2);
        AuditEntry moved = audit.entries().get(2);
        assertThat(moved.action()).isEqualTo("prompt.label-set");
        assertThat(moved.before()).containsEntry("label", "production").containsEntry("version", 2);
        assertThat(moved.after()).containsEntry("version", 1);
        assertThat(service.resolve(PromptReference.production("ideas")).version()).isEqualTo(1);
    }

    @Test
    void aLabelCannotPointAtAVersionThatDoesNotExist() {
        service.create(EDITOR, prompt("ideas"));

        assertThatThrownBy(() -> service.setLabel(EDITOR, "ideas", "beta", 7, 0))
                .isInstanceOfSatisfying(NotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("prompt-not-found"));
        assertThat(service.get("ideas").labels()).doesNotContainKey("beta");
    }

    @Test
    void onlyCustomLabelsCanBeRemovedAndAMissingOneIsNotFound() {
        service.create(EDITOR, prompt("ideas"));
        service.setLabel(EDITOR, "ideas", "beta", 1, 0);

        PromptDetails removed = service.removeLabel(EDITOR, "ideas", "beta", 1);

        assertThat(removed.labels()).doesNotContainKey("beta");
        assertThat(removed.prompt().version()).isEqualTo(2);
        assertThat(audit.actions()).endsWith("prompt.label-removed");
        assertThatThrownBy(() -> service.removeLabel(EDITOR, "ideas", "production", 2))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::code).containsExactly("label.reserved"));
        assertThatThrownBy(() -> service.removeLabel(EDITOR, "ideas", "beta", 2))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.removeLabel(EDITOR, "ideas", "gamma", 1))
                .as("the version check comes before the label lookup").isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aReferenceResolvesByLabelOrFixedVersion() {
        service.create(EDITOR, prompt("ideas"));
        service.addVersion(EDITOR, "ideas", null, new NewVersion(null, "v2 {{topic}}", null, Set.of("beta")));

        assertThat(service.resolve(PromptReference.production("ideas")).template().text())
                .isEqualTo("Ideas about {{topic}}");
        assertThat(service.resolve(new PromptReference("ideas", "beta", null)).version()).isEqualTo(2);
        assertThat(service.resolve(new PromptReference("ideas", null, 1)).version()).isEqualTo(1);
        assertThatThrownBy(() -> service.resolve(new PromptReference("ideas", "gamma", null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ideas:gamma");
        assertThatThrownBy(() -> service.resolve(new PromptReference("ideas", null, 3)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ideas@3");
        assertThatThrownBy(() -> service.resolve(PromptReference.production("unknown")))
                .isInstanceOf(NotFoundException.class);
    }

    private static NewPrompt prompt(String name) {
        return new NewPrompt(name, null, "Ideas about {{topic}}", null);
    }

    private static NewVersion version(String template) {
        return new NewVersion(null, template, null, null);
    }
}
