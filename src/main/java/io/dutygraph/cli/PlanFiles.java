package io.dutygraph.cli;

import io.dutygraph.plan.reading.PlanSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plan files named on the command line: a file as given, a folder as every plan file inside it (recursively,
 * hidden files skipped, in path order). A file named twice — the same path twice, two spellings of it, a file and
 * its folder — is read once, with a note. A folder without plan files is an error; the other files of a folder are
 * named in a note.
 *
 * @param files  the files to read, each once, as first given
 * @param notes  what the user should know about the paths given (a file named twice, files a folder does not give)
 * @param errors the folders given that hold no plan file
 */
record PlanFiles(List<Path> files, List<String> notes, List<String> errors) {

    /** Extensions of the files a folder contributes. */
    static final List<String> EXTENSIONS = PlanSource.FILE_EXTENSIONS;

    /** The extensions for people: {@code .txt, .xlsx, .xls, .docx, .html and .htm}. */
    static final String EXTENSION_LIST = String.join(", ", EXTENSIONS.subList(0, EXTENSIONS.size() - 1).stream()
            .map(extension -> "." + extension).toList()) + " and ." + EXTENSIONS.get(EXTENSIONS.size() - 1);

    /** How many files of a folder a note names; it counts the others. */
    private static final int NAMED = 5;

    PlanFiles {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
    }

    static PlanFiles of(List<Path> paths) {
        Map<Path, Path> firstGiven = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path path : paths) {
            List<Path> found = List.of(path);
            if (Files.isDirectory(path)) {
                List<Path> all = inFolder(path);
                found = all.stream().filter(PlanFiles::isPlanFile).toList();
                List<Path> others = all.stream().filter(file -> !isPlanFile(file)).toList();
                if (found.isEmpty()) {
                    errors.add(path + ": no plan files found in this folder (a folder gives its " + EXTENSION_LIST
                            + " files" + (others.isEmpty() ? "; it holds no file)" : "; it holds " + named(others) + ")"));
                } else if (!others.isEmpty()) {
                    notes.add("note: " + path + ": skipped " + named(others) + ", not of a plan file type ("
                            + EXTENSION_LIST + ")");
                }
            }
            for (Path file : found) {
                Path first = firstGiven.putIfAbsent(identity(file), file);
                if (first != null) {
                    notes.add("note: " + file + (file.equals(first) ? " is given more than once"
                            : " is the same file as " + first) + ": read once");
                }
            }
        }
        return new PlanFiles(List.copyOf(firstGiven.values()), notes, errors);
    }

    /** {@code 2 other files: a.pdf, b.doc}, the first few named and the rest counted. */
    private static String named(List<Path> files) {
        String names = String.join(", ", files.stream().limit(NAMED).map(Path::toString).toList());
        return files.size() + " other file" + (files.size() == 1 ? "" : "s") + ": " + names
                + (files.size() > NAMED ? " and " + (files.size() - NAMED) + " more" : "");
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
        return dot > 0 && PlanSource.FILE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
