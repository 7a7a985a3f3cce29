package io.dutygraph.plan.reading;

import io.dutygraph.plan.PlanParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A plan file as it arrives: its name, its bytes and what kind of file it is, told by its content (and its name
 * where the content does not decide, as for a damaged package or plain text versus HTML).
 *
 * @param name  the file name (also the source of every location read from it)
 * @param bytes the file's content
 * @param type  the kind of file
 */
public record PlanSource(String name, byte[] bytes, FileType type) {

    /** The file types DutyGraph reads. */
    public enum FileType {
        TEXT, HTML, XLSX, XLS, DOCX
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Reads a file; refuses a missing, unreadable or oversized one naming it. */
    public static PlanSource read(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new PlanParseException(source, 0, "not a readable file: " + file);
            }
            long size = Files.size(file);
            if (size > PlanText.MAX_BYTES) {
                throw new PlanParseException(source, 0, "file is " + size + " bytes, more than the "
                        + PlanText.MAX_BYTES + " a plan may have");
            }
            return of(source, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new PlanParseException(source, 0, "no such file: " + file, e);
        } catch (IOException e) {
            throw new PlanParseException(source, 0, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Extensions of the files a folder of plans contributes (the load command's folders, a watched folder). */
    public static final List<String> FILE_EXTENSIONS = List.of("txt", "xlsx", "xls", "docx", "html", "htm");

    /**
     * A source whose type is told by its content and name; a file of a type DutyGraph does not read (PDF, an image,
     * an archive, .pptx …) is refused, naming the types it reads.
     */
    public static PlanSource of(String name, byte[] bytes) {
        UnsupportedFiles.refuse(name, bytes);
        return new PlanSource(name, bytes, detect(name, bytes));
    }

    static FileType detect(String name, byte[] bytes) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (UnsupportedFiles.startsWith(bytes, ZIP)) {
            FileType byName = lowerName.endsWith(".docx") ? FileType.DOCX : FileType.XLSX;
            return officeTypeOf(name, bytes).orElse(byName);
        }
        if (UnsupportedFiles.startsWith(bytes, OLE2)) {
            return FileType.XLS;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || head.contains("<html")
                || head.contains("<table")) {
            return FileType.HTML;
        }
        return FileType.TEXT;
    }

    /**
     * .docx or .xlsx by the parts the package holds ({@code word/…} or {@code xl/…}); empty if it tells neither. A
     * package known as another kind by its parts (a .pptx's {@code ppt/…}) is refused.
     */
    private static Optional<FileType> officeTypeOf(String name, byte[] zip) {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                UnsupportedFiles.refusePackage(name, entry.getName());
                if (entry.getName().startsWith("word/")) {
                    return Optional.of(FileType.DOCX);
                }
                if (entry.getName().startsWith("xl/")) {
                    return Optional.of(FileType.XLSX);
                }
            }
        } catch (IOException e) {
            // A damaged package: the name decides, and reading it reports the damage.
        }
        return Optional.empty();
    }
}
