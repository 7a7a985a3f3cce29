package io.dutygraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DutyGraph: a graph knowledge base of who is responsible for what in a government work plan. This class is the
 * Spring configuration root only; {@code main} is the command line's ({@code io.dutygraph.cli.DutyGraphCommand}),
 * which decides what starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DutyGraphApplication {
}
