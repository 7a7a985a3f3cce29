package io.dutygraph.cli;

import io.dutygraph.DutyGraphApplication;
import io.dutygraph.graph.load.LoadReport;
import io.dutygraph.ingest.PlanIngest;
import io.dutygraph.plan.ParsedPlan;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Loads a plan into the configured database (embedded by default, or external by URI), replacing an
 * earlier version of the same plan. The file is parsed before the database is touched: a bad file changes nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a plan into the configured Neo4j database and report the counts.")
class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFileOption planFile;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        ParsedPlan plan = planFile.parse();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DutyGraphApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dutygraph.plan.load-bundled-if-empty=false")
                .run(springArguments)) {
            LoadReport report = context.getBean(PlanIngest.class).load(plan);
            spec.commandLine().getOut().printf("loaded %s from %s: %d tasks, %d units, %d officials, %d assignments, "
                    + "%d oversights in %d ms%n", report.planId(), planFile.file, report.tasks(), report.units(),
                    report.officials(), report.assignments(), report.oversights(), report.millis());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
