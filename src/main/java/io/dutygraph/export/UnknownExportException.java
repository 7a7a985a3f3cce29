package io.dutygraph.export;

import io.dutygraph.plan.NotFound;

/** An export name that is none of the files a plan exports ({@code assignments.xlsx}, {@code network.gexf} …). */
public class UnknownExportException extends RuntimeException implements NotFound {

    public UnknownExportException(String name) {
        super("No export named '" + name + "'; exports are assignments.csv, assignments.xlsx, targets.csv, "
                + "targets.xlsx, network.graphml and network.gexf");
    }
}
