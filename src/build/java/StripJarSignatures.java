import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the signature files of the signed jars in a folder: {@code java src/build/java/StripJarSignatures.java
 * target/app/lib} (the {@code cds} profile, after extracting the app). Class-data sharing never archives a class of a
 * signed jar, and the JDK checks the signature of such a jar when it first reads it: eclipse-collections, 739 of whose
 * classes Neo4j loads at every start, is signed. The jars come from Maven Central, whose checksums Maven checked.
 */
public final class StripJarSignatures {

    // What makes a jar signed (java.util.jar.JarFile): a signature file or its block, directly in META-INF.
    private static final Pattern SIGNATURE_FILE = Pattern.compile(".+\\.(SF|RSA|DSA|EC)|SIG-.+", Pattern.CASE_INSENSITIVE);

    private StripJarSignatures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java StripJarSignatures.java <folder of jars>");
            System.exit(2);
        }
        try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                List<String> removed = strip(jar);
                if (!removed.isEmpty()) {
                    System.out.println("Unsigned " + jar.getFileName() + ": removed " + String.join(", ", removed));
                }
            }
        }
    }

    /**
     * The manifest without the digest of every entry, which only the signature used: the JDK reads the whole
     * manifest (744 KB for eclipse-collections) when it defines a package of the jar.
     */
    private static void withoutDigests(Path manifestFile) throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest = new Manifest(in);
        }
        for (Attributes section : manifest.getEntries().values()) {
            section.keySet().removeIf(name -> name.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
        }
        manifest.getEntries().values().removeIf(Attributes::isEmpty);
        // Manifest.write leaves out every main attribute (Multi-Release, Automatic-Module-Name…) without a version.
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(manifestFile)) {
            manifest.write(out);
        }
    }

    private static List<String> strip(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path root = zip.getPath("/");
            Optional<Path> metaInf = child(root, "META-INF").filter(Files::isDirectory);
            if (metaInf.isEmpty()) {
                return List.of();
            }
            List<Path> signatureFiles;
            try (Stream<Path> entries = Files.list(metaInf.get())) {
                signatureFiles = entries.filter(entry -> !Files.isDirectory(entry)
                        && SIGNATURE_FILE.matcher(entry.getFileName().toString()).matches()).sorted().toList();
            }
            for (Path signatureFile : signatureFiles) {
                Files.delete(signatureFile);
            }
            if (!signatureFiles.isEmpty()) {
                Optional<Path> manifest = child(metaInf.get(), "MANIFEST.MF");
                if (manifest.isPresent()) {
                    withoutDigests(manifest.get());
                }
            }
            return signatureFiles.stream().map(file -> root.relativize(file).toString()).toList();
        }
    }

    /** The entry of that name in a folder of the jar, in any case: the JDK reads META-INF's names so. */
    private static Optional<Path> child(Path folder, String name) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> entry.getFileName() != null
                    && entry.getFileName().toString().replace("/", "").equalsIgnoreCase(name)).findFirst();
        }
    }
}
