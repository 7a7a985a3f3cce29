package io.dutygraph.graph.query;

import io.dutygraph.plan.Names;
import java.util.List;

/** A jurisdiction no loaded plan belongs to. */
public class UnknownJurisdictionException extends RuntimeException {

    private final List<String> knownJurisdictions;

    public UnknownJurisdictionException(String jurisdiction, List<String> knownJurisdictions) {
        super("Unknown jurisdiction '" + Names.shown(jurisdiction) + "'; loaded jurisdictions: " + String.join(", ", knownJurisdictions));
        this.knownJurisdictions = List.copyOf(knownJurisdictions);
    }

    public List<String> knownJurisdictions() {
        return knownJurisdictions;
    }
}
