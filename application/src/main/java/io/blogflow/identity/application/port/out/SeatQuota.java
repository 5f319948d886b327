package io.blogflow.identity.application.port.out;

import io.blogflow.shared.domain.UserId;

/**
 * The seats an account's plan allows: an admin who creates (or reactivates) a user takes one of their seats, and a
 * deactivation gives it back to whoever took it.
 */
public interface SeatQuota {

    /**
     * Takes a seat for {@code user} in the caller's transaction.
     *
     * @param key unique per change (the user and its version)
     * @throws io.blogflow.shared.domain.QuotaExceededException when no seat is left (the caller rolls back)
     */
    void take(UserId account, UserId user, String key);

    /** Gives back the seat that {@code user} occupies, in the caller's transaction. */
    void giveBack(UserId user, String key);
}
