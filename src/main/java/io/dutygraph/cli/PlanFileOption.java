package io.dutygraph.cli;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.units.UnitDirectories;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The plan file a command reads, parsed with the bundled unit directories (a picocli mixin). */
class PlanFileOption {

    @Parameters(paramLabel = "FILE", description = "the plan document (UTF-8 text)")
    Path file;

    ParsedPlan parse() {
        return new PlanParser(UnitDirectories.bundled()).parse(file);
    }
}
