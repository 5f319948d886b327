package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.AddPromptVersionUseCase;
import io.blogflow.llm.application.port.in.AddPromptVersionUseCase.NewVersion;
import io.blogflow.llm.application.port.in.CreatePromptUseCase;
import io.blogflow.llm.application.port.in.CreatePromptUseCase.NewPrompt;
import io.blogflow.llm.application.port.in.PromptDetails;
import io.blogflow.llm.application.port.in.PromptLabelsUseCase;
import io.blogflow.llm.application.port.in.PromptQueriesUseCase;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.application.port.out.PromptRepository;
import io.blogflow.llm.application.port.out.PromptVocabulary;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptId;
import io.blogflow.llm.domain.PromptLabels;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.PromptTemplate;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every change runs in one transaction with the prompt locked, so label moves and new versions never interleave. */
public final class PromptsService implements CreatePromptUseCase, AddPromptVersionUseCase, PromptLabelsUseCase,
        PromptQueriesUseCase, ResolvePromptUseCase {

    private final PromptRepository prompts;
    private final PromptVocabulary vocabulary;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public PromptsService(PromptRepository prompts, PromptVocabulary vocabulary, Transactions transactions,
                          IdGenerator ids, Clock clock, AuditTrail audit) {
        this.prompts = prompts;
        this.vocabulary = vocabulary;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public PromptDetails create(UserId actor, NewPrompt values) {
        var validation = new Validation();
        String name = validation.field("name", () -> Prompt.validName(values.name()));
        Content content = content(validation, values.systemPrompt(), values.template(), values.parameters());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Prompt prompt = prompts.add(new Prompt(new PromptId(ids.newId()), name, 0, now, actor.value()));
            prompts.addVersion(content.version(prompt, 1, now, actor));
            prompts.setLabel(prompt.id(), PromptLabels.PRODUCTION, 1);
            prompts.setLabel(prompt.id(), PromptLabels.LATEST, 1);
            audit.record(actor, "prompt.created", "prompt", prompt.id(), null, Map.of("name", name, "version", 1));
            return details(prompt);
        });
    }

    @Override
    public PromptDetails addVersion(UserId actor, String name, Long expectedVersion, NewVersion values) {
        var validation = new Validation();
        Set<String> labels = validation.field("labels", () -> settableLabels(values.labels()));
        Content content = content(validation, values.systemPrompt(), values.template(), values.parameters());
        return transactions.inTransaction(() -> {
            Prompt prompt = locked(name, expectedVersion);
            int number = prompts.latestVersion(prompt.id()) + 1;
            prompts.addVersion(content.version(prompt, number, clock.instant(), actor));
            prompts.setLabel(prompt.id(), PromptLabels.LATEST, number);
            labels.forEach(label -> prompts.setLabel(prompt.id(), label, number));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", number);
            after.put("labels", List.copyOf(labels));
            audit.record(actor, "prompt.version-added", "prompt", prompt.id(), null, after);
            return details(prompts.updateVersion(bumped(prompt)));
        });
    }

    @Override
    public PromptDetails get(String name) {
        return transactions.inTransaction(() -> details(existing(name, false)));
    }

    @Override
    public Page<Prompt> list(PageRequest page) {
        return transactions.inTransaction(() -> prompts.list(page));
    }

    @Override
    public List<PromptVersion> versions(String name) {
        return transactions.inTransaction(() -> prompts.versionsOf(existing(name, false)));
    }

    @Override
    public PromptVersion version(String name, int version) {
        return transactions.inTransaction(() -> numbered(existing(name, false), version));
    }

    @Override
    public PromptDetails setLabel(UserId actor, String name, String label, int version, long expectedVersion) {
        String valid = validLabel(() -> PromptLabels.settable(label));
        return transactions.inTransaction(() -> {
            Prompt prompt = locked(name, expectedVersion);
            numbered(prompt, version);
            Integer before = prompts.labelsOf(prompt.id()).get(valid);
            prompts.setLabel(prompt.id(), valid, version);
            audit.record(actor, "prompt.label-set", "prompt", prompt.id(), labelSnapshot(valid, before),
                    labelSnapshot(valid, version));
            return details(prompts.updateVersion(bumped(prompt)));
        });
    }

    @Override
    public PromptDetails removeLabel(UserId actor, String name, String label, long expectedVersion) {
        String valid = validLabel(() -> PromptLabels.removable(label));
        return transactions.inTransaction(() -> {
            Prompt prompt = locked(name, expectedVersion);
            Integer before = prompts.labelsOf(prompt.id()).get(valid);
            if (!prompts.removeLabel(prompt.id(), valid)) {
                throw new NotFoundException("prompt", name + ":" + valid);
            }
            audit.record(actor, "prompt.label-removed", "prompt", prompt.id(), labelSnapshot(valid, before), null);
            return details(prompts.updateVersion(bumped(prompt)));
        });
    }

    @Override
    public PromptVersion resolve(PromptReference reference) {
        return transactions.inTransaction(() -> {
            Prompt prompt = existing(reference.name(), false);
            if (reference.version() != null) {
                return numbered(prompt, reference.version());
            }
            Integer number = prompts.labelsOf(prompt.id()).get(reference.label());
            if (number == null) {
                throw new NotFoundException("prompt", reference.toString());
            }
            return numbered(prompt, number);
        });
    }

    // ---- internals

    /** A version's validated content, before it has a prompt and a number. */
    private record Content(String systemPrompt, PromptTemplate template, Map<String, Object> parameters) {

        PromptVersion version(Prompt prompt, int number, Instant now, UserId actor) {
            return new PromptVersion(prompt.id(), prompt.name(), number, systemPrompt, template, parameters, Set.of(),
                    now, actor.value());
        }
    }

    /** Validates a version's fields (throwing every field error collected so far) and its placeholders. */
    private Content content(Validation validation, String systemPrompt, String template,
                            Map<String, Object> parameters) {
        String system = validation.field("systemPrompt", () -> PromptVersion.systemPrompt(systemPrompt));
        PromptTemplate parsed = validation.field("template", () -> new PromptTemplate(template));
        Map<String, Object> params = validation.field("parameters",
                () -> LlmModel.params("parameters", parameters));
        validation.throwIfInvalid();
        List<FieldError> unknown = parsed.placeholders().stream().filter(name -> !vocabulary.knows(name))
                .map(name -> new FieldError("template", "template.unknown-field", "The placeholder {{" + name
                        + "}} is not a field of the editorial field registry nor a comment moderation placeholder.")).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        return new Content(system, parsed, params);
    }

    private static Set<String> settableLabels(Set<String> labels) {
        Set<String> valid = new LinkedHashSet<>();
        if (labels != null) {
            labels.forEach(label -> valid.add(PromptLabels.settable(label)));
        }
        return valid;
    }

    private static String validLabel(java.util.function.Supplier<String> check) {
        var validation = new Validation();
        String label = validation.field("label", check);
        validation.throwIfInvalid();
        return label;
    }

    private Prompt existing(String name, boolean forChange) {
        return prompts.findByName(name, forChange).orElseThrow(() -> new NotFoundException("prompt", name));
    }

    private Prompt locked(String name, Long expectedVersion) {
        Prompt prompt = existing(name, true);
        if (expectedVersion != null && prompt.version() != expectedVersion) {
            throw new StaleVersionException("prompt", prompt.version());
        }
        return prompt;
    }

    private PromptVersion numbered(Prompt prompt, int version) {
        return prompts.version(prompt, version)
                .orElseThrow(() -> new NotFoundException("prompt", prompt.name() + "@" + version));
    }

    private PromptDetails details(Prompt prompt) {
        return new PromptDetails(prompt, prompts.versionsOf(prompt), prompts.labelsOf(prompt.id()));
    }

    private static Prompt bumped(Prompt prompt) {
        return new Prompt(prompt.id(), prompt.name(), prompt.version() + 1, prompt.createdAt(), prompt.createdBy());
    }

    private static Map<String, Object> labelSnapshot(String label, Integer version) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("label", label);
        snapshot.put("version", version);
        return snapshot;
    }
}
