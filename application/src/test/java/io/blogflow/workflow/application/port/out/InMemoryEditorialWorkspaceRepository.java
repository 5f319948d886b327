package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link EditorialWorkspaceRepository} in memory; passes {@link EditorialWorkspaceRepositoryContract}. The lock is a
 * no-op: service tests run one request at a time.
 */
public final class InMemoryEditorialWorkspaceRepository implements EditorialWorkspaceRepository {

    private final Map<PostId, PostWorkspace> workspaces = new ConcurrentHashMap<>();
    private final Map<UUID, PostSection> sections = new ConcurrentHashMap<>();

    @Override
    public Optional<PostWorkspace> workspaceOf(PostId postId) {
        return Optional.ofNullable(workspaces.get(postId));
    }

    @Override
    public PostWorkspace lockWorkspace(PostId postId) {
        return workspaces.computeIfAbsent(postId, PostWorkspace::empty);
    }

    @Override
    public PostWorkspace updateWorkspace(PostWorkspace changed) {
        PostWorkspace stored = new PostWorkspace(changed.postId(), changed.fields(),
                lockWorkspace(changed.postId()).version() + 1);
        workspaces.put(changed.postId(), stored);
        return stored;
    }

    @Override
    public List<PostSection> sectionsOf(PostId postId) {
        return sections.values().stream().filter(s -> s.postId().equals(postId))
                .sorted(Comparator.comparingInt(PostSection::position)).toList();
    }

    @Override
    public Optional<PostSection> sectionOf(PostId postId, UUID sectionId) {
        return Optional.ofNullable(sections.get(sectionId)).filter(s -> s.postId().equals(postId));
    }

    @Override
    public PostSection insertSection(PostSection section) {
        List<PostSection> order = new ArrayList<>(sectionsOf(section.postId()));
        PostSection stored = new PostSection(section.id(), section.postId(), section.position(), section.fields(), 0);
        order.add(section.position() - 1, stored);
        renumber(order);
        return sections.get(section.id());
    }

    @Override
    public PostSection updateSection(PostSection changed) {
        PostSection current = sections.get(changed.id());
        PostSection stored = new PostSection(current.id(), current.postId(), current.position(), changed.fields(),
                current.version() + 1);
        sections.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void deleteSection(PostSection section) {
        sections.remove(section.id());
        renumber(sectionsOf(section.postId()));
    }

    @Override
    public boolean lockSection(UUID sectionId) {
        return sections.containsKey(sectionId);
    }

    @Override
    public void reorderSections(PostId postId, List<UUID> order) {
        renumber(order.stream().map(sections::get).toList());
    }

    private void renumber(List<PostSection> order) {
        for (int i = 0; i < order.size(); i++) {
            PostSection s = order.get(i);
            sections.put(s.id(), new PostSection(s.id(), s.postId(), i + 1, s.fields(), s.version()));
        }
    }
}
