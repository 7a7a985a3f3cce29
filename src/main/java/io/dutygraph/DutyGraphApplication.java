package io.dutygraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * DutyGraph: a graph knowledge base of who is responsible for what in a government work plan. This class is the
 * Spring configuration root only; {@code main} is the command line's ({@code io.dutygraph.cli.DutyGraphCommand}),
 * which decides what starts.
 */
// Nobody logs in (see web.SecurityConfiguration): no generated user and password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class DutyGraphApplication {
}
