package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTextTests {

    @Test
    void readsAPlanWithBomAndCrlfLineEndsLikeTheOriginal() {
        String crlf = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] text = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ParsedPlan variant = TestPlans.parse(TestPlans.REAL_PLAN, withBom);

        assertThat(TestPlans.structure(variant, true)).containsExactlyElementsOf(TestPlans.structure(TestPlans.realPlan(), true));
        assertThat(variant.plan().title()).doesNotStartWith("\uFEFF");
    }

    @Test
    void readsAFileByPathNamingItByItsFileName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("copy.txt"), TestPlans.realPlanBytes());

        ParsedPlan plan = new PlanParser(TestPlans.DIRECTORY).parse(file);

        assertThat(plan.plan().source()).isEqualTo("copy.txt");
        assertThat(plan.tasks()).hasSize(118);
    }

    @Nested
    class BadInput {

        @Test
        void refusesAnEmptyFile() {
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("empty.txt", new byte[0]))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("empty.txt");
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.getMessage()).startsWith("empty.txt:1:").contains("empty");
                    });
        }

        @Test
        void refusesAWhitespaceOnlyFile() {
            assertThatExceptionOfType(PlanParseException.class)
                    .isThrownBy(() -> TestPlans.parse("blank.txt", " \n\t\r\n　\n"))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("blank.txt");
                        assertThat(e.line()).isPositive();
                        assertThat(e.reason()).contains("empty");
                    });
        }

        @Test
        void refusesAPngAsBinaryContent() {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("logo.png", png))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("logo.png");
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.reason()).contains("not UTF-8", "binary content").doesNotContain("GBK");
                    });
        }

        @Test
        void namesUtf16AsUtf16() {
            byte[] utf16 = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
            byte[] withBom = new byte[utf16.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(utf16, 0, withBom, 2, utf16.length);
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("utf16.txt", withBom))
                    .satisfies(e -> assertThat(e.reason()).contains("UTF-16").doesNotContain("GBK"));
        }

        @ParameterizedTest(name = "{0} without a byte-order mark")
        @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
        void namesUtf16WithoutAByteOrderMarkAsUtf16(String charset) {
            byte[] utf16 = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8).getBytes(Charset.forName(charset));
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("utf16.txt", utf16))
                    .satisfies(e -> assertThat(e.reason()).contains("UTF-16").doesNotContain("GBK", "binary"));
        }

        @Test
        void namesAFileCutOffInsideACharacterAsTruncated() {
            byte[] whole = TestPlans.realPlanBytes();
            int cut = new String(whole, StandardCharsets.UTF_8).substring(0, 2000).getBytes(StandardCharsets.UTF_8).length;
            byte[] truncated = java.util.Arrays.copyOf(whole, cut - 1);
            assertThat(truncated[truncated.length - 1] & 0xC0).as("the cut falls inside a character").isEqualTo(0x80);
            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("cut.txt", truncated))
                    .satisfies(e -> assertThat(e.reason()).contains("truncated").doesNotContain("GBK"));
        }

        @Test
        void refusesRandomBytes() {
            Random random = new Random(20240125);
            for (int i = 0; i < 50; i++) {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("random.bin", bytes))
                        .satisfies(e -> {
                            assertThat(e.file()).isEqualTo("random.bin");
                            assertThat(e.line()).isPositive();
                        });
            }
        }

        @Test
        void refusesValidUtf8WithControlCharacters() {
            byte[] bytes = "序号\n|\n项目\u0000\u0001\n".getBytes(StandardCharsets.UTF_8);

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("nul.txt", bytes))
                    .satisfies(e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.reason()).contains("binary");
                    });
        }

        @Test
        void refusesTheRealPlanEncodedAsGbkNamingTheFirstBadLine() {
            byte[] gbk = new String(TestPlans.realPlanBytes(), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("gbk.txt", gbk))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("gbk.txt");
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.reason()).contains("not UTF-8", "GBK");
                    });
        }

        @Test
        void refusesGbkTextAfterAsciiLinesAtTheLineWhereItStarts() {
            byte[] gbk = "a\nb\nc\n序号\n".getBytes(Charset.forName("GBK"));

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> TestPlans.parse("gbk.txt", gbk))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(4));
        }

        @Test
        void refusesAnInputLargerThanTheLimitBeforeDecodingIt() {
            byte[] huge = new byte[(int) PlanText.MAX_BYTES + 1];
            Arrays.fill(huge, (byte) 0xFF);

            assertThatExceptionOfType(PlanParseException.class).isThrownBy(() -> PlanText.decode("huge.txt", huge))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("huge.txt");
                        assertThat(e.reason()).contains("more than the " + PlanText.MAX_BYTES).doesNotContain("UTF-8");
                    });
        }

        @Test
        void refusesAMissingFileNamingIt(@TempDir Path dir) {
            Path missing = dir.resolve("missing.txt");

            assertThatExceptionOfType(PlanParseException.class)
                    .isThrownBy(() -> new PlanParser(TestPlans.DIRECTORY).parse(missing))
                    .satisfies(e -> {
                        assertThat(e.file()).isEqualTo("missing.txt");
                        assertThat(e.getMessage()).contains(missing.toString());
                    });
        }

        @Test
        void refusesADirectory(@TempDir Path dir) {
            assertThatExceptionOfType(PlanParseException.class)
                    .isThrownBy(() -> new PlanParser(TestPlans.DIRECTORY).parse(dir))
                    .satisfies(e -> assertThat(e.reason()).contains("not a readable file"));
        }
    }
}
