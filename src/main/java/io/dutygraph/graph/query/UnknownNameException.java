package io.dutygraph.graph.query;

import java.util.List;

/** A unit or official name that matches nothing known, with the closest known names. */
public abstract class UnknownNameException extends RuntimeException {

    private final String name;
    private final List<String> suggestions;

    protected UnknownNameException(String what, String name, List<String> suggestions) {
        super("Unknown " + what + " '" + name + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
