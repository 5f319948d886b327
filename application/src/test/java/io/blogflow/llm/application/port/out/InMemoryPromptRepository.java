package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptId;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.port.out.InMemoryPages;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@link PromptRepository} in memory; passes {@link PromptRepositoryContract}. Locks are no-ops. */
public final class InMemoryPromptRepository implements PromptRepository {

    private final Map<String, Prompt> byName = new LinkedHashMap<>();
    private final Map<PromptId, Map<Integer, PromptVersion>> versions = new LinkedHashMap<>();
    private final Map<PromptId, Map<String, Integer>> labels = new LinkedHashMap<>();

    @Override
    public synchronized Prompt add(Prompt prompt) {
        if (byName.containsKey(prompt.name())) {
            throw new ConflictException("prompt.name-taken", "Another prompt has the name '" + prompt.name() + "'.");
        }
        byName.put(prompt.name(), prompt);
        return prompt;
    }

    @Override
    public synchronized Optional<Prompt> findByName(String name, boolean forChange) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public synchronized Page<Prompt> list(PageRequest page) {
        return InMemoryPages.page(byName.values().stream().sorted(Comparator.comparing(Prompt::name)).toList(), page);
    }

    @Override
    public synchronized Prompt updateVersion(Prompt prompt) {
        byName.put(prompt.name(), prompt);
        return prompt;
    }

    @Override
    public synchronized void addVersion(PromptVersion version) {
        versions.computeIfAbsent(version.promptId(), id -> new TreeMap<>()).put(version.version(),
                version.withLabels(Set.of()));
    }

    @Override
    public synchronized List<PromptVersion> versionsOf(Prompt prompt) {
        return versions.getOrDefault(prompt.id(), Map.of()).values().stream()
                .sorted(Comparator.comparingInt(PromptVersion::version).reversed())
                .map(v -> v.withLabels(labelsAt(prompt.id(), v.version()))).toList();
    }

    @Override
    public synchronized Optional<PromptVersion> version(Prompt prompt, int version) {
        return Optional.ofNullable(versions.getOrDefault(prompt.id(), Map.of()).get(version))
                .map(v -> v.withLabels(labelsAt(prompt.id(), version)));
    }

    @Override
    public synchronized int latestVersion(PromptId prompt) {
        return versions.getOrDefault(prompt, Map.of()).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public synchronized Map<String, Integer> labelsOf(PromptId prompt) {
        return new TreeMap<>(labels.getOrDefault(prompt, Map.of()));
    }

    @Override
    public synchronized void setLabel(PromptId prompt, String label, int version) {
        labels.computeIfAbsent(prompt, id -> new LinkedHashMap<>()).put(label, version);
    }

    @Override
    public synchronized boolean removeLabel(PromptId prompt, String label) {
        return labels.getOrDefault(prompt, new LinkedHashMap<>()).remove(label) != null;
    }

    private Set<String> labelsAt(PromptId prompt, int version) {
        Set<String> at = new HashSet<>();
        labels.getOrDefault(prompt, Map.of()).forEach((label, v) -> {
            if (v == version) {
                at.add(label);
            }
        });
        return at;
    }
}
