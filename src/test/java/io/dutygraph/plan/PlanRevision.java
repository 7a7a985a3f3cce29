package io.dutygraph.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A revised version of a parsed plan, as a district publishes one: tasks reworded, moved, added or dropped, units and
 * leaders changed. Units no task or collective refers to any more are dropped, as the parser would.
 */
public final class PlanRevision {

    private final ParsedPlan original;
    private final List<Chapter> chapters;
    private final List<ParsedTask> tasks;

    private PlanRevision(ParsedPlan original) {
        this.original = original;
        this.chapters = new ArrayList<>(original.chapters());
        this.tasks = new ArrayList<>(original.tasks());
    }

    public static PlanRevision of(ParsedPlan plan) {
        return new PlanRevision(plan);
    }

    public PlanRevision reword(int number, String addition) {
        return edit(number, task -> with(task, task.text() + addition, task.leaders(), task.units()));
    }

    public PlanRevision leaders(int number, List<String> leaders) {
        return edit(number, task -> with(task, task.text(), leaders, task.units()));
    }

    public PlanRevision dropLastUnit(int number) {
        return edit(number, task -> with(task, task.text(), task.leaders(), task.units().subList(0, task.units().size() - 1)));
    }

    public PlanRevision remove(int number) {
        tasks.remove(indexOf(number));
        return this;
    }

    /** Task {@code number} moves into the section of task {@code into}. */
    public PlanRevision move(int number, int into) {
        ParsedTask target = task(into);
        return edit(number, task -> new ParsedTask(task.number(), target.chapter(), target.chapterOrdinal(),
                target.sectionPosition(), target.sectionNumber(), target.section(), task.text(), task.line(),
                task.leaders(), task.leaderSource(), task.leaderLine(), task.units(), task.unitsLine(), task.location(),
                task.unitsLocation()));
    }

    /** A new task {@code number}, after the others, with the text, leaders and units of task {@code like}. */
    public PlanRevision addLike(int like, int number) {
        ParsedTask model = task(like);
        tasks.add(new ParsedTask(number, model.chapter(), model.chapterOrdinal(), model.sectionPosition(),
                model.sectionNumber(), model.section(), model.text() + "(新增)", model.line(), model.leaders(),
                model.leaderSource(), model.leaderLine(), model.units(), model.unitsLine(), model.location(),
                model.unitsLocation()));
        return this;
    }

    public PlanRevision retitleChapter(int ordinal, String title) {
        chapters.replaceAll(chapter -> chapter.ordinal() == ordinal
                ? new Chapter(chapter.numeral(), ordinal, title, chapter.line()) : chapter);
        return this;
    }

    public ParsedPlan build() {
        Set<String> named = new HashSet<>();
        tasks.forEach(task -> task.units().forEach(unit -> named.add(unit.unit())));
        original.units().forEach(unit -> {
            if (!unit.members().isEmpty()) {
                named.add(unit.name());
                named.addAll(unit.members());
            }
        });
        return new ParsedPlan(original.plan(), chapters, original.sections(), tasks,
                original.units().stream().filter(unit -> named.contains(unit.name())).toList(), original.diagnostics());
    }

    private PlanRevision edit(int number, UnaryOperator<ParsedTask> change) {
        int index = indexOf(number);
        tasks.set(index, change.apply(tasks.get(index)));
        return this;
    }

    private ParsedTask task(int number) {
        return tasks.get(indexOf(number));
    }

    private int indexOf(int number) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).number() == number) {
                return i;
            }
        }
        throw new IllegalArgumentException("no task " + number + " in " + original.plan().id());
    }

    private static ParsedTask with(ParsedTask task, String text, List<String> leaders, List<UnitAssignment> units) {
        return new ParsedTask(task.number(), task.chapter(), task.chapterOrdinal(), task.sectionPosition(),
                task.sectionNumber(), task.section(), text, task.line(), leaders, task.leaderSource(), task.leaderLine(),
                units, task.unitsLine(), task.location(), task.unitsLocation());
    }
}
