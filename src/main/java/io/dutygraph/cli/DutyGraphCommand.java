package io.dutygraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> CommandFailures.report(exception,
                cmd.getErr(), cmd.getParseResult().unmatched().contains(CommandFailures.DEBUG)));
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("error: " + exception.getMessage());
            exception.getCommandLine().usage(exception.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        return commandLine;
    }
}
