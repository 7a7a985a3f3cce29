package io.dutygraph.audit;

import java.util.List;

/**
 * One finding of an audit.
 *
 * @param code      what was found: an audit code ({@code TASK_WITHOUT_LEADER}) or the parser's diagnostic code
 * @param severity  how much it weighs
 * @param origin    the audit's checks or the parser
 * @param message   a sentence for humans
 * @param location  where to look in the document ({@code wujiang-2024.txt:36}, {@code plan.xlsx!Sheet1!C12})
 * @param task      the number of the task it concerns, null for the plan as a whole
 * @param unit      the unit it concerns (UNIT_SEVERAL_SPELLINGS), null otherwise
 * @param spellings for UNIT_SEVERAL_SPELLINGS, each way the unit is written and where; empty otherwise
 */
public record Finding(String code, Severity severity, Origin origin, String message, String location, Integer task,
        String unit, List<Spelling> spellings) {

    public Finding {
        spellings = List.copyOf(spellings);
    }

    /** A finding on one task, or on the plan as a whole when {@code task} is null, about no unit in particular. */
    public Finding(String code, Severity severity, Origin origin, String message, String location, Integer task) {
        this(code, severity, origin, message, location, task, null, List.of());
    }

    /**
     * One way a unit is written.
     *
     * @param asWritten the spelling ({@code 发改委})
     * @param tasks     the tasks whose units cell writes it so, in task order, each once
     * @param locations every cell that writes it so ({@code wujiang-2024.txt:111}), in task order
     */
    public record Spelling(String asWritten, List<Integer> tasks, List<String> locations) {

        public Spelling {
            tasks = List.copyOf(tasks);
            locations = List.copyOf(locations);
        }
    }
}
