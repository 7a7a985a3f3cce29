package io.dutygraph.graph.query;

import io.dutygraph.plan.Names;
import java.util.List;

/** A unit or official name that matches nothing known, with the closest known names. */
public abstract class UnknownNameException extends RuntimeException {

    private final String name;
    private final List<String> suggestions;

    protected UnknownNameException(String what, String name, List<String> suggestions) {
        super("Unknown " + what + " '" + Names.shown(name) + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.name = Names.shown(name);
        this.suggestions = List.copyOf(suggestions);
    }

    /** The name as given, abbreviated and escaped as {@link Names#shown} does. */
    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
