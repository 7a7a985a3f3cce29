package io.dutygraph.cli;

import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.reading.Layout;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import io.dutygraph.plan.units.UnitDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses the plan files named on the command line with the bundled unit directories. A file that cannot be read as a
 * plan is a {@link BadInputException} naming the file as the user gave it (a path, not only its name: two folders
 * often hold files of one name) and the line where reading failed.
 */
final class PlanFileReader {

    private final PlanParser parser = new PlanParser(UnitDirectories.bundled());

    ParsedPlan read(Path file, Optional<Layout> layout, LoadOptions options) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(file + ": not a readable file");
        }
        try {
            return parser.parse(PlanSource.read(file), layout, options);
        } catch (PlanParseException e) {
            throw new BadInputException(where(file, e.line()) + ": " + e.reason(), e);
        }
    }

    /** {@code plans/x.txt:12}, or the path alone where no line is known. */
    static String where(Path file, int line) {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
