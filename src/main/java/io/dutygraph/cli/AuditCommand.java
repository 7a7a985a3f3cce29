package io.dutygraph.cli;

import io.dutygraph.audit.AuditReport;
import io.dutygraph.audit.Audits;
import io.dutygraph.audit.Finding;
import io.dutygraph.audit.GraphAudits;
import io.dutygraph.audit.Severity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audits a plan document (parsed, no database) or a plan in the graph: tasks nobody answers for, targets without a
 * lead unit or leader, spellings, merged leader cells, the task count and every parser diagnostic.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a plan document, or a loaded plan (--plan), for accountability and data quality.")
class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people) or json (for tools); default: ${DEFAULT-VALUE}")
    String format;

    @Unmatched
    String[] springArguments = new String[0];

    /** The plan audited: a document, or a plan of the graph. */
    static class Subject {

        @ArgGroup(exclusive = false)
        PlanFileOption file;

        @Option(names = "--plan", paramLabel = "ID", description = "a loaded plan's id (wujiang-2024)")
        String plan;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not " + format);
        }
        AuditReport report = subject.file != null ? Audits.of(subject.file.parse()) : fromGraph(subject.plan);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        } else {
            print(report, out);
        }
        out.flush();
        return 0;
    }

    private AuditReport fromGraph(String planId) {
        try (ConfigurableApplicationContext context = DatabaseContext.openExisting(springArguments)) {
            return context.getBean(GraphAudits.class).audit(planId);
        }
    }

    private static void print(AuditReport report, PrintWriter out) {
        out.printf("audit of %s (%s): %d tasks read, %s declared, %d targets; %d errors, %d warnings, %d notes%n",
                report.plan(), report.source(), report.readTaskCount(),
                report.declaredTaskCount() == null ? "none" : report.declaredTaskCount(), report.targetCount(),
                report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
        for (Finding finding : report.findings()) {
            out.printf("%-7s %-31s %-8s %s: %s%n", finding.severity(), finding.code(),
                    finding.task() == null ? "plan" : "task " + finding.task(), finding.location(), finding.message());
        }
        out.println("by code: " + report.countsByCode());
    }
}
