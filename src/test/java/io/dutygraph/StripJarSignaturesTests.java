package io.dutygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.eclipse.collections.api.RichIterable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code cds} profile's build script, run as the build runs it: signed jars lose their signatures (class-data
 * sharing skips the classes of signed jars), unsigned ones are left byte for byte.
 */
class StripJarSignaturesTests {

    private static final Path SCRIPT = Path.of("src/build/java/StripJarSignatures.java");

    @TempDir
    Path lib;

    @Test
    void signedJarsLoseTheirSignaturesAndKeepTheirClasses() throws Exception {
        Path signedOriginal = jarOf(RichIterable.class);
        assertThat(signerCount(signedOriginal)).as("eclipse-collections-api is signed on Maven Central").isPositive();
        Path signed = Files.copy(signedOriginal, lib.resolve(signedOriginal.getFileName()));
        Path unsigned = Files.copy(jarOf(CommandLine.class), lib.resolve(jarOf(CommandLine.class).getFileName()));
        byte[] unsignedBefore = Files.readAllBytes(unsigned);

        Result result = run(lib.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).containsExactly("Unsigned " + signed.getFileName()
                + ": removed META-INF/ECLIPSE_.RSA, META-INF/ECLIPSE_.SF");
        assertThat(signerCount(signed)).isZero();
        assertThat(Files.readAllBytes(unsigned)).isEqualTo(unsignedBefore);
        try (JarFile jar = new JarFile(signed.toFile());
                JarFile original = new JarFile(signedOriginal.toFile())) {
            assertThat(jar.getManifest().getEntries()).as("per-entry digests are gone").isEmpty();
            assertThat(jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"))
                    .isEqualTo("org.eclipse.collections.api");
            assertThat(jar.size()).isEqualTo(original.size() - 2);
            JarEntry richIterable = jar.getJarEntry("org/eclipse/collections/api/RichIterable.class");
            try (InputStream in = jar.getInputStream(richIterable)) {
                assertThat(in.readAllBytes()).isEqualTo(readEntry(original, richIterable.getName()));
            }
        }
        assertThat(run(lib.toString()).output()).as("a second run finds nothing to do").isEmpty();
    }

    @Test
    void aMissingFolderIsAUsageError() throws Exception {
        Result result = run(lib.resolve("absent").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).containsExactly("usage: java StripJarSignatures.java <folder of jars>");
    }

    /** Signers of the jar's entries, once each entry is read through a verifying JarFile. */
    private static int signerCount(Path path) throws IOException {
        int signers = 0;
        try (JarFile jar = new JarFile(path.toFile(), true)) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                signers += entry.getCodeSigners() == null ? 0 : 1;
            }
        }
        return signers;
    }

    private static byte[] readEntry(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Result run(String folder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), SCRIPT.toString(), folder).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        return new Result(process.waitFor(), output);
    }

    private record Result(int exitCode, List<String> output) {
    }
}
