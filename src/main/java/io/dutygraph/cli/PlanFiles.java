package io.dutygraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plan files named on the command line: a file as given, a folder as every plan file inside it (recursively,
 * hidden files skipped, in path order). A file named twice — the same path twice, two spellings of it, a file and
 * its folder — is read once, with a note.
 *
 * @param files the files to read, each once, as first given
 * @param notes what the user should know about the paths given (a file named twice)
 */
record PlanFiles(List<Path> files, List<String> notes) {

    /** Extensions of the files a folder contributes. */
    static final Set<String> EXTENSIONS = Set.of("txt", "xlsx", "xls", "docx", "html", "htm");

    PlanFiles {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    static PlanFiles of(List<Path> paths) {
        Map<Path, Path> firstGiven = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : Files.isDirectory(path) ? inFolder(path) : List.of(path)) {
                Path first = firstGiven.putIfAbsent(identity(file), file);
                if (first != null) {
                    notes.add("note: " + file + (file.equals(first) ? " is given more than once"
                            : " is the same file as " + first) + ": read once");
                }
            }
        }
        return new PlanFiles(List.copyOf(firstGiven.values()), notes);
    }

    /** The file itself, however it is written: links resolved where it exists. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException missing) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static List<Path> inFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .filter(PlanFiles::isPlanFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + folder, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlanFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
