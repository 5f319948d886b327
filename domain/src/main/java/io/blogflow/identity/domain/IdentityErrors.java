package io.blogflow.identity.domain;

import io.blogflow.shared.domain.DomainException;

/** The identity context's failures. */
public final class IdentityErrors {

    private IdentityErrors() {
    }

    /**
     * Login refused. Deliberately the same for an unknown email, a wrong password, a locked or an inactive account,
     * so the answer reveals nothing about which accounts exist.
     */
    public static final class InvalidCredentials extends DomainException {
        public InvalidCredentials() {
            super(Kind.UNAUTHENTICATED, "invalid-credentials", "The email or password is not correct.");
        }
    }

    public static final class InvalidRefreshToken extends DomainException {
        public InvalidRefreshToken() {
            super(Kind.UNAUTHENTICATED, "invalid-refresh-token",
                    "The refresh token is unknown, expired or revoked; log in again.");
        }
    }

    public static final class WrongCurrentPassword extends DomainException {
        public WrongCurrentPassword() {
            super(Kind.INVALID, "wrong-current-password", "The current password is not correct.");
        }
    }

    public static final class UserNotFound extends DomainException {
        public UserNotFound(String id) {
            super(Kind.NOT_FOUND, "user-not-found", "No user with id '" + id + "'.");
        }
    }

    public static final class ApiTokenNotFound extends DomainException {
        public ApiTokenNotFound(String id) {
            super(Kind.NOT_FOUND, "api-token-not-found", "No API token with id '" + id + "'.");
        }
    }

    public static final class SessionNotFound extends DomainException {
        public SessionNotFound(String id) {
            super(Kind.NOT_FOUND, "session-not-found", "No session with id '" + id + "'.");
        }
    }

    public static final class EmailTaken extends DomainException {
        public EmailTaken(Email email) {
            super(Kind.CONFLICT, "email-taken", "An account with the email '" + email + "' already exists.");
        }
    }

    /** A verification, reset or invitation token that is unknown, used, expired or for something else (400). */
    public static final class InvalidAccountToken extends DomainException {
        public InvalidAccountToken() {
            super(Kind.INVALID, "account-token.invalid", "The link is invalid, used or expired; ask for a new one.");
        }
    }

    /** Self-registration is closed, or needs an invitation (403). */
    public static final class RegistrationClosed extends DomainException {
        public RegistrationClosed(String message) {
            super(Kind.FORBIDDEN, "registration.closed", message);
        }
    }

    /** The password-recovery command names an account that is not an active admin (or no account at all). */
    public static final class NoActiveAdmin extends DomainException {
        public NoActiveAdmin(Email email) {
            super(Kind.NOT_FOUND, "admin-not-found", "No active admin account has the email '" + email
                    + "'. Only admins' passwords are reset this way; other accounts ask an admin.");
        }
    }

    public static final class LastAdmin extends DomainException {
        public LastAdmin() {
            super(Kind.CONFLICT, "last-admin", "The last active admin cannot be demoted, deactivated or erased.");
        }
    }
}
