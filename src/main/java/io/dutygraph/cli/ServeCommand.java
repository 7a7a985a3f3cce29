package io.dutygraph.cli;

import io.dutygraph.DutyGraphApplication;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web service (GraphQL API, embedded or external Neo4j). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the service; Spring options such as --server.port=8081 pass through.")
class ServeCommand implements Callable<Integer> {

    /** Exit code when the service does not start; Spring Boot has already printed why. */
    static final int EXIT_NOT_STARTED = 1;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        try {
            SpringApplication.run(DutyGraphApplication.class, springArguments);
        } catch (RuntimeException alreadyReported) {
            // Boot's failure report above names the cause and the action; its exception chain would only repeat it.
            return EXIT_NOT_STARTED;
        }
        return DutyGraphCommand.KEEP_RUNNING;
    }
}
