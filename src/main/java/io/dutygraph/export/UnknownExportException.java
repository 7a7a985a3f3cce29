package io.dutygraph.export;

/** An export name that is none of the files a plan exports ({@code assignments.xlsx}, {@code network.gexf} …). */
public class UnknownExportException extends RuntimeException {

    public UnknownExportException(String name) {
        super("No export named '" + name + "'; exports are assignments.csv, assignments.xlsx, targets.csv, "
                + "targets.xlsx, network.graphml and network.gexf");
    }
}
