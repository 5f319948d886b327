package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * A context that stores personal data takes part in GDPR requests through this port: it contributes its section
 * to a data export (Art. 15/20) and forgets a person on erasure (Art. 17). Both run inside the caller's
 * transaction. A new context with personal data adds one implementation; nothing else changes.
 */
public interface PersonalDataHolder {

    /** Key of this context's section in the export, e.g. {@code account} or {@code posts}. */
    String section();

    /** Everything stored about {@code user}, as plain values (strings, numbers, booleans, lists, maps). */
    Object export(UserId user);

    /**
     * Removes or anonymises {@code user}'s personal data. Authored content goes to {@code successor} when one is
     * given, otherwise it stays attributed to the anonymised account.
     */
    void erase(UserId user, Optional<UserId> successor);

    /** Order of erasure: lower runs first (the account itself runs last). */
    default int erasureOrder() {
        return 0;
    }
}
