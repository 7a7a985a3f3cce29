package io.dutygraph.cli;

import io.dutygraph.export.Export;
import io.dutygraph.export.ExportFormat;
import io.dutygraph.export.Exports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Writes a loaded plan's assignments or targets (CSV, XLSX) or its coordination network (GraphML, GEXF) to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a loaded plan: the assignments or targets table as csv or xlsx, the coordination "
                + "network as graphml or gexf.")
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, xlsx, graphml or gexf")
    String format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "assignments",
            description = "for csv and xlsx: assignments (one row per task × unit) or targets; default: ${DEFAULT-VALUE}")
    String table;

    @Option(names = "--plan", paramLabel = "ID", description = "a loaded plan's id; default: the most recently loaded")
    String plan;

    @Option(names = "--out", paramLabel = "FILE",
            description = "the file to write; default: the export's name (wujiang-2024-assignments.xlsx) in this folder")
    String out;

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public Integer call() {
        ExportFormat exportFormat = ExportFormat.ofExtension(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--format must be csv, xlsx, graphml or gexf, not " + format));
        String name = (exportFormat.tabular() ? table : Exports.NETWORK) + "." + exportFormat.extension();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = DatabaseContext.openExisting(springArguments)) {
            Export export = context.getBean(Exports.class).export(plan, name);
            Path file = write(export);
            spec.commandLine().getOut().printf("wrote %s (%d bytes) in %d ms%n", file, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Writes the export; the file written. It is written beside the file under a hidden name ({@link PartialFile}) and
     * moved into place once complete: an export that fails or is stopped leaves no file behind, and an earlier file of
     * that name as it was.
     */
    private Path write(Export export) throws IOException {
        Path file = Path.of(out == null ? export.fileName() : out);
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + " is a folder: --out takes the name of the file to write");
        }
        for (Path stale : PartialFile.removeStale(file.toAbsolutePath().getParent())) {
            spec.commandLine().getErr().println("note: removed " + stale.getFileName()
                    + ", left by an export that was killed");
        }
        try (PartialFile partial = PartialFile.beside(file)) {
            try (OutputStream stream = open(partial.path(), file)) {
                export.writeTo(stream);
            }
            moveIntoPlace(partial.path(), file);
        }
        return file;
    }

    private static OutputStream open(Path partial, Path file) {
        try {
            return Files.newOutputStream(partial);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + CommandFailures.oneLine(e), e);
        }
    }

    private static void moveIntoPlace(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
