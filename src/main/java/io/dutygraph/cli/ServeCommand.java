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

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        SpringApplication.run(DutyGraphApplication.class, springArguments);
        return DutyGraphCommand.KEEP_RUNNING;
    }
}
