package io.blogflow.shared.application.service;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.ErasurePolicy;
import io.blogflow.shared.application.port.in.PersonalDataUseCase;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every context holding personal data; erasure is one transaction with an audit entry as proof. */
public final class PersonalDataService implements PersonalDataUseCase {

    private final List<PersonalDataHolder> holders;
    private final ErasurePolicy policy;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public PersonalDataService(List<PersonalDataHolder> holders, ErasurePolicy policy, Transactions transactions,
                               AuditTrail audit, Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder)).toList();
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(UserId subject) {
        return transactions.inTransaction(() -> {
            var export = new LinkedHashMap<String, Object>();
            export.put("exportedAt", clock.instant().toString());
            export.put("userId", subject.toString());
            holders.forEach(holder -> export.put(holder.section(), holder.export(subject)));
            return export;
        });
    }

    @Override
    public void erase(UserId actor, UserId subject) {
        transactions.inTransaction(() -> {
            holders.forEach(holder -> holder.erase(subject, policy.successor().filter(s -> !s.equals(subject))));
            audit.record(actor, "user.erased", "user", subject, null, Map.of("contentReassignedTo",
                    policy.successor().map(UserId::toString).orElse("kept under the anonymised account")));
        });
    }
}
