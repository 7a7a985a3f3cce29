package io.dutygraph.cli;

import io.dutygraph.graph.load.LoadReport;
import io.dutygraph.graph.load.PlanLoadException;
import io.dutygraph.ingest.PlanIngest;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanMetadata;
import io.dutygraph.plan.reading.Layout;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Loads plans into the configured database (embedded by default, or external by URI). Every file is parsed before
 * the database is touched; each plan then loads in its own transaction, replacing an earlier version of it. A bad
 * file is reported and skipped, the others still load, and the exit code is then 2.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load plans (files, or folders of plan files: .txt, .xlsx, .xls, .docx, .html) into the configured "
                + "Neo4j database and report the counts.")
class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "plan documents (text, .xlsx, .xls, .docx, .html) or folders holding them")
    List<Path> paths;

    @Option(names = "--jurisdiction", paramLabel = "NAME",
            description = "the jurisdiction of every plan given (e.g. 咸宁市咸安区), over what the documents say")
    String jurisdiction;

    @Option(names = "--year", paramLabel = "YEAR", description = "the year of every plan given, over what the documents say")
    Integer year;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "read every text plan in this layout instead of the one its content shows: ${COMPLETION-CANDIDATES}")
    Layout layout;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        LoadOptions options = options();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ProgressBar progress = new ProgressBar(err, ProgressBar.onTerminal());
        PlanFiles given = PlanFiles.of(paths);
        given.notes().forEach(out::println);
        given.errors().forEach(error -> error(progress, error));
        List<Path> files = given.files();
        Map<Path, ParsedPlan> parsed = parse(files, options(), progress);
        refuseSamePlanTwice(parsed, progress);
        int failed = files.size() - parsed.size();
        int loaded = 0;
        if (!parsed.isEmpty()) {
            List<Path> refused = load(parsed, progress);
            failed += refused.size();
            loaded = parsed.size() - refused.size();
        }
        progress.finish();
        int folders = given.errors().size();
        out.printf("%d of %d plan%s loaded%s%s%n", loaded, files.size(), files.size() == 1 ? "" : "s",
                failed == 0 ? "" : ", " + failed + " failed",
                folders == 0 ? "" : ", " + folders + " folder" + (folders == 1 ? "" : "s") + " without plan files");
        out.flush();
        return failed + folders == 0 ? 0 : DutyGraphCommand.EXIT_BAD_INPUT;
    }

    /** What the options state about every plan; a year no plan can be for is a usage error (exit code 2). */
    private LoadOptions options() {
        try {
            return new LoadOptions(jurisdiction, year);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--year: " + e.getMessage());
        }
    }

    private Map<Path, ParsedPlan> parse(List<Path> files, LoadOptions options, ProgressBar progress) {
        PlanFileReader reader = new PlanFileReader();
        Map<Path, ParsedPlan> parsed = new LinkedHashMap<>();
        progress.start(files.size());
        for (Path file : files) {
            progress.working("reading " + file.getFileName());
            try {
                parsed.put(file, reader.read(file, Optional.ofNullable(layout), options));
            } catch (BadInputException | UncheckedIOException e) {
                error(progress, e.getMessage());
            }
            progress.step();
        }
        return parsed;
    }

    /**
     * Drops (with an error) each plan whose identity — jurisdiction, year, title — a file before it in this run has:
     * the second would replace the first, and which one the graph kept would depend on the order of the files.
     */
    private void refuseSamePlanTwice(Map<Path, ParsedPlan> parsed, ProgressBar progress) {
        Map<PlanIdentity, Path> first = new HashMap<>();
        for (var entries = parsed.entrySet().iterator(); entries.hasNext(); ) {
            var entry = entries.next();
            PlanMetadata plan = entry.getValue().plan();
            Path earlier = first.putIfAbsent(new PlanIdentity(plan.jurisdiction(), plan.year(), plan.title()),
                    entry.getKey());
            if (earlier != null) {
                error(progress, entry.getKey() + ": the same plan as " + earlier + " (" + plan.jurisdiction() + " "
                        + plan.year() + ", 《" + plan.title() + "》), which this run loads; not loaded (a plan is its "
                        + "jurisdiction, year and title: load this file on its own to replace that plan with it)");
                entries.remove();
            }
        }
    }

    /** What makes a plan the same plan: loading one with the identity of a plan in the graph replaces it. */
    private record PlanIdentity(String jurisdiction, Integer year, String title) {
    }

    /** Loads each plan in its own transaction; the files whose plan the database refused. */
    private List<Path> load(Map<Path, ParsedPlan> plans, ProgressBar progress) {
        List<Path> refused = new ArrayList<>();
        try (ConfigurableApplicationContext context = DatabaseContext.open(springArguments)) {
            PlanIngest ingest = context.getBean(PlanIngest.class);
            if (ingest.planCount() == 0) {
                progress.println(spec.commandLine().getOut(), "note: the database holds no plan yet; only the files "
                        + "given are loaded, not the bundled plan (the server loads that only into a database "
                        + "without plans, so after this load it will not)");
            }
            progress.start(plans.size());
            plans.forEach((file, plan) -> {
                progress.working("loading " + file.getFileName());
                try {
                    progress.println(spec.commandLine().getOut(), summary(file, plan, ingest.load(plan)));
                } catch (PlanLoadException e) {
                    error(progress, file + ": " + e.getMessage());
                    refused.add(file);
                }
                progress.step();
            });
        }
        return refused;
    }

    private static String summary(Path file, ParsedPlan plan, LoadReport report) {
        return String.format("loaded %s (%s %s) from %s: %d tasks, %d units, %d officials, %d assignments, "
                + "%d oversights, %d diagnostics in %d ms", report.planId(), report.jurisdiction(),
                report.year() == null ? "year unknown" : report.year(), file, report.tasks(), report.units(),
                report.officials(), report.assignments(), report.oversights(), plan.diagnostics().size(), report.millis());
    }

    private void error(ProgressBar progress, String message) {
        progress.println(spec.commandLine().getErr(), "error: " + message.replace('\n', ' '));
    }
}
