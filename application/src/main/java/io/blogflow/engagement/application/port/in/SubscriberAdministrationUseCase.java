package io.blogflow.engagement.application.port.in;

import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberState;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.function.Consumer;

/** Admins look after the newsletter's subscribers: list and search, counts, CSV export and import. */
public interface SubscriberAdministrationUseCase {

    /**
     * Oldest first. {@code state} filters by state code; {@code email} finds one address exactly (addresses are
     * sealed, so there is no substring search).
     */
    Page<Subscriber> list(String state, String email, PageRequest page);

    Map<SubscriberState, Long> counts();

    /**
     * Every subscriber as CSV, in id order: the header line, then one line per subscriber, each handed to
     * {@code lines} as soon as its batch is read (each batch in its own transaction).
     */
    void exportCsv(Consumer<String> lines);

    /**
     * Imports subscribers who consented elsewhere (each row carries its consent record); they become active.
     * Every row is checked first: with any invalid row nothing is imported, and the validation error lists every
     * invalid field as {@code line[n].column}. Addresses already present are skipped (left as they are), in one transaction with the rest.
     */
    ImportResult importCsv(String csv, UserId admin);

    /**
     * Records what the mail provider reported or what the person asked for by other means: {@code bounced},
     * {@code complained} or {@code unsubscribed} (pending and active come only from a confirmation). Audited.
     */
    Subscriber changeState(String id, String state, UserId admin);

    record ImportResult(int imported, int skipped) {
    }
}
