package io.dutygraph.graph.query;

import java.util.List;

/** A jurisdiction (苏州市吴江区) and the years of its loaded plans. */
public record JurisdictionView(String name, List<Integer> years) {

    public JurisdictionView {
        years = List.copyOf(years);
    }
}
