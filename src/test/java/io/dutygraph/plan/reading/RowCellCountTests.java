package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.units.UnitDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A row with more or fewer cells than the header cannot be matched to the columns: read by position, its cells
 * shift (the 目标类型 value {@code A类} becomes a support unit). It is reported with its file and line and not
 * read; the rows around it are. Fixtures: the 杭州上城 pipe table and the 霍山 one-cell-per-line table, rows completed.
 */
class RowCellCountTests {

    @Test
    void completeRowsAreAllRead() throws IOException {
        ParsedPlan plan = parse("hangzhou-shangcheng-2019-rows.txt");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
        assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.ROW_CELL_COUNT);
        assertThat(plan.tasks().get(1).units()).extracting(UnitAssignment::asWritten).doesNotContain("A类");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hangzhou-shangcheng-2019-short-row.txt  | 12 | 5 | 6
            hangzhou-shangcheng-2019-long-row.txt   | 12 | 7 | 6
            huoshan-kaifaqu-2025-missing-cell.txt   | 12 | 4 | 5
            """)
    void aRowWithAnotherCellCountIsReportedAndNotRead(String file, int line, int cells, int columns) throws IOException {
        ParsedPlan plan = parse(file);
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 3);
        assertThat(plan.units()).extracting(unit -> unit.name()).doesNotContain("A类", "全年", "备注:新增");
        assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.ROW_CELL_COUNT).singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).isEqualTo(line);
                    assertThat(d.message()).contains(file + ":" + line, cells + " cells", "header has " + columns);
                });
    }

    @Test
    void anEmptyCellAfterTheRowsLastPipeIsNoExtraCell() throws IOException {
        String text = new String(bytes("hangzhou-shangcheng-2019-rows.txt"), StandardCharsets.UTF_8)
                .replace("区投促局 | A类 |", "区投促局 | A类 | |");
        ParsedPlan plan = new PlanParser(UnitDirectories.bundled()).parse(PlanText.decode("trailing.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
        assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.ROW_CELL_COUNT);
    }

    private static ParsedPlan parse(String file) throws IOException {
        return new PlanParser(UnitDirectories.bundled()).parse(PlanText.decode(file, bytes(file)));
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = RowCellCountTests.class.getResourceAsStream("/plans/variants/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }
}
