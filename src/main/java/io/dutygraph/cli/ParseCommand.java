package io.dutygraph.cli;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.ParsedPlan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a parsed plan as JSON; starts neither a web server nor a database. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a plan document and print it as JSON (no server, no database).")
class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanFileOption planFile;

    @Option(names = "--diagnostics", description = "print the diagnostics for humans instead of JSON")
    boolean diagnostics;

    @Override
    public Integer call() {
        ParsedPlan plan = planFile.parse();
        var out = spec.commandLine().getOut();
        if (diagnostics) {
            out.printf("%s: %d tasks, %d chapters, %d sections, %d units, %d diagnostics%n", plan.plan().source(),
                    plan.tasks().size(), plan.chapters().size(), plan.sections().size(), plan.units().size(),
                    plan.diagnostics().size());
            for (Diagnostic diagnostic : plan.diagnostics()) {
                out.printf("%s:%d: %s: %s%n", plan.plan().source(), diagnostic.line(), diagnostic.code(),
                        diagnostic.message());
            }
        } else {
            JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(mapper.writeValueAsString(plan));
        }
        out.flush();
        return 0;
    }
}
