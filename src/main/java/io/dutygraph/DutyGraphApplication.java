package io.dutygraph;

import io.dutygraph.cli.DutyGraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DutyGraph: a graph knowledge base of who is responsible for what in a government work plan.
 * The command line decides what starts: {@code serve} the web service, {@code parse} nothing but the parser,
 * {@code load} a non-web context.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {

    public static void main(String[] args) {
        int exitCode = DutyGraphCommand.newCommandLine(System.out, System.err).execute(args);
        if (exitCode != DutyGraphCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
