package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Runs the command the first argument names (see {@link BlogflowCommand}); Quarkus exits with its code. */
@Singleton
public class CommandLine implements QuarkusApplication {

    private final List<BlogflowCommand> commands;

    public CommandLine(Instance<BlogflowCommand> commands) {
        this.commands = commands.stream().toList();
    }

    @Override
    public int run(String... args) {
        return execute(args, System.out, System.err);
    }

    /** The same, writing to the given streams (tests read them). */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = Arrays.asList(args);
        return commands.stream().filter(command -> !arguments.isEmpty() && command.name().equals(arguments.get(0)))
                .findFirst()
                .map(command -> command.execute(arguments.subList(1, arguments.size()), out, err))
                .orElseGet(() -> {
                    err.println("Unknown command. Run the jar without arguments to start the service, or with one of:");
                    commands.forEach(command -> err.println("  " + command.name() + " " + command.usage()));
                    return 2;
                });
    }
}
