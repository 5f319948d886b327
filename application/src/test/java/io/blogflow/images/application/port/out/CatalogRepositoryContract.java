package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CatalogRepository} does, whatever kind of entry it stores. An implementation's test gives the
 * repository, how to make and change its entries, and for styles and formats how a setting comes to use one.
 */
public abstract class CatalogRepositoryContract<T> extends RepositoryContract {

    protected abstract CatalogRepository<T> catalog();

    /** The kind as error codes name it ({@code image-style}). */
    protected abstract String kind();

    /** A new entry titled {@code title} (or with that prompt), version 0. */
    protected abstract T newEntry(String title);

    /** The entry retitled, claiming {@code version}. */
    protected abstract T retitled(T entry, String title, long version);

    protected abstract UUID idOf(T entry);

    protected abstract long versionOf(T entry);

    /** Whether titles are unique ignoring case (prompt examples have none). */
    protected boolean titlesAreUnique() {
        return true;
    }

    /** Makes an image setting use the entry; false when no setting can (settings and prompt examples). */
    protected boolean useInASetting(T entry) {
        return false;
    }

    @Test
    void anAddedEntryReadsBackEqual() {
        T entry = newEntry(unique("Watercolour"));

        assertThat(tx(() -> catalog().add(entry))).isEqualTo(entry);
        assertThat(tx(() -> catalog().find(idOf(entry)))).contains(entry);
        assertThat(tx(() -> catalog().find(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aTitleInUseIsAConflictWhateverItsCase() {
        assumeTrue(titlesAreUnique(), "this kind has no unique title");
        String title = unique("Taken");
        tx(() -> catalog().add(newEntry(title)));

        assertThatThrownBy(() -> tx(() -> catalog().add(newEntry(title.toUpperCase()))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(kind() + ".title-taken"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        T added = tx(() -> catalog().add(newEntry(unique("Versioned"))));

        T updated = tx(() -> catalog().update(retitled(added, unique("Renamed"), 0)));

        assertThat(versionOf(updated)).isEqualTo(1);
        assertThat(tx(() -> catalog().find(idOf(added)))).contains(updated);
        assertThatThrownBy(() -> tx(() -> catalog().update(retitled(added, unique("Lost"), 0))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void aRemovedEntryIsGoneAndRemovingAnUnknownOneChangesNothing() {
        T added = tx(() -> catalog().add(newEntry(unique("Short-lived"))));

        tx(() -> catalog().remove(idOf(added)));
        tx(() -> catalog().remove(UUID.randomUUID()));

        assertThat(tx(() -> catalog().find(idOf(added)))).isEmpty();
    }

    @Test
    void entriesAreListedAPageAtATimeWithTheTotal() {
        tx(() -> catalog().add(newEntry(unique("One"))));
        tx(() -> catalog().add(newEntry(unique("Two"))));

        var page = tx(() -> catalog().list(new PageRequest(1, 1)));

        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEntryASettingUsesIsNotRemoved() {
        T entry = tx(() -> catalog().add(newEntry(unique("Used"))));
        assumeTrue(useInASetting(entry), "no setting can use this kind");

        assertThatThrownBy(() -> tx(() -> catalog().remove(idOf(entry))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(kind() + ".in-use"));
        assertThat(tx(() -> catalog().find(idOf(entry)))).isPresent();
    }

    protected static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
