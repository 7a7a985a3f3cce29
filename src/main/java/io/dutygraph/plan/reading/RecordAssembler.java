package io.dutygraph.plan.reading;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.reading.PlanRecord.Heading;
import io.dutygraph.plan.reading.PlanRecord.LeaderCell;
import io.dutygraph.plan.reading.PlanRecord.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shared assembly of every layout but the Wujiang flattened table: chapters and sections from headings (an
 * untitled one where a task stands outside any), numbering without gaps, leaders from the task's own cell, from a
 * merged cell above or from the heading above, and units with their roles.
 */
final class RecordAssembler {

    private final UnitListReader units;
    private final Consumer<Diagnostic> diagnostics;
    private final List<Chapter> chapters = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<ParsedTask> tasks = new ArrayList<>();
    private Section section;
    private Heading chapterHeading;
    private Heading sectionHeading;
    private LeaderCell lastWrittenLeaders;
    private Section lastWrittenSection;
    private boolean leadsMarkedInCells;
    private boolean leadsMarkedWithAsterisk;
    /** The tasks just read that had no number written, numbered by their position. */
    private final List<ParsedTask> unnumbered = new ArrayList<>();

    RecordAssembler(UnitListReader units, Consumer<Diagnostic> diagnostics) {
        this.units = units;
        this.diagnostics = diagnostics;
    }

    void assemble(List<PlanRecord> records) {
        leadsMarkedWithAsterisk = records.stream().anyMatch(r -> r instanceof Task task && task.units() != null
                && Names.fold(task.units()).matches("(?s).*\\S\\*.*"));
        leadsMarkedInCells = records.stream().anyMatch(r -> r instanceof Task task && task.units() != null
                && UnitListReader.pieces(task.units()).stream().anyMatch(piece -> piece.marked() || piece.roleInWords() != null));
        for (PlanRecord record : records) {
            if (record instanceof Heading heading && heading.level() == 1) {
                openChapter(heading.numeral(), heading.title(), heading.location().line());
                chapterHeading = heading;
                sectionHeading = null;
            } else if (record instanceof Heading heading) {
                openSection(heading);
            } else if (record instanceof Task task) {
                addTask(task);
            }
        }
        reportUnnumbered();
    }

    List<Chapter> chapters() {
        return chapters;
    }

    List<Section> sections() {
        return sections;
    }

    List<ParsedTask> tasks() {
        return tasks;
    }

    private void openChapter(String numeral, String title, int line) {
        int ordinal = chapters.size() + 1;
        chapters.add(new Chapter(numeral == null ? ChapterNumerals.numeral(ordinal) : numeral, ordinal, title, line));
        section = null;
    }

    private void openSection(Heading heading) {
        Integer number = heading.numeral() == null ? null : ChapterNumerals.ordinalOrNull(heading.numeral());
        if (chapters.isEmpty() || number != null && lastSectionNumber() != null && number <= lastSectionNumber()) {
            openMissingChapter(heading.location().line());
        }
        Chapter chapter = chapters.get(chapters.size() - 1);
        int position = (int) sections.stream().filter(s -> s.chapterOrdinal() == chapter.ordinal()).count() + 1;
        section = new Section(chapter.numeral(), chapter.ordinal(), position, number, heading.title(),
                heading.location().line());
        sections.add(section);
        sectionHeading = heading;
    }

