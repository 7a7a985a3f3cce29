package io.dutygraph.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One {@code neo4j-admin database import} input: a data file written row by row and, on close, its header file,
 * whose columns are the first row's keys, typed by the values met ({@code position:long}, {@code aliases:string[]});
 * keys holding a colon ({@code key:ID(Unit)}, {@code :TYPE}) are written as they are. Every row has the same keys;
 * a null value is an empty field (no property). Written with Commons CSV (as the app's exports): every value but a
 * number is quoted, quotes doubled; fields may span lines.
 */
final class CsvFile {

    /** RFC 4180 with LF lines; strings, booleans and dates quoted, numbers and absent values not. */
    private static final CSVFormat IMPORT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private final Path header;
    private final Path data;
    private final CSVPrinter out;
    private List<String> columns;
    private String[] types;
    private long rows;

    CsvFile(Path folder, String name) {
        header = folder.resolve(name + "-header.csv");
        data = folder.resolve(name + ".csv");
        try {
            out = new CSVPrinter(Files.newBufferedWriter(data, StandardCharsets.UTF_8), IMPORT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Path header() {
        return header;
    }

    Path data() {
        return data;
    }

    long rows() {
        return rows;
    }

    void write(java.util.Map<String, Object> row) throws IOException {
        if (columns == null) {
            columns = List.copyOf(row.keySet());
            types = new String[columns.size()];
        }
        if (row.size() != columns.size() || !row.keySet().containsAll(columns)) {
            throw new IllegalArgumentException(data.getFileName() + ": columns " + columns + ", row " + row.keySet());
        }
        List<Object> fields = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.get(columns.get(i));
            if (value != null) {
                String type = type(value);
                if (types[i] != null && !types[i].equals(type)) {
                    throw new IllegalArgumentException(columns.get(i) + " holds " + types[i] + " and " + type);
                }
                types[i] = type;
            }
            fields.add(field(value));
        }
        out.printRecord(fields);
        rows++;
    }

    /** Closes the data file and writes the header file. */
    void close() throws IOException {
        out.close();
        StringBuilder line = new StringBuilder();
        for (int i = 0; columns != null && i < columns.size(); i++) {
            String column = columns.get(i);
            line.append(i > 0 ? "," : "").append(column.contains(":") ? column
                    : column + ":" + (types[i] == null ? "string" : types[i]));
        }
        Files.writeString(header, line.append('\n'), StandardCharsets.UTF_8);
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        } else if (value instanceof Integer || value instanceof Long) {
            return "long"; // as Cypher stores a Java int
        } else if (value instanceof Double) {
            return "double";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof LocalDate) {
            return "date";
        } else if (value instanceof OffsetDateTime) {
            return "datetime";
        } else if (value instanceof List) {
            return "string[]";
        }
        throw new IllegalArgumentException("No CSV type for " + value.getClass());
    }

    private static Object field(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d); // a number, so not quoted, and never in exponent notation
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String s) || s.contains(";")) {
                    throw new IllegalArgumentException("Not a string[] item: " + item);
                }
            }
            return String.join(";", list.stream().map(String.class::cast).toList());
        }
        return value;
    }
}
