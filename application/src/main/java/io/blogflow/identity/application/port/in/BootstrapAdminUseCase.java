package io.blogflow.identity.application.port.in;

import java.util.Optional;

/** First run: when no account exists yet, creates the first admin. */
public interface BootstrapAdminUseCase {

    boolean hasAccounts();

    /** @return the created admin's email, or empty when accounts already existed */
    Optional<String> createFirstAdmin(String email, String password);
}
