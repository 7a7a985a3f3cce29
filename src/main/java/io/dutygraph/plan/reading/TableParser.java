package io.dutygraph.plan.reading;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.PlanParseException;
import io.dutygraph.plan.Section;
import io.dutygraph.plan.SourceLocation;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.UnitKind;
import io.dutygraph.plan.reading.SectionBuilder.TaskInSection;
import io.dutygraph.plan.reading.TableToken.Cell;
import io.dutygraph.plan.reading.TableToken.EmptyCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds chapters, sections and tasks from the table's cells. The rules, each for a quirk of the flattened
 * HTML table: a merged (rowspan) cell appears only in its first row, so a row whose task cell is followed
 * directly by the units cell inherits the leader cell above; a section name split over several rows shows up
 * as text between later rows; an empty 序号 cell before a name opens an unnumbered section; a section number
 * that restarts without a heading means the chapter heading is missing.
 */
final class TableParser {

    private static final Pattern CHAPTER_HEADING = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.*)$");
    private static final Pattern TASK = Pattern.compile("^(\\d+)\\s*\\.\\s*");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+$");
    private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{IsHan}·]{2,4}$");

    private final String source;
    private final List<TableToken> tokens;
    private final UnitCellReader unitReader;
    private final Consumer<Diagnostic> diagnostics;

    private final List<Chapter> chapters = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final List<TaskInSection> tasks = new ArrayList<>();
    private SectionBuilder currentSection;
    private LeaderCell leaderCellAbove;
    private SectionBuilder crossingReported;
    private int position;

    private record LeaderCell(List<String> leaders, int line, SectionBuilder section) {
    }

    TableParser(String source, List<TableToken> tokens, UnitCellReader unitReader, Consumer<Diagnostic> diagnostics) {
        this.source = source;
        this.tokens = tokens;
        this.unitReader = unitReader;
        this.diagnostics = diagnostics;
    }

    List<Chapter> chapters() {
        return chapters;
    }

    List<Section> sections() {
        return sections.stream().map(SectionBuilder::build).toList();
    }

    List<ParsedTask> tasks() {
        return tasks.stream().map(TaskInSection::withSectionName).toList();
    }

    void parse() {
        boolean emptyCellBefore = false;
        Integer separatorRunStart = null;
        while (position < tokens.size()) {
            TableToken token = tokens.get(position);
            if (token instanceof Cell cell) {
                readRowStart(cell, emptyCellBefore, separatorRunStart == null ? cell.line() : separatorRunStart);
                emptyCellBefore = false;
                separatorRunStart = null;
            } else {
                emptyCellBefore = token instanceof EmptyCell;
                separatorRunStart = separatorRunStart == null ? token.line() : separatorRunStart;
                position++;
            }
        }
    }

    private void readRowStart(Cell cell, boolean emptyCellBefore, int rowLine) {
        String text = cell.folded();
        Matcher heading = CHAPTER_HEADING.matcher(text);
        if (isTask(cell)) {
            readTask(cell);
        } else if (heading.matches()) {
            String written = String.join("", cell.lines());
            startChapter(heading.group(1), written.substring(written.indexOf('、') + 1).strip(), cell.line());
            position++;
        } else if (SECTION_NUMBER.matcher(text).matches()) {
            readNumberedSection(cell, parseNumber("section", text, cell.line()), rowLine);
        } else if (emptyCellBefore || currentSection == null) {
            startSection(null, cell, rowLine);
            position++;
        } else {
            currentSection.appendNamePiece(cell);
            diagnostics.accept(new Diagnostic(DiagnosticCode.SECTION_NAME_REJOINED, cell.line(), "section name piece \""
                    + text + "\" joined to the section of line " + currentSection.line + ": " + currentSection.name()));
            position++;
        }
    }

    private void startChapter(String numeral, String title, int line) {
        int ordinal = ChapterNumerals.ordinal(numeral);
        int expected = chapters.size() + 1;
        if (ordinal != expected) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.CHAPTER_OUT_OF_ORDER, line,
                    "chapter " + numeral + " found where chapter " + ChapterNumerals.numeral(expected) + " was expected"));
        }
        chapters.add(new Chapter(numeral, expected, title.isBlank() ? null : title, line));
        currentSection = null;
        leaderCellAbove = null;
    }

    private void startMissingChapter(int line, int evidenceLine) {
        int ordinal = chapters.size() + 1;
        String numeral = ChapterNumerals.numeral(ordinal);
        diagnostics.accept(new Diagnostic(DiagnosticCode.CHAPTER_TITLE_MISSING, line, "the heading of chapter "
                + numeral + " is missing (no heading row before line " + evidenceLine
                + ", where section numbering restarts); its title is unknown"));
        chapters.add(new Chapter(numeral, ordinal, null, line));
        currentSection = null;
        leaderCellAbove = null;
    }

    private void readNumberedSection(Cell numberCell, int number, int rowLine) {
        Integer lastNumber = lastNumberInChapter();
        if (chapters.isEmpty() || (lastNumber != null && number <= lastNumber)) {
            startMissingChapter(rowLine, numberCell.line());
        } else if (number != sectionCountInChapter() + 1) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.SECTION_OUT_OF_ORDER, numberCell.line(),
                    "section " + number + " is the chapter's section " + (sectionCountInChapter() + 1)));
        }
        position++;
        if (position < tokens.size() && tokens.get(position) instanceof Cell nameCell && isSectionName(nameCell)) {
            currentSection = openSection(number, nameCell, numberCell.line());
            position++;
        } else {
            diagnostics.accept(new Diagnostic(DiagnosticCode.SECTION_NAME_MISSING, numberCell.line(),
                    "section " + number + " has no name cell"));
            currentSection = openSection(number, null, numberCell.line());
        }
    }

    private void startSection(Integer number, Cell nameCell, int rowLine) {
        if (chapters.isEmpty()) {
            startMissingChapter(rowLine, nameCell.line());
        }
        diagnostics.accept(new Diagnostic(DiagnosticCode.SECTION_NUMBER_MISSING, nameCell.line(),
                "section " + nameCell.folded() + " has an empty 序号 cell"));
        currentSection = openSection(number, nameCell, rowLine);
    }

    private SectionBuilder openSection(Integer number, Cell nameCell, int line) {
        Chapter chapter = chapters.get(chapters.size() - 1);
        SectionBuilder section = new SectionBuilder(chapter, sectionCountInChapter() + 1, number, line);
        if (nameCell != null) {
            section.appendNamePiece(nameCell);
        }
        sections.add(section);
        return section;
    }

    private int sectionCountInChapter() {
        Chapter chapter = chapters.isEmpty() ? null : chapters.get(chapters.size() - 1);
        return (int) sections.stream().filter(s -> s.chapter == chapter).count();
    }

    private Integer lastNumberInChapter() {
        if (chapters.isEmpty()) {
            return null;
        }
        Chapter chapter = chapters.get(chapters.size() - 1);
        return sections.stream().filter(s -> s.chapter == chapter && s.number != null)
                .reduce((first, second) -> second).map(s -> s.number).orElse(null);
    }

    private boolean isSectionName(Cell cell) {
        String text = cell.folded();
        return !isTask(cell) && !CHAPTER_HEADING.matcher(text).matches()
                && !SECTION_NUMBER.matcher(text).matches();
    }

    private void readTask(Cell taskCell) {
        Matcher number = TASK.matcher(firstLine(taskCell));
        number.find();
        String text = taskText(taskCell);
        if (currentSection == null) {
            if (chapters.isEmpty()) {
                startMissingChapter(taskCell.line(), taskCell.line());
            }
            diagnostics.accept(new Diagnostic(DiagnosticCode.SECTION_NAME_MISSING, taskCell.line(),
                    "task " + number.group(1) + " stands outside any section"));
            currentSection = openSection(null, null, taskCell.line());
        }
        position++;
        TableToken next = peek();
        List<String> leaders;
        LeaderSource leaderSource;
        Integer leaderLine;
        if (next instanceof EmptyCell empty) {
            leaders = List.of();
            leaderSource = LeaderSource.NONE;
            leaderLine = empty.line();
            leaderCellAbove = new LeaderCell(leaders, empty.line(), currentSection);
            position++;
        } else if (next instanceof Cell cell && isLeaderCell(cell)) {
            leaders = leaderNames(cell);
            leaderSource = LeaderSource.OWN;
            leaderLine = cell.line();
            leaderCellAbove = new LeaderCell(leaders, cell.line(), currentSection);
            position++;
        } else if (leaderCellAbove != null) {
            leaders = leaderCellAbove.leaders();
            leaderSource = LeaderSource.INHERITED;
            leaderLine = leaderCellAbove.line();
            if (leaderCellAbove.section() != currentSection && crossingReported != currentSection) {
                crossingReported = currentSection;
                diagnostics.accept(new Diagnostic(DiagnosticCode.LEADER_INHERITED_ACROSS_SECTION, taskCell.line(),
                        "the leader cell of line " + leaderLine + " is merged down across the section boundary: task "
                                + number.group(1) + " and the rows after it in section " + currentSection.name()
                                + " inherit it"));
            }
        } else {
            leaders = List.of();
            leaderSource = LeaderSource.NONE;
            leaderLine = null;
            diagnostics.accept(new Diagnostic(DiagnosticCode.LEADER_CELL_MISSING, taskCell.line(), "task "
                    + number.group(1) + " has no leader cell and no leader cell above it to inherit"));
        }
        List<UnitAssignment> units = List.of();
        Integer unitsLine = null;
        TableToken unitsToken = peek();
        if (unitsToken instanceof Cell cell && !isTask(cell)) {
            units = unitReader.read(String.join("", cell.lines()).strip(), cell.line());
            unitsLine = cell.line();
            position++;
        } else if (unitsToken instanceof EmptyCell empty) {
            unitsLine = empty.line();
            position++;
        }
        if (unitsToken == null) {
            throw new PlanParseException(source, taskCell.line(), "the table ends inside task " + number.group(1)
                    + ": its units cell is missing (truncated file?)");
        }
        if (units.isEmpty()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.UNITS_CELL_EMPTY, taskCell.line(),
                    "task " + number.group(1) + " lists no responsible unit"));
        } else if (units.stream().noneMatch(UnitAssignment::lead)) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.NO_LEAD_UNIT, unitsLine,
                    "task " + number.group(1) + " marks no unit with ★"));
        }
        tasks.add(new TaskInSection(new ParsedTask(parseNumber("task", number.group(1), taskCell.line()),
                currentSection.chapter.numeral(), currentSection.chapter.ordinal(), currentSection.position,
                currentSection.number, null, text,
                taskCell.line(), leaders, leaderSource, leaderLine, units, unitsLine,
                SourceLocation.line(source, taskCell.line()),
                unitsLine == null ? null : SourceLocation.line(source, unitsLine)), currentSection));
    }

    private int parseNumber(String what, String digits, int line) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new PlanParseException(source, line, what + " number " + digits + " is too large", e);
        }
    }

    /** A task cell starts with {@code N.} on its first line; the number is never read across lines. */
    private static boolean isTask(Cell cell) {
        return TASK.matcher(firstLine(cell)).find();
    }

    private static String firstLine(Cell cell) {
        return Names.fold(cell.lines().get(0)).strip();
    }

    private static String taskText(Cell taskCell) {
        String first = taskCell.lines().get(0);
        Matcher prefix = TASK.matcher(Names.fold(first));
        prefix.find();
        List<String> textLines = new ArrayList<>(taskCell.lines());
        textLines.set(0, first.substring(prefix.end()));
        return String.join("\n", textLines);
    }

    private TableToken peek() {
        return position < tokens.size() ? tokens.get(position) : null;
    }

    /** A leader cell holds person names only and is followed by the units cell of the same row. */
    private boolean isLeaderCell(Cell cell) {
        if (cell.folded().contains("★")) {
            return false;
        }
        List<String> names = leaderNames(cell);
        boolean allNames = !names.isEmpty() && names.stream().allMatch(name -> PERSON_NAME.matcher(name).matches()
                && !unitReader.isKnownUnit(name) && UnitKinds.guess(name) == UnitKind.OTHER);
        TableToken after = position + 1 < tokens.size() ? tokens.get(position + 1) : null;
        boolean unitsCellFollows = after instanceof EmptyCell || (after instanceof Cell next && !isTask(next));
        return allNames && unitsCellFollows;
    }

    private static List<String> leaderNames(Cell cell) {
        return OfficialNames.split(String.join("\n", cell.lines()));
    }
}
