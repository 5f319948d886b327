package io.blogflow.identity.application.port.in;

/**
 * Gets an admin back in who lost their password, without touching any other data: run by an operator from the
 * command line (whoever can start the application with its configuration may do it), never over HTTP.
 */
public interface ResetAdminPasswordUseCase {

    /**
     * Sets a new password for the active admin with this email, lifts a lockout, ends the account's sessions and
     * records a {@code user.password-reset} audit entry.
     *
     * @throws io.blogflow.identity.domain.IdentityErrors.NoActiveAdmin when no active admin has this email
     */
    void resetPassword(String email, String newPassword);
}
