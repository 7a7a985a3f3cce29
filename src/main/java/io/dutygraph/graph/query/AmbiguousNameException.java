package io.dutygraph.graph.query;

import java.util.List;

/**
 * A unit or official name asked for without a jurisdiction that the default jurisdiction does not know and
 * several others do: the client must say which.
 */
public class AmbiguousNameException extends RuntimeException {

    private final List<String> names;
    private final List<String> jurisdictions;

    public AmbiguousNameException(String what, List<String> names, List<String> jurisdictions) {
        super("The " + what + " " + String.join(", ", names) + " exists in several jurisdictions ("
                + String.join(", ", jurisdictions) + "); give one with the jurisdiction argument");
        this.names = List.copyOf(names);
        this.jurisdictions = List.copyOf(jurisdictions);
    }

    public List<String> names() {
        return names;
    }

    public List<String> jurisdictions() {
        return jurisdictions;
    }
}
