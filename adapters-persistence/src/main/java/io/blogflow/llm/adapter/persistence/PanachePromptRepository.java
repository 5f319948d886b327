package io.blogflow.llm.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.llm.application.port.out.PromptRepository;
import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptId;
import io.blogflow.llm.domain.PromptTemplate;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PanachePromptRepository implements PromptRepository, PanacheRepositoryBase<LlmPromptJpaEntity, UUID> {

    @Override
    public Prompt add(Prompt prompt) {
        var row = new LlmPromptJpaEntity();
        row.id = prompt.id().value();
        row.name = prompt.name();
        row.version = prompt.version();
        row.createdAt = prompt.createdAt();
        row.createdBy = prompt.createdBy();
        try {
            persist(row);
            flush();
        } catch (PersistenceException e) {
            if (isViolationOf(e, "uq_llm_prompts_name")) {
                throw new ConflictException("prompt.name-taken", "Another prompt has the name '" + prompt.name() + "'.");
            }
            throw e;
        }
        return toDomain(row);
    }

    @Override
    public Optional<Prompt> findByName(String name, boolean forChange) {
        return find("name", name).withLock(forChange ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .firstResultOptional().map(PanachePromptRepository::toDomain);
    }

    @Override
    public Page<Prompt> list(PageRequest page) {
        var query = findAll(Sort.ascending("name")).page(page.page() - 1, page.size());
        return new Page<>(query.list().stream().map(PanachePromptRepository::toDomain).toList(), page.page(),
                page.size(), query.count());
    }

    @Override
    public Prompt updateVersion(Prompt prompt) {
        LlmPromptJpaEntity row = findById(prompt.id().value());
        row.version = prompt.version();
        flush();
        return toDomain(row);
    }

    @Override
    public void addVersion(PromptVersion version) {
        var row = new LlmPromptVersionJpaEntity();
        row.id = UUID.randomUUID();
        row.promptId = version.promptId().value();
        row.version = version.version();
        row.systemPrompt = version.systemPrompt();
        row.template = version.template().text();
        row.parameters = new LinkedHashMap<>(version.parameters());
        row.createdAt = version.createdAt();
        row.createdBy = version.createdBy();
        getEntityManager().persist(row);
        flush();
    }

    @Override
    public List<PromptVersion> versionsOf(Prompt prompt) {
        Map<Integer, Set<String>> labels = labelsByVersion(prompt.id());
        return getEntityManager().createQuery("from LlmPromptVersionJpaEntity v where v.promptId = :p"
                        + " order by v.version desc", LlmPromptVersionJpaEntity.class)
                .setParameter("p", prompt.id().value()).getResultStream()
                .map(row -> toDomain(prompt.name(), row, labels.getOrDefault(row.version, Set.of()))).toList();
    }

    @Override
    public Optional<PromptVersion> version(Prompt prompt, int version) {
        Map<Integer, Set<String>> labels = labelsByVersion(prompt.id());
        return getEntityManager().createQuery("from LlmPromptVersionJpaEntity v where v.promptId = :p"
                        + " and v.version = :n", LlmPromptVersionJpaEntity.class)
                .setParameter("p", prompt.id().value()).setParameter("n", version).getResultStream().findFirst()
                .map(row -> toDomain(prompt.name(), row, labels.getOrDefault(row.version, Set.of())));
    }

    @Override
    public int latestVersion(PromptId prompt) {
        Integer latest = getEntityManager().createQuery("select max(v.version) from LlmPromptVersionJpaEntity v"
                + " where v.promptId = :p", Integer.class).setParameter("p", prompt.value()).getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Override
    public Map<String, Integer> labelsOf(PromptId prompt) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        labelRows(prompt).forEach(row -> labels.put((String) row[0], ((Number) row[1]).intValue()));
        return labels;
    }

    @Override
    public void setLabel(PromptId prompt, String label, int version) {
        getEntityManager().createNativeQuery("INSERT INTO llm_prompt_labels (prompt_id, label, version)"
                        + " VALUES (:p, :l, :v) ON CONFLICT (prompt_id, label) DO UPDATE SET version = EXCLUDED.version")
                .setParameter("p", prompt.value()).setParameter("l", label).setParameter("v", version)
                .executeUpdate();
    }

    @Override
    public boolean removeLabel(PromptId prompt, String label) {
        return getEntityManager().createNativeQuery("DELETE FROM llm_prompt_labels WHERE prompt_id = :p AND label = :l")
                .setParameter("p", prompt.value()).setParameter("l", label).executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> labelRows(PromptId prompt) {
        return getEntityManager().createNativeQuery("SELECT label, version FROM llm_prompt_labels"
                        + " WHERE prompt_id = :p ORDER BY label")
                .setParameter("p", prompt.value()).getResultList();
    }

    private Map<Integer, Set<String>> labelsByVersion(PromptId prompt) {
        Map<Integer, Set<String>> byVersion = new LinkedHashMap<>();
        labelsOf(prompt).forEach((label, version) -> byVersion.computeIfAbsent(version, v -> new HashSet<>()).add(label));
        return byVersion;
    }

    private static Prompt toDomain(LlmPromptJpaEntity row) {
        return new Prompt(new PromptId(row.id), row.name, row.version, row.createdAt, row.createdBy);
    }

    private static PromptVersion toDomain(String name, LlmPromptVersionJpaEntity row, Set<String> labels) {
        return new PromptVersion(new PromptId(row.promptId), name, row.version, row.systemPrompt,
                new PromptTemplate(row.template), row.parameters, labels, row.createdAt, row.createdBy);
    }
}
