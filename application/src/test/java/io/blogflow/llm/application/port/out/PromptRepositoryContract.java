package io.blogflow.llm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptId;
import io.blogflow.llm.domain.PromptTemplate;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PromptRepository} does; an implementation's test gives it and its transactions. */
public abstract class PromptRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-06-01T10:00:00.123456Z");
    private static final UUID AUTHOR = UUID.randomUUID();

    protected abstract PromptRepository prompts();

    @Test
    void anAddedPromptIsFoundByItsName() {
        Prompt prompt = newPrompt();

        Prompt added = tx(() -> prompts().add(prompt));

        assertThat(added).isEqualTo(prompt);
        assertThat(tx(() -> prompts().findByName(prompt.name(), false))).contains(prompt);
        assertThat(tx(() -> prompts().findByName(prompt.name(), true))).contains(prompt);
        assertThat(tx(() -> prompts().findByName("no-" + prompt.name(), false))).isEmpty();
    }

    @Test
    void aNameInUseIsAConflict() {
        Prompt prompt = tx(() -> prompts().add(newPrompt()));

        assertThatThrownBy(() -> tx(() -> prompts().add(new Prompt(new PromptId(UUID.randomUUID()), prompt.name(), 0,
                NOW, AUTHOR)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("prompt.name-taken"));
    }

    @Test
    void promptsAreListedByNameAPageAtATime() {
        String prefix = "list-" + UUID.randomUUID().toString().substring(0, 8);
        Prompt b = tx(() -> prompts().add(newPrompt(prefix + "-b")));
        Prompt a = tx(() -> prompts().add(newPrompt(prefix + "-a")));

        var names = tx(() -> prompts().list(new PageRequest(1, PageRequest.MAX_SIZE))).items().stream()
                .map(Prompt::name).toList();

        assertThat(names.indexOf(a.name())).isNotNegative().isLessThan(names.indexOf(b.name()));
        assertThat(tx(() -> prompts().list(new PageRequest(1, 1))).items()).hasSize(1);
    }

    @Test
    void theChangeCounterIsStored() {
        Prompt prompt = tx(() -> prompts().add(newPrompt()));

        Prompt updated = tx(() -> prompts().updateVersion(new Prompt(prompt.id(), prompt.name(), 4,
                prompt.createdAt(), prompt.createdBy())));

        assertThat(updated.version()).isEqualTo(4);
        assertThat(tx(() -> prompts().findByName(prompt.name(), false))).contains(updated);
    }

    @Test
    void versionsReadBackNewestFirstEachWithTheLabelsPointingAtIt() {
        Prompt prompt = tx(() -> prompts().add(newPrompt()));
        PromptVersion first = version(prompt, 1, null);
        PromptVersion second = version(prompt, 2, "You are terse.");
        assertThat(tx(() -> prompts().latestVersion(prompt.id()))).isZero();

        tx(() -> {
            prompts().addVersion(first);
            prompts().addVersion(second);
            prompts().setLabel(prompt.id(), "production", 1);
            prompts().setLabel(prompt.id(), "latest", 2);
            prompts().setLabel(prompt.id(), "staging", 2);
        });

        assertThat(tx(() -> prompts().versionsOf(prompt))).containsExactly(
                second.withLabels(Set.of("latest", "staging")), first.withLabels(Set.of("production")));
        assertThat(tx(() -> prompts().version(prompt, 1))).contains(first.withLabels(Set.of("production")));
        assertThat(tx(() -> prompts().version(prompt, 3))).isEmpty();
        assertThat(tx(() -> prompts().latestVersion(prompt.id()))).isEqualTo(2);
    }

    @Test
    void aLabelIsCreatedMovedAndRemoved() {
        Prompt prompt = tx(() -> prompts().add(newPrompt()));
        tx(() -> {
            prompts().addVersion(version(prompt, 1, null));
            prompts().addVersion(version(prompt, 2, null));
            prompts().setLabel(prompt.id(), "production", 1);
        });

        tx(() -> prompts().setLabel(prompt.id(), "production", 2));

        assertThat(tx(() -> prompts().labelsOf(prompt.id()))).isEqualTo(Map.of("production", 2));
        assertThat(tx(() -> prompts().removeLabel(prompt.id(), "production"))).isTrue();
        assertThat(tx(() -> prompts().removeLabel(prompt.id(), "production"))).isFalse();
        assertThat(tx(() -> prompts().labelsOf(prompt.id()))).isEmpty();
    }

    private Prompt newPrompt() {
        return newPrompt("prompt-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Prompt newPrompt(String name) {
        return new Prompt(new PromptId(UUID.randomUUID()), name, 0, NOW, AUTHOR);
    }

    private static PromptVersion version(Prompt prompt, int number, String systemPrompt) {
        return new PromptVersion(prompt.id(), prompt.name(), number, systemPrompt,
                new PromptTemplate("Suggest a title for {{basicIdea}} (" + number + ")"),
                Map.of("temperature", 0.5), Set.of(), NOW.plusSeconds(number), AUTHOR);
    }
}
