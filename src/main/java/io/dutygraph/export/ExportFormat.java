package io.dutygraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats of exports: tables as CSV or XLSX, the coordination network as GraphML or GEXF. */
public enum ExportFormat {
    /** UTF-8 with a byte-order mark (so that Excel reads the Chinese right), RFC 4180 quoting. */
    CSV("csv", "text/csv;charset=UTF-8", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    /** For yEd, Cytoscape desktop, Gephi. */
    GRAPHML("graphml", "application/graphml+xml", false),
    /** Gephi's own format (GEXF 1.2). */
    GEXF("gexf", "application/gexf+xml", false);

    private final String extension;
    private final String contentType;
    private final boolean tabular;

    ExportFormat(String extension, String contentType, boolean tabular) {
        this.extension = extension;
        this.contentType = contentType;
        this.tabular = tabular;
    }

    /** The format of a file extension ({@code xlsx}), any case. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether it holds a table (CSV, XLSX) rather than a network (GraphML, GEXF). */
    public boolean tabular() {
        return tabular;
    }
}
