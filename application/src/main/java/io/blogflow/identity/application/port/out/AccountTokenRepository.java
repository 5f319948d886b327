package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.AccountToken;
import java.time.Instant;
import java.util.Optional;

/** Verification, email-change, password-reset and invitation tokens, by the SHA-256 of their secret. */
public interface AccountTokenRepository {

    void add(AccountToken token);

    /** Loads and locks the token, so two uses of one token are serialised and only one wins. */
    Optional<AccountToken> findForUpdate(String tokenHash);

    void markUsed(String tokenHash, Instant at);

    /** Deletes tokens that expired before the cutoff. */
    int deleteExpiredBefore(Instant cutoff);
}
