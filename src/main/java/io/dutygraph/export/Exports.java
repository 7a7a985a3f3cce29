package io.dutygraph.export;

import io.dutygraph.graph.query.PlanQueries;
import io.dutygraph.graph.store.ResultRow;
import io.dutygraph.graph.store.StatementParameters;
import io.dutygraph.network.CoordinationNetwork;
import io.dutygraph.network.NetworkQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Component;

/**
 * The files a plan exports: the assignments and targets tables as CSV or XLSX, the coordination network as GraphML
 * or GEXF. Tables stream from the database row by row; the network (a few hundred units at most) is built first,
 * since betweenness needs all of it.
 */
@Component
public class Exports {

    /** The name of the network export ({@code network.gexf}). */
    public static final String NETWORK = "network";

    private final PlanQueries plans;
    private final RowStream rows;
    private final NetworkQueries network;

    Exports(PlanQueries plans, RowStream rows, NetworkQueries network) {
        this.plans = plans;
        this.rows = rows;
        this.network = network;
    }

    /**
     * The export of a plan (the most recently loaded one when {@code planId} is null) by file name:
     * {@code assignments.csv}, {@code targets.xlsx}, {@code network.graphml} …; an unknown plan or name fails here,
     * before anything is written.
     */
    public Export export(String planId, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        ExportFormat format = ExportFormat.ofExtension(dot < 0 ? "" : name.substring(dot + 1))
                .orElseThrow(() -> new UnknownExportException(name));
        String id = plans.resolve(planId);
        if (base.equals(NETWORK) && !format.tabular()) {
            return network(id, format);
        }
        Table table = Table.named(base).filter(t -> format.tabular()).orElseThrow(() -> new UnknownExportException(name));
        return table(id, table, format);
    }

    private Export table(String planId, Table table, ExportFormat format) {
        return new Export(fileName(planId, table.fileName(), format), format.contentType(), out -> {
            TableSink sink = format == ExportFormat.CSV ? new CsvSink(out) : new XlsxSink(out, table.fileName());
            sink.row(table.header());
            rows.forEach(table.statement(), StatementParameters.of("planId", planId), row -> write(sink, table, row));
            sink.finish();
        });
    }

    private static void write(TableSink sink, Table table, ResultRow row) {
        try {
            sink.row(table.row(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Export network(String planId, ExportFormat format) {
        return new Export(fileName(planId, NETWORK, format), format.contentType(), out -> {
            CoordinationNetwork graph = network.network(planId, null, null, 1);
            writeNetwork(planId, graph, format, out);
        });
    }

    private static void writeNetwork(String planId, CoordinationNetwork graph, ExportFormat format, OutputStream out)
            throws IOException {
        try {
            if (format == ExportFormat.GEXF) {
                GexfWriter.write(planId, graph, out);
            } else {
                GraphMlWriter.write(planId, graph, out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("could not write the network of " + planId, e);
        }
    }

    private static String fileName(String planId, String base, ExportFormat format) {
        return planId + "-" + base + "." + format.extension();
    }
}
