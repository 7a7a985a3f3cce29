package io.dutygraph.plan.reading;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.units.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real plan and fixture excerpts, read from the classpath as users' files would be read. */
public final class TestPlans {

    public static final String REAL_PLAN = "wujiang-2024.txt";
    public static final UnitDirectory DIRECTORY = UnitDirectory.bundled();

    private static ParsedPlan realPlan;

    private TestPlans() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestPlans.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] realPlanBytes() {
        return resource("plans/" + REAL_PLAN);
    }

    /** The real plan's lines, split on LF only (the file's own line ends). */
    public static List<String> realPlanLines() {
        return List.of(new String(realPlanBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }

    public static synchronized ParsedPlan realPlan() {
        if (realPlan == null) {
            realPlan = parse(REAL_PLAN, realPlanBytes());
        }
        return realPlan;
    }

    public static ParsedPlan parse(String source, byte[] bytes) {
        return new PlanParser(DIRECTORY).parse(PlanText.decode(source, bytes));
    }

    public static ParsedPlan parse(String source, String text) {
        return parse(source, text.getBytes(StandardCharsets.UTF_8));
    }

    public static ParsedPlan fixture(String name) {
        return parse(name, resource("plans/" + name));
    }

    /**
     * What a plan's structure is, as comparable lines: chapters, sections, tasks with leaders and canonical units,
     * and diagnostic codes with lines. With {@code withTexts}, also titles, task texts and spellings as written.
     */
    public static List<String> structure(ParsedPlan plan, boolean withTexts) {
        List<String> lines = new java.util.ArrayList<>();
        plan.chapters().forEach(c -> lines.add("chapter " + c.numeral() + " " + c.ordinal() + " " + c.line() + " "
                + (c.title() == null ? "-" : withTexts ? c.title() : "titled")));
        plan.sections().forEach(s -> lines.add("section " + s));
        for (ParsedTask t : plan.tasks()) {
            lines.add("task " + t.number() + " " + t.chapter() + " " + t.sectionPosition() + " " + t.sectionNumber()
                    + " " + t.section() + " " + t.line() + " " + t.leaders() + " " + t.leaderSource() + " "
                    + t.leaderLine() + " " + t.unitsLine() + (withTexts ? " " + t.text() : ""));
            t.units().forEach(a -> lines.add("  unit " + a.unit() + " " + a.lead() + " " + a.role() + " " + a.capacity()
                    + (withTexts ? " " + a.asWritten() : "")));
        }
        plan.units().forEach(u -> lines.add("unit " + u.name() + " " + u.kind() + " " + u.members()));
        plan.diagnostics().forEach(d -> lines.add("diagnostic " + d.code() + " " + d.line()));
        if (withTexts) {
            lines.add("plan " + plan.plan());
        }
        return lines;
    }

    public static ParsedTask task(ParsedPlan plan, int number) {
        return plan.tasks().stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number));
    }
}
