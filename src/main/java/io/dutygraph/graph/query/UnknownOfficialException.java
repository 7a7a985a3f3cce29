package io.dutygraph.graph.query;

import java.util.List;

/** An official name (spaces ignored) that matches no official. */
public class UnknownOfficialException extends UnknownNameException {

    public UnknownOfficialException(String name, List<String> suggestions) {
        super("official", name, suggestions);
    }
}
