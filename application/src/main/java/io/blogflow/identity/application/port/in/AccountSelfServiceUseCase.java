package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * People managing their own access: registering (per the registration mode), verifying an address, changing it,
 * resetting a forgotten password; and admins inviting people. Every step is audited.
 */
public interface AccountSelfServiceUseCase {

    record Registration(String name, String email, String password, Optional<String> invitationToken) {
    }

    /** The account when an invitation made it (active at once); empty when a verification mail was queued (or not). */
    Optional<User> register(Registration registration);

    /** Consumes a verification or email-change token. */
    void verifyEmail(String token);

    /** Queues the reset work; the answer and its timing never depend on whether the address has an account. */
    void requestPasswordReset(String email, String clientAddress);

    void resetPassword(String token, String newPassword);

    void requestEmailChange(UserId me, String currentPassword, String newEmail);

    record Invitation(String email, String role, Instant expiresAt) {
    }

    Invitation invite(UserId admin, String email, String role);
}