    /** Section numbering restarts without a chapter heading: the chapter's heading is missing from the table. */
    private void openMissingChapter(int line) {
        if (!chapters.isEmpty()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.CHAPTER_TITLE_MISSING, line, "the heading of chapter "
                    + ChapterNumerals.numeral(chapters.size() + 1) + " is missing (section numbering restarts at line "
                    + line + "); its title is unknown"));
        }
        openChapter(null, null, line);
        chapterHeading = null;
    }

    private Integer lastSectionNumber() {
        int ordinal = chapters.size();
        return sections.stream().filter(s -> s.chapterOrdinal() == ordinal && s.number() != null)
                .reduce((first, second) -> second).map(Section::number).orElse(null);
    }

    private void addTask(Task task) {
        int line = task.location().line();
        if (chapters.isEmpty()) {
            openChapter(null, null, line);
        }
        if (section == null) {
            openSection(new Heading(2, null, null, List.of(), task.location()));
        }
        int number = task.number() != null ? task.number() : tasks.size() + 1;
        Leaders leaders = leaders(task.leaders(), line);
        List<UnitAssignment> assignments = new ArrayList<>();
        if (task.leadUnits() != null) {
            assignments.addAll(units.read(task.leadUnits(), Role.LEAD, null, line));
        }
        if (task.units() != null) {
            Role unmarked = task.leadUnits() != null ? Role.SUPPORT : leadsMarkedInCells ? null : Role.UNSTATED;
            assignments.addAll(unitsMarkedInCell(task.units(), unmarked, line));
        }
        if (task.supportUnits() != null) {
            assignments.addAll(units.read(task.supportUnits(), Role.SUPPORT, null, line));
        }
        if (assignments.isEmpty()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.UNITS_CELL_EMPTY, line, "task " + number + " names no unit"));
        }
        ParsedTask parsed = new ParsedTask(number, section.chapter(), section.chapterOrdinal(), section.position(),
                section.number(), section.name(), task.text(), line, leaders.names(), leaders.source(), leaders.line(),
                assignments, task.unitsLocation().line(), task.location(), task.unitsLocation());
        tasks.add(parsed);
        if (task.number() == null) {
            unnumbered.add(parsed);
        } else {
            reportUnnumbered();
        }
    }

    /** One diagnostic for each run of tasks without a written number: their numbers are DutyGraph's. */
    private void reportUnnumbered() {
        if (unnumbered.isEmpty()) {
            return;
        }
        ParsedTask first = unnumbered.get(0);
        ParsedTask last = unnumbered.get(unnumbered.size() - 1);
        String which = first == last ? "task " + first.number() + " (" + first.location() + ") has"
                : "tasks " + first.number() + "–" + last.number() + " (" + first.location() + " to " + last.location()
                        + ") have";
        diagnostics.accept(new Diagnostic(DiagnosticCode.TASK_NUMBER_ASSIGNED, first.line(), which + " no number "
                + "written (no 序号 column or cell): they are numbered by their position in the plan, not by the "
                + "document"));
        unnumbered.clear();
    }

    /**
     * A cell marking its lead units itself. Where leads are marked with a trailing * (区政府办公室*、区财政局), a cell of
     * one unmarked unit names the lead alone; where they are marked with ★, unmarked units support.
     */
    private List<UnitAssignment> unitsMarkedInCell(String cell, Role unmarked, int line) {
        if (unmarked != null) {
            return units.read(cell, null, unmarked, line);
        }
        boolean alone = UnitListReader.pieces(cell).size() == 1;
        return units.read(cell, null, alone && leadsMarkedWithAsterisk ? Role.LEAD : Role.SUPPORT, line);
    }

    private record Leaders(List<String> names, LeaderSource source, Integer line) {
    }

    /**
     * The task's leaders: its own cell's names; else a cell merged down from above; else the officials the heading
     * above names, also where the task's own leader cell is empty (a 责任人 column left blank under a heading
     * {@code (牵头领导:…)}); else none.
     */
    private Leaders leaders(LeaderCell cell, int taskLine) {
        boolean written = cell.state() == LeaderCell.State.WRITTEN;
        if (written) {
            // An empty cell (or one of titles only) merged down over the rows below passes no one down to them.
            lastWrittenLeaders = cell;
            lastWrittenSection = section;
        }
        if (written && OfficialNames.namesOnlyTitles(cell.text())) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.LEADER_NOT_A_NAME, taskLine, "the leader cell names a "
                    + "job title, not an official: " + cell.text().strip() + "; no leader is recorded"));
            return new Leaders(List.of(), LeaderSource.NONE, cell.location().line());
        }
        if (written && !cell.text().isBlank()) {
            return new Leaders(OfficialNames.split(cell.text()), LeaderSource.OWN, cell.location().line());
        }
        if (cell.state() == LeaderCell.State.MERGED_FROM_ABOVE && lastWrittenLeaders != null
                && !OfficialNames.split(lastWrittenLeaders.text()).isEmpty()) {
            if (lastWrittenSection != section) {
                diagnostics.accept(new Diagnostic(DiagnosticCode.LEADER_INHERITED_ACROSS_SECTION, taskLine, "the leader "
                        + "cell of line " + lastWrittenLeaders.location().line() + " is merged down across a section "
                        + "boundary to the task at line " + taskLine));
            }
            return new Leaders(OfficialNames.split(lastWrittenLeaders.text()), LeaderSource.INHERITED,
                    lastWrittenLeaders.location().line());
        }
        if (cell.state() == LeaderCell.State.MERGED_FROM_ABOVE && lastWrittenLeaders == null) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.LEADER_CELL_MISSING, taskLine,
                    "the leader cell is merged from above, but no leader cell above it names anyone"));
        }
        Heading heading = sectionHeading != null && !sectionHeading.leaders().isEmpty() ? sectionHeading : chapterHeading;
        if (heading != null && !heading.leaders().isEmpty()) {
            return new Leaders(heading.leaders(), LeaderSource.INHERITED, heading.location().line());
        }
        return new Leaders(List.of(), LeaderSource.NONE, cell.location() == null ? null : cell.location().line());
    }
}
