package io.dutygraph.export;

import java.io.IOException;
import java.util.List;

/** Where table rows go, one at a time: a CSV or an XLSX file. */
interface TableSink {

    void row(List<?> values) throws IOException;

    /** Writes what is left and flushes; the output stream stays open. */
    void finish() throws IOException;
}
