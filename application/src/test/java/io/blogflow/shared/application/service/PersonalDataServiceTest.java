package io.blogflow.shared.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.ErasurePolicy;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PersonalDataServiceTest {

    private static final UserId SUBJECT = new UserId(UUID.randomUUID());
    private static final UserId SUCCESSOR = new UserId(UUID.randomUUID());

    private final List<String> calls = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
    private final AuditTrail audit = new AuditTrail(new AuditLog() {
        @Override
        public void append(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public Page<AuditEntry> find(Filter filter, PageRequest pageRequest) {
            throw new UnsupportedOperationException();
        }
    }, () -> AuditEntry.Origin.NONE, UUID::randomUUID, clock);

    @Test
    void theExportHasOneSectionPerHolder() {
        var service = new PersonalDataService(List.of(holder("account", 100), holder("posts", 0)),
                ErasurePolicy.KEEP_ANONYMISED, direct, audit, clock);

        var export = service.export(SUBJECT);

        assertThat(export).containsKeys("exportedAt", "userId", "account", "posts");
        assertThat(export.get("posts")).isEqualTo("posts of " + SUBJECT);
    }

    @Test
    void erasureRunsTheAccountLastPassesTheSuccessorAndIsAudited() {
        var service = new PersonalDataService(List.of(holder("account", 100), holder("posts", 0)),
                new ErasurePolicy(Optional.of(SUCCESSOR)), direct, audit, clock);

        service.erase(SUBJECT, SUBJECT);

        assertThat(calls).containsExactly("erase posts -> " + SUCCESSOR, "erase account -> " + SUCCESSOR);
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.erased");
            assertThat(entry.targetId()).isEqualTo(SUBJECT.toString());
        });
    }

    @Test
    void aPersonIsNeverTheirOwnSuccessor() {
        var service = new PersonalDataService(List.of(holder("posts", 0)), new ErasurePolicy(Optional.of(SUBJECT)),
                direct, audit, clock);

        service.erase(SUBJECT, SUBJECT);

        assertThat(calls).containsExactly("erase posts -> none");
    }

    private PersonalDataHolder holder(String section, int order) {
        return new PersonalDataHolder() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public Object export(UserId user) {
                return section + " of " + user;
            }

            @Override
            public void erase(UserId user, Optional<UserId> successor) {
                calls.add("erase " + section + " -> " + successor.map(UserId::toString).orElse("none"));
            }

            @Override
            public int erasureOrder() {
                return order;
            }
        };
    }
}
