package io.dutygraph.cli;

import io.dutygraph.graph.load.PlanLoadException;
import io.dutygraph.graph.store.EmbeddedNeo4jStartException;
import io.dutygraph.plan.PlanParseException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/** The {@code dutygraph} command line: {@code serve} (the default), {@code parse}, {@code load}. */
@Command(name = "dutygraph", mixinStandardHelpOptions = true, version = "DutyGraph 0.1.0",
        description = "A graph knowledge base of who is responsible for what in a government work plan.",
        subcommands = {ServeCommand.class, ParseCommand.class, LoadCommand.class, AuditCommand.class, ExportCommand.class})
public class DutyGraphCommand implements Callable<Integer> {

    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Returned by commands that leave a service running: the JVM must not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        // No subcommand: serve, so that `java -jar dutygraph.jar [--spring.options]` starts the service.
        for (String argument : springArguments) {
            if (!argument.startsWith("--")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown command or argument: " + argument);
            }
        }
        ServeCommand serve = new ServeCommand();
        serve.springArguments = springArguments;
        return serve.call();
    }

    /** The application's entry point: {@code serve} (also with no command), {@code parse} or {@code load}. */
    public static void main(String[] args) {
        int exitCode = newCommandLine(System.out, System.err).execute(args);
        if (exitCode != KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    /** A command line writing to the given streams; tests use it to capture output. */
    public static CommandLine newCommandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new DutyGraphCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            Optional<EmbeddedNeo4jStartException> startFailure = causeOfType(exception, EmbeddedNeo4jStartException.class);
            if (startFailure.isPresent()) {
                cmd.getErr().println("error: " + oneLine(startFailure.get()));
                cmd.getErr().println("  " + startFailure.get().action());
                return EXIT_BAD_INPUT;
            }
            if (exception instanceof PlanParseException || exception instanceof PlanLoadException) {
                cmd.getErr().println("error: " + oneLine(exception));
                return EXIT_BAD_INPUT;
            }
            // Spring wraps a bean's failure in one exception per bean on the way to it: the cause says what happened.
            cmd.getErr().println("error: " + oneLine(rootCause(exception)));
            return 1;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("error: " + exception.getMessage());
            exception.getCommandLine().usage(exception.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        return commandLine;
    }

    /** The first cause of this type: Spring wraps a bean's failure in several layers, the cause last. */
    static <T extends Throwable> Optional<T> causeOfType(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause with a message. */
    static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        for (Throwable cause = exception.getCause(); cause != null && cause != root; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                root = cause;
            }
        }
        return root;
    }

    private static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.replace('\n', ' ');
    }
}
