package io.dutygraph.plan.reading;

import io.dutygraph.plan.SourceLocation;
import java.util.List;

/**
 * What a layout reader recovers from a document, in document order, before any numbering, inheritance or unit
 * rule is applied: headings and task records, each with its location.
 */
sealed interface PlanRecord {

    SourceLocation location();

    /**
     * A heading above tasks: level 1 a chapter ({@code 一、…}), level 2 a section ({@code (一)…} or a section cell).
     *
     * @param leaders officials the heading names for the tasks under it ({@code (牵头领导:成坤、柯相国)},
     *                {@code 李丹常委、常务副区长牵头重点工作}); empty when it names none
     */
    record Heading(int level, String numeral, String title, List<String> leaders, SourceLocation location)
            implements PlanRecord {
    }

    /**
     * One task as written.
     *
     * @param number       its number, null when the layout writes none
     * @param text         its text as written, without the number
     * @param leaders      its leader cell or label
     * @param leadUnits    the lead-units cell or label, null when the layout has none
     * @param supportUnits the support-units cell or label, null when the layout has none
     * @param units        a units cell whose role the layout marks inside it (★, trailing *, X牵头) or leaves
     *                     unstated; null when the layout has none
     * @param location      where the task's text is written
     * @param unitsLocation where its (first) units cell or label is written
     */
    record Task(Integer number, String text, LeaderCell leaders, String leadUnits, String supportUnits, String units,
            SourceLocation location, SourceLocation unitsLocation) implements PlanRecord {
    }

    /** A leader cell: written (names, maybe empty), merged down from the cell above, or absent from the layout. */
    record LeaderCell(State state, String text, SourceLocation location) {

        enum State { WRITTEN, MERGED_FROM_ABOVE, ABSENT }

        static LeaderCell absent() {
            return new LeaderCell(State.ABSENT, "", null);
        }

        static LeaderCell written(String text, SourceLocation location) {
            return new LeaderCell(State.WRITTEN, text == null ? "" : text, location);
        }
    }
}
