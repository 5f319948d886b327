package io.blogflow.shared.bootstrap;

import java.io.PrintStream;
import java.util.List;

/**
 * A one-off operator command run with the packaged application's configuration instead of the service:
 * {@code java -jar quarkus-run.jar <name> <arguments…>}. Each context contributes its commands as beans;
 * {@link CommandLine} picks one by name.
 */
public interface BlogflowCommand {

    /** The first command-line argument that selects this command, e.g. {@code reset-admin-password}. */
    String name();

    /** One line: the arguments it takes and what it does. */
    String usage();

    /** @return the process exit code: 0 done, 1 refused, 2 wrong usage */
    int execute(List<String> arguments, PrintStream out, PrintStream err);
}
