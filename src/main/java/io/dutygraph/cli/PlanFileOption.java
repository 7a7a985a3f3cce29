package io.dutygraph.cli;

import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.Layout;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The plan file a command reads, parsed with the bundled unit directories (a picocli mixin). */
class PlanFileOption {

    @Parameters(paramLabel = "FILE", description = "the plan document: text, .xlsx, .xls, .docx or .html")
    Path file;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "read a text plan in this layout instead of the one its content shows: ${COMPLETION-CANDIDATES}")
    Layout layout;

    ParsedPlan parse() {
        return new PlanFileReader().read(file, Optional.ofNullable(layout), LoadOptions.NONE);
    }
}
