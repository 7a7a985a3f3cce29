package io.dutygraph.cli;

import io.dutygraph.DutyGraphApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** The application without its web server, as the commands that open the database (load, audit, export) run it. */
final class DatabaseContext {

    private DatabaseContext() {
    }

    /**
     * Starts the context with the user's Spring arguments, as {@link #commandArguments} completes them; the embedded
     * database is made where there is none (load).
     */
    static ConfigurableApplicationContext open(String[] springArguments) {
        return new SpringApplicationBuilder(DutyGraphApplication.class).web(WebApplicationType.NONE)
                .run(commandArguments(springArguments));
    }

    /**
     * Starts the context on an embedded database that exists (audit, export read one): a folder that holds none is a
     * {@link BadInputException} before Neo4j starts, so that a mistyped folder is not made into an empty database.
     */
    static ConfigurableApplicationContext openExisting(String[] springArguments) {
        return new SpringApplicationBuilder(DutyGraphApplication.class).web(WebApplicationType.NONE)
                .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                        requireDatabase(event.getEnvironment()))
                .run(commandArguments(springArguments));
    }

    /** The configured embedded data folder holds a database (Neo4j keeps its stores under data/databases). */
    private static void requireDatabase(Environment environment) {
        if (!environment.getProperty("dutygraph.neo4j.embedded.enabled", Boolean.class, true)) {
            return;
        }
        Path home = Path.of(environment.getProperty("dutygraph.neo4j.embedded.data-directory", "./data/neo4j"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(home.resolve("data").resolve("databases"))) {
            throw new BadInputException("No database in " + home + " (" + (Files.exists(home) ? "the folder holds none"
                    : "the folder does not exist") + "): load a plan into it first, or set "
                    + "dutygraph.neo4j.embedded.data-directory to the folder of a loaded database");
        }
    }

    /**
     * The Spring arguments of a command that opens the database (load, audit, export): the bundled plan switched
     * off, no Bolt connector (the command reads and writes the embedded database in-process; nobody else can reach
     * it meanwhile), and the log on System.err (System.out is the command's output: audit --format json pipes into
     * jq): as arguments, since application.yml ranks above Spring's default properties.
     * A setting the user gives as an argument wins (Spring would join two values of one key with a comma); with
     * {@code --debug} (Boot's own flag) the command prints the stack trace of a failure.
     */
    private static String[] commandArguments(String[] arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        List<String> settings = new ArrayList<>(List.of("--dutygraph.plan.load-bundled-if-empty=false",
                "--dutygraph.neo4j.embedded.bolt-access=off", "--dutygraph.neo4j.embedded.in-process-reads=true",
                "--dutygraph.log.console-target=System.err"));
        if (!all.contains(CommandFailures.DEBUG)) {
            // The command prints a failed start in one line (CommandFailures): Boot's report of a failure it knows,
            // its "Application run failed" with the stack trace of any other, and the context's warning that chains
            // every bean on the way to it, would say it again.
            settings.addAll(List.of("--logging.level.org.springframework.boot.SpringApplication=off",
                    "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=off",
                    "--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=error"));
        }
        for (String setting : settings) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (all.stream().noneMatch(argument -> argument.startsWith(key))) {
                all.add(0, setting);
            }
        }
        return all.toArray(String[]::new);
    }
}
