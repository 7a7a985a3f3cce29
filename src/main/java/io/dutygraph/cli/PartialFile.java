package io.dutygraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden file an export is written to before it is moved into place: {@code .<name>.partial-<pid>} beside the
 * file. It is removed when the export fails, and when the process is stopped meanwhile (SIGTERM, Ctrl-C: a shutdown
 * hook). A process killed outright (SIGKILL) runs no hook, so the next export into that folder removes the partial
 * files of processes that no longer run.
 */
final class PartialFile implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("\\..+\\.partial-(\\d+)");

    private final Path path;
    private final Thread onShutdown;

    private PartialFile(Path path) {
        this.path = path;
        this.onShutdown = new Thread(this::delete, "remove " + path.getFileName());
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /** The partial file of this process for {@code file}; removed on {@link #close()} or when the process stops. */
    static PartialFile beside(Path file) {
        return new PartialFile(file.resolveSibling("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid()));
    }

    /** Removes the partial files in {@code folder} whose process no longer runs; the files removed. */
    static List<Path> removeStale(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path candidate : files.toList()) {
                Matcher name = NAME.matcher(candidate.getFileName().toString());
                if (name.matches() && !running(name.group(1)) && Files.isRegularFile(candidate)
                        && Files.deleteIfExists(candidate)) {
                    removed.add(candidate);
                }
            }
        }
        return removed;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it removes the file.
        }
        Files.deleteIfExists(path);
    }

    private void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("note: could not remove " + path + ": " + e.getMessage());
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }
}
