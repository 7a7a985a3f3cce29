package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served schema passes graphql-schema-linter (every built-in rule but the alphabetical-order ones) and
 * {@code @graphql-eslint}'s Relay rules: {@code npm run lint} in {@code src/test/schema-lint/}, which holds the files
 * listed in {@code checked-files.txt} (see {@link SchemaDescriptionsTests#CHECKED_FILES}) to them, against the whole
 * schema. Installs the linters with {@code npm ci} when {@code node_modules} is missing (npm reaches its registry or
 * its cache); skipped, with the reason in the report, when {@code node} or {@code npm} is not on the PATH.
 */
class SchemaLintTests {

    static final Path FOLDER = Path.of("src/test/schema-lint");

    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase().startsWith("windows");

    @Test
    void theCheckedSchemaFilesPassTheLinters() {
        Optional<Path> node = onPath(WINDOWS ? "node.exe" : "node");
        Optional<Path> npm = onPath(WINDOWS ? "npm.cmd" : "npm");
        if (node.isEmpty() || npm.isEmpty()) {
            String reason = (node.isEmpty() ? "node" : "npm") + " is not on the PATH: the schema linters of " + FOLDER
                    + " (graphql-schema-linter, @graphql-eslint) are not run";
            // Also in the build's log, not only in the surefire report: a skipped lint must not go unnoticed.
            System.err.println("SchemaLintTests skipped: " + reason);
            assumeTrue(false, reason);
        }
        if (!Files.isDirectory(FOLDER.resolve("node_modules"))) {
            Run install = run(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund"), 10);
            if (install.exit() != 0) {
                fail("npm ci in " + FOLDER + " failed (exit " + install.exit() + "):\n" + install.output());
            }
        }
        Run lint = run(List.of(npm.get().toString(), "run", "--silent", "lint"), 5);
        if (lint.exit() != 0) {
            fail("npm run lint in " + FOLDER + " found (exit " + lint.exit() + "):\n" + lint.output());
        }
        assertThat(lint.output()).contains("0 finding(s) in checked files");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, int minutes) {
        try {
            Process process = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + output.getNow(""));
            }
            return new Run(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(directory -> Path.of(directory).resolve(executable))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate)).findFirst();
    }
}
