package io.blogflow.shared.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does; the log may be shared, so each test reads back its own actor's entries. */
public abstract class AuditLogContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    protected abstract AuditLog audit();

    /** An account entries may name as their actor. */
    protected abstract UserId anActor();

    @Test
    void anAppendedEntryReadsBackEqual() {
        UserId actor = anActor();
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), NOW, actor, "post.updated", "post",
                UUID.randomUUID().toString(), Map.of("title", "Old"), Map.of("title", "New", "version", 2),
                new AuditEntry.Origin("10.0.0.1", "curl/8", "req-1"));

        tx(() -> audit().append(entry));

        assertThat(tx(() -> audit().find(new AuditLog.Filter(actor, null, null, null, null, null),
                new PageRequest(1, 10))).items()).containsExactly(entry);
    }

    @Test
    void entriesAreFilteredAndComeNewestFirst() {
        UserId actor = anActor();
        AuditEntry created = entry(actor, "tag.created", "tag", NOW);
        AuditEntry renamed = entry(actor, "tag.renamed", "tag", NOW.plusSeconds(1));
        AuditEntry other = entry(actor, "post.created", "post", NOW.plusSeconds(2));
        tx(() -> {
            audit().append(created);
            audit().append(renamed);
            audit().append(other);
        });

        var ofActor = tx(() -> audit().find(new AuditLog.Filter(actor, null, null, null, null, null),
                new PageRequest(1, 10)));
        var tags = tx(() -> audit().find(new AuditLog.Filter(actor, null, "tag", null, null, null),
                new PageRequest(1, 10)));
        var renames = tx(() -> audit().find(new AuditLog.Filter(actor, "tag.renamed", null, null, null, null),
                new PageRequest(1, 10)));
        var window = tx(() -> audit().find(new AuditLog.Filter(actor, null, null, null, NOW.plusSeconds(1),
                NOW.plusSeconds(2)), new PageRequest(1, 10)));

        assertThat(ofActor.items()).containsExactly(other, renamed, created);
        assertThat(tags.items()).containsExactly(renamed, created);
        assertThat(renames.items()).containsExactly(renamed);
        assertThat(window.items()).contains(renamed).doesNotContain(created);
    }

    private static AuditEntry entry(UserId actor, String action, String type, Instant at) {
        return new AuditEntry(UUID.randomUUID(), at, actor, action, type, UUID.randomUUID().toString(), Map.of(),
                Map.of(), AuditEntry.Origin.NONE);
    }
}
