package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.plan.PlanParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms plans are often published in that DutyGraph does not read — PDF above all, scans, presentations, OFD,
 * OpenDocument, archives — are refused by their content, whatever their name, with one message naming the file,
 * what it is and the file types DutyGraph reads.
 */
class UnsupportedFilesTests {

    private static final String SUPPORTED = "it reads plain text (UTF-8), .xlsx, .xls, .docx and .html";

    /** The start of a PDF as a PDF writer leaves it: version, binary comment, a compressed stream. */
    private static final byte[] PDF = bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<</Length 200/Filter/FlateDecode>>"
            + "stream\n", new byte[] {(byte) 0xF4, (byte) 0xDC, (byte) 0xF2, (byte) 0xD9, 0x0E, 0x17});

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("2019年目标任务分解表.pdf", PDF, "a PDF document"),
                Arguments.of("plan.txt", PDF, "a PDF document"),
                Arguments.of("plan.docx", PDF, "a PDF document"),
                Arguments.of("plan.doc", "{\\rtf1\\ansi 序号}".getBytes(StandardCharsets.UTF_8), "an RTF document"),
                Arguments.of("scan.png", bytes("", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
                        "a PNG image"),
                Arguments.of("scan.jpg", bytes("", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}),
                        "a JPEG image"),
                Arguments.of("scan.tif", bytes("", new byte[] {'I', 'I', '*', 0, 8, 0}), "a TIFF image"),
                Arguments.of("plans.rar", bytes("Rar!", new byte[] {0x1A, 0x07, 0x00}), "a RAR archive"),
                Arguments.of("plans.7z", bytes("", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}),
                        "a 7-Zip archive"),
                Arguments.of("plan.txt.gz", bytes("", new byte[] {0x1F, (byte) 0x8B, 0x08, 0}), "a gzip archive"),
                Arguments.of("plan.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"), "a PowerPoint .pptx"),
                Arguments.of("plan.xlsx", zip("[Content_Types].xml", "ppt/presentation.xml"), "a PowerPoint .pptx"),
                Arguments.of("plan.ofd", zip("OFD.xml", "Doc_0/Document.xml"), "an OFD document"),
                Arguments.of("plan.odt", zip("mimetype", "content.xml"), "an OpenDocument file"),
                Arguments.of("plan.doc", OfficeFiles.word97(), "a Word 97-2003 .doc file"),
                Arguments.of("plan.docx", OfficeFiles.word97(), "a Word 97-2003 .doc file"),
                Arguments.of("plan.ppt", ole2("PowerPoint Document"), "a PowerPoint 97-2003 .ppt"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("files")
    void aFileOfAnotherTypeIsRefusedNamingItAndTheTypesRead(String name, byte[] content, String kind) {
        assertThatExceptionOfType(PlanParseException.class)
                .isThrownBy(() -> new PlanParser(TestPlans.DIRECTORY).parse(PlanSource.of(name, content),
                        Optional.empty()))
                .satisfies(e -> {
                    assertThat(e.file()).isEqualTo(name);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).startsWith(kind).contains("a file type DutyGraph does not read", SUPPORTED);
                    assertThat(e.getMessage()).startsWith(name + ":1: " + kind);
                });
    }

    @Test
    void aPdfOnDiskIsRefusedAsAPdfBeforeAnyLayoutIsTried(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("plan.pdf"), PDF);

        assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> PlanSource.read(pdf))
                .withMessageStartingWith("plan.pdf:1: a PDF document, a file type DutyGraph does not read; " + SUPPORTED)
                .withMessageNotContaining("UTF-8 text (byte").withMessageNotContaining("no task table");
    }

    private static byte[] bytes(String start, byte[] more) {
        byte[] head = start.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + more.length + 64];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    private static byte[] zip(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : parts) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ole2(String stream) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[512]), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
