package io.dutygraph.graph.query;

import java.util.List;

/** A unit name that is neither a canonical name nor an alias of a known unit. */
public class UnknownUnitException extends UnknownNameException {

    public UnknownUnitException(String name, List<String> suggestions) {
        super("unit", name, suggestions);
    }
}
