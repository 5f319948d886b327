package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link EditorialWorkspaceRepository} does; an implementation's test gives it and the posts it may use. */
public abstract class EditorialWorkspaceRepositoryContract extends RepositoryContract {

    protected abstract EditorialWorkspaceRepository workspaces();

    /** A post whose workspace nobody has written yet. */
    protected abstract PostId aPost();

    @Test
    void aPostHasNoStoredWorkspaceUntilOneIsLocked() {
        PostId post = aPost();

        assertThat(tx(() -> workspaces().workspaceOf(post))).isEmpty();
        PostWorkspace locked = tx(() -> workspaces().lockWorkspace(post));

        assertThat(locked).isEqualTo(PostWorkspace.empty(post));
        assertThat(tx(() -> workspaces().workspaceOf(post))).contains(PostWorkspace.empty(post));
    }

    @Test
    void storedFieldsReadBackWithTheNextVersion() {
        PostId post = aPost();
        var fields = new EditorialDocument(EditorialField.Scope.POST,
                Map.of("basicIdea", "Tea", "topicsToCover", List.of("history", "brewing")));

        PostWorkspace stored = tx(() -> workspaces().updateWorkspace(
                new PostWorkspace(post, fields, workspaces().lockWorkspace(post).version())));

        assertThat(stored).isEqualTo(new PostWorkspace(post, fields, 1));
        assertThat(tx(() -> workspaces().lockWorkspace(post))).isEqualTo(stored);
        assertThat(tx(() -> workspaces().workspaceOf(post))).contains(stored);
    }

    @Test
    void insertingASectionMovesTheSectionsFromItsPositionDown() {
        PostId post = aPost();
        PostSection first = insert(post, 1, "First");
        PostSection second = insert(post, 2, "Second");

        PostSection inserted = insert(post, 1, "New first");

        assertThat(inserted.version()).isZero();
        assertThat(headings(post)).containsExactly("New first", "First", "Second");
        assertThat(tx(() -> workspaces().sectionsOf(post))).extracting(PostSection::id, PostSection::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(inserted.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(first.id(), 2),
                        org.assertj.core.groups.Tuple.tuple(second.id(), 3));
    }

    @Test
    void aSectionIsFoundOnItsOwnPostOnly() {
        PostId post = aPost();
        PostSection section = insert(post, 1, "Mine");

        assertThat(tx(() -> workspaces().sectionOf(post, section.id()))).contains(section);
        assertThat(tx(() -> workspaces().sectionOf(aPost(), section.id()))).isEmpty();
        assertThat(tx(() -> workspaces().sectionOf(post, UUID.randomUUID()))).isEmpty();
        assertThat(tx(() -> workspaces().sectionsOf(aPost()))).isEmpty();
    }

    @Test
    void anUpdatedSectionKeepsItsPlaceWithNewFieldsAndTheNextVersion() {
        PostId post = aPost();
        PostSection section = insert(post, 1, "Draft heading");
        var fields = new EditorialDocument(EditorialField.Scope.SECTION,
                Map.of("heading", "Final heading", "captions", List.of("A cup")));

        PostSection updated = tx(() -> {
            workspaces().lockWorkspace(post);
            return workspaces().updateSection(new PostSection(section.id(), post, 1, fields, section.version()));
        });

        assertThat(updated).isEqualTo(new PostSection(section.id(), post, 1, fields, 1));
        assertThat(tx(() -> workspaces().sectionOf(post, section.id()))).contains(updated);
    }

    @Test
    void deletingASectionMovesTheLaterOnesUp() {
        PostId post = aPost();
        insert(post, 1, "One");
        PostSection two = insert(post, 2, "Two");
        insert(post, 3, "Three");

        tx(() -> {
            workspaces().lockWorkspace(post);
            workspaces().deleteSection(two);
        });

        assertThat(headings(post)).containsExactly("One", "Three");
        assertThat(tx(() -> workspaces().sectionsOf(post))).extracting(PostSection::position).containsExactly(1, 2);
    }

    @Test
    void aSectionCanBeLockedWhileItExists() {
        PostId post = aPost();
        PostSection section = insert(post, 1, "Held");

        assertThat(tx(() -> workspaces().lockSection(section.id()))).isTrue();

        tx(() -> {
            workspaces().lockWorkspace(post);
            workspaces().deleteSection(section);
        });
        assertThat(tx(() -> workspaces().lockSection(section.id()))).as("gone").isFalse();
        assertThat(tx(() -> workspaces().lockSection(UUID.randomUUID()))).as("never there").isFalse();
    }

    @Test
    void reorderingGivesTheSectionsPositionsInTheOrderGiven() {
        PostId post = aPost();
        PostSection a = insert(post, 1, "A");
        PostSection b = insert(post, 2, "B");
        PostSection c = insert(post, 3, "C");

        tx(() -> {
            workspaces().lockWorkspace(post);
            workspaces().reorderSections(post, List.of(c.id(), a.id(), b.id()));
        });

        assertThat(headings(post)).containsExactly("C", "A", "B");
        assertThat(tx(() -> workspaces().sectionsOf(post))).extracting(PostSection::position).containsExactly(1, 2, 3);
    }

    private PostSection insert(PostId post, int position, String heading) {
        return tx(() -> {
            workspaces().lockWorkspace(post);
            return workspaces().insertSection(new PostSection(UUID.randomUUID(), post, position,
                    new EditorialDocument(EditorialField.Scope.SECTION, Map.of("heading", heading)), 0));
        });
    }

    private List<Object> headings(PostId post) {
        return tx(() -> workspaces().sectionsOf(post)).stream().map(s -> s.fields().values().get("heading")).toList();
    }
}
