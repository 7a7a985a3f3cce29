package io.dutygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows as CSV: UTF-8 with a byte-order mark (Excel otherwise misreads Chinese), RFC 4180 quoting, CRLF lines. */
final class CsvSink implements TableSink {

    private final CSVPrinter printer;

    CsvSink(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> values) throws IOException {
        printer.printRecord(values);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
