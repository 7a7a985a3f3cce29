package io.dutygraph.graph.load;

import io.dutygraph.plan.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan whose document writes one task number more than once: refused before any statement runs, naming the
 * file and every place each repeated number is written.
 */
public class DuplicateTaskNumbersException extends PlanLoadException {

    /** How many repeated numbers the message spells out; the rest are counted. */
    private static final int LISTED = 5;

    private final String file;
    private final List<Duplicate> duplicates;

    /**
     * One task number written more than once.
     *
     * @param number    the task number
     * @param locations where each task of that number is written, in document order
     */
    public record Duplicate(int number, List<SourceLocation> locations) {

        public Duplicate {
            locations = List.copyOf(locations);
        }
    }

    public DuplicateTaskNumbersException(String planId, String file, List<Duplicate> duplicates) {
        super(planId, reason(file, duplicates));
        this.file = file;
        this.duplicates = List.copyOf(duplicates);
    }

    private static String reason(String file, List<Duplicate> duplicates) {
        String listed = duplicates.stream().limit(LISTED).map(duplicate -> "task number " + duplicate.number()
                + " at " + duplicate.locations().stream().map(SourceLocation::toString)
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
        String more = duplicates.size() > LISTED ? "; and " + (duplicates.size() - LISTED) + " more repeated numbers" : "";
        return file + " writes " + (duplicates.size() == 1 ? "a task number" : duplicates.size() + " task numbers")
                + " more than once (" + listed + more + "); the task numbers of a plan must be unique: correct the "
                + "numbering and load it again";
    }

    /** The document's file name. */
    public String file() {
        return file;
    }

    /** The repeated numbers, in number order. */
    public List<Duplicate> duplicates() {
        return duplicates;
    }
}
