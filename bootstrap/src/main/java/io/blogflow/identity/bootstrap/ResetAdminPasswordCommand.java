package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.in.ResetAdminPasswordUseCase;
import io.blogflow.shared.bootstrap.BlogflowCommand;
import io.blogflow.shared.domain.DomainException;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar quarkus-run.jar reset-admin-password <email>}: gives the admin with that email a new, generated
 * password (printed once), lifts a lockout and ends the account's sessions, with an audit entry. Nothing else
 * changes. With the embedded database the service must be stopped first (one PostgreSQL per data directory).
 */
@Singleton
public class ResetAdminPasswordCommand implements BlogflowCommand {

    private final ResetAdminPasswordUseCase reset;

    public ResetAdminPasswordCommand(ResetAdminPasswordUseCase reset) {
        this.reset = reset;
    }

    @Override
    public String name() {
        return "reset-admin-password";
    }

    @Override
    public String usage() {
        return "<admin email>: a new, generated password for that admin (printed once), lockout lifted, sessions ended";
    }

    @Override
    public int execute(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar quarkus-run.jar " + name() + " " + usage());
            return 2;
        }
        String email = arguments.get(0).strip();
        String password = GeneratedPasswords.next();
        try {
            reset.resetPassword(email, password);
        } catch (DomainException refused) {
            err.println("Not reset: " + refused.getMessage());
            return 1;
        }
        out.println("The admin " + email + " has the new password " + password + " (shown once). Their sessions have "
                + "ended; log in and change it with PUT /api/v1/me/password.");
        return 0;
    }
}
