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
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        assertThat(result.output()).containsExactly("Unsigned " + signed.getFileName() + ": removed "
                + String.join(", ", signatureFiles(signedOriginal)));
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
        assertThat(result.output()).isEmpty();
        assertThat(result.errors()).contains("usage: java StripJarSignatures.java <folder of jars>");
    }

    @Test
    void signatureFilesInAnyCaseGoAndTheManifestKeepsAllButTheDigests() throws Exception {
        Path jar = lib.resolve("odd.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            // No Manifest-Version: Manifest.write would drop every main attribute.
            entry(zip, "META-INF/MANIFEST.MF", "Automatic-Module-Name: odd.module\r\n\r\nName: odd/Odd.class\r\n"
                    + "SHA-256-Digest: AAAA\r\nSealed: true\r\n\r\nName: odd/Other.class\r\nSHA-256-Digest: BBBB\r\n\r\n");
            entry(zip, "META-INF/ODD.SF", "Signature-Version: 1.0\r\n");
            entry(zip, "META-INF/odd.rsa", "block");
            entry(zip, "META-INF/SIG-ODD", "signature");
            entry(zip, "META-INF/maven/odd.properties", "version=1");
            entry(zip, "odd/Odd.class", "not really a class");
        }

        Result result = run(lib.toString());

        assertThat(result.output()).containsExactly(
                "Unsigned odd.jar: removed META-INF/ODD.SF, META-INF/SIG-ODD, META-INF/odd.rsa");
        try (JarFile stripped = new JarFile(jar.toFile())) {
            assertThat(Collections.list(stripped.entries()).stream().map(JarEntry::getName)).containsExactlyInAnyOrder(
                    "META-INF/MANIFEST.MF", "META-INF/maven/odd.properties", "odd/Odd.class");
            Manifest manifest = stripped.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("odd.module");
            assertThat(manifest.getEntries()).containsOnlyKeys("odd/Odd.class");
            assertThat(manifest.getAttributes("odd/Odd.class")).hasSize(1).containsEntry(new Attributes.Name("Sealed"),
                    "true");
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The signature files of a jar, as the script names them. */
    private static List<String> signatureFiles(Path path) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            return Collections.list(jar.entries()).stream().map(JarEntry::getName)
                    .filter(name -> name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")).sorted().toList();
        }
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
        Path errors = Files.createTempFile("strip-jar-signatures", ".err");
        try {
            Process process = new ProcessBuilder(java.toString(), SCRIPT.toString(), folder)
                    .redirectError(errors.toFile()).start();
            List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the script ends").isTrue();
            return new Result(process.exitValue(), output, Files.readString(errors));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private record Result(int exitCode, List<String> output, String errors) {
    }
}
