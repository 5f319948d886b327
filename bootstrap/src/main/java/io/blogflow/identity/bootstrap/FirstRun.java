package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.in.BootstrapAdminUseCase;
import io.blogflow.shared.bootstrap.EmbeddedDatabase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Makes sure the application can be administered and its tokens verified: checks the JWT keys are configured and,
 * when no account exists, creates the first admin from BLOGFLOW_ADMIN_EMAIL / BLOGFLOW_ADMIN_PASSWORD, or (embedded
 * mode only) with a generated password printed once. A production start with neither refuses to go on.
 */
@Singleton
public class FirstRun {

    private static final Logger LOG = Logger.getLogger(FirstRun.class);
    static final String DEV_ADMIN_EMAIL = "admin@blogflow.local";

    void onStart(@Observes StartupEvent event, BootstrapAdminUseCase bootstrap, IdentityConfig config) {
        requireKeys();
        if (bootstrap.hasAccounts()) {
            return;
        }
        if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
            bootstrap.createFirstAdmin(config.adminEmail().get(), config.adminPassword().get())
                    .ifPresent(email -> LOG.infof("Created the first admin account %s", email));
        } else if (EmbeddedDatabase.isRunning()) {
            String password = GeneratedPasswords.next();
            bootstrap.createFirstAdmin(DEV_ADMIN_EMAIL, password).ifPresent(email -> LOG.warnf(
                    "Created the first admin account %s with the generated password %s (shown once; change it "
                            + "with PUT /api/v1/me/password; lost it? run the jar with: reset-admin-password %s)",
                    email, password, email));
        } else {
            throw new IllegalStateException("No account exists yet: set BLOGFLOW_ADMIN_EMAIL and "
                    + "BLOGFLOW_ADMIN_PASSWORD to create the first admin.");
        }
    }

    private static void requireKeys() {
        var config = ConfigProvider.getConfig();
        if (config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isEmpty()
                || config.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isEmpty()) {
            throw new IllegalStateException("No JWT key pair configured: set BLOGFLOW_JWT_PUBLIC_KEY_LOCATION and "
                    + "BLOGFLOW_JWT_PRIVATE_KEY_LOCATION (PEM files, RSA 2048+).");
        }
    }
}
