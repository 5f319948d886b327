package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.AccountToken;
import io.blogflow.identity.domain.Email;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Verification, email-change, password-reset and invitation tokens, by the SHA-256 of their secret. */
public interface AccountTokenRepository {

    void add(AccountToken token);

    /** Loads and locks the token, so two uses of one token are serialised and only one wins. */
    Optional<AccountToken> findForUpdate(String tokenHash);

    void markUsed(String tokenHash, Instant at);

    /** The person's tokens: those of their account, and invitations sent to their address; oldest first. */
    List<AccountToken> findOf(UserId user, Email email);

    /** Deletes the person's tokens (as {@link #findOf}); returns how many. */
    int deleteOf(UserId user, Email email);

    /** Deletes tokens that expired before the cutoff. */
    int deleteExpiredBefore(Instant cutoff);
}
