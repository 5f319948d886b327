package io.blogflow.identity.application.port.out;

/** A slow, salted password hash (Argon2id in production). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);

    /** Spends the time of one {@link #matches} without an account, so unknown emails answer as slowly as known ones. */
    void spendVerificationTime(String password);
}
