package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dutygraph.plan.Chapter;
import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LeaderSource;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The oddities the parser reports: on the real plan, and on small fixture excerpts in the same format. */
class PlanDiagnosticsTests {

    /*
     * Checked against the text: line 95 is the empty cell left where chapter 二's heading was; 335 and 467 hold
     * the pieces 兴产业 and 资源; 477 is 繁荣文化事业和产业 after an empty 序号 cell; 182, 479 and 565 are tasks
     * 24, 63 and 75, the first rows of their sections, which have no leader cell of their own.
     */
    @Test
    void reportsExactlyTheOdditiesOfTheRealPlan() {
        assertThat(TestPlans.realPlan().diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                tuple(DiagnosticCode.CHAPTER_TITLE_MISSING, 95),
                tuple(DiagnosticCode.LEADER_INHERITED_ACROSS_SECTION, 182),
                tuple(DiagnosticCode.SECTION_NAME_REJOINED, 335),
                tuple(DiagnosticCode.SECTION_NAME_REJOINED, 467),
                tuple(DiagnosticCode.SECTION_NUMBER_MISSING, 477),
                tuple(DiagnosticCode.LEADER_INHERITED_ACROSS_SECTION, 479),
                tuple(DiagnosticCode.LEADER_INHERITED_ACROSS_SECTION, 565));
    }

    @Test
    void namesTheRejoinedSectionInItsMessage() {
        assertThat(TestPlans.realPlan().diagnostics())
                .filteredOn(d -> d.code() == DiagnosticCode.SECTION_NAME_REJOINED)
                .extracting(Diagnostic::message)
                .satisfiesExactly(m -> assertThat(m).contains("兴产业", "壮大新兴产业"),
                        m -> assertThat(m).contains("资源", "保护用好文化资源"));
    }

    @Test
    void reportsNothingForAMinimalWellFormedPlan() {
        ParsedPlan plan = TestPlans.fixture("minimal.txt");

        assertThat(plan.diagnostics()).isEmpty();
        assertThat(plan.tasks()).extracting(ParsedTask::number, ParsedTask::leaders, ParsedTask::leaderSource)
                .containsExactly(tuple(1, java.util.List.of("钱宇"), LeaderSource.OWN),
                        tuple(2, java.util.List.of("钱宇"), LeaderSource.INHERITED),
                        tuple(3, java.util.List.of(), LeaderSource.NONE));
        assertThat(plan.chapters()).containsExactly(new Chapter("一", 1, "测试章", 16));
        assertThat(plan.sections()).extracting(Section::name).containsExactly("测试节");
    }

    @Nested
    class Excerpts {

        @Test
        void reportsADeclaredCountThatDiffersFromTheTable() {
            assertThat(TestPlans.fixture("count-mismatch.txt").diagnostics())
                    .extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly(tuple(DiagnosticCode.TASK_COUNT_MISMATCH, 5));
        }

        @Test
        void reportsADuplicateTaskNumberAtItsSecondOccurrence() {
            ParsedPlan plan = TestPlans.fixture("duplicate-number.txt");

            assertThat(plan.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly(tuple(DiagnosticCode.TASK_NUMBER_DUPLICATE, 35));
            assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 2);
        }

        @Test
        void reportsAMissingTaskNumberBeforeTheTaskAfterTheGap() {
            assertThat(TestPlans.fixture("missing-number.txt").diagnostics())
                    .extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly(tuple(DiagnosticCode.TASK_NUMBER_MISSING, 30));
        }

        @Test
        void reportsATaskNumberOutOfOrder() {
            assertThat(TestPlans.fixture("out-of-order.txt").diagnostics())
                    .extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly(tuple(DiagnosticCode.TASK_NUMBER_OUT_OF_ORDER, 35));
        }

        @Test
        void reportsAnEmptyUnitsCellAndKeepsTheTask() {
            ParsedPlan plan = TestPlans.fixture("empty-units.txt");

            assertThat(plan.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly(tuple(DiagnosticCode.UNITS_CELL_EMPTY, 30));
            assertThat(TestPlans.task(plan, 2).units()).isEmpty();
            assertThat(TestPlans.task(plan, 2).leaders()).containsExactly("钱宇");
            assertThat(TestPlans.task(plan, 2).unitsLine()).isEqualTo(34);
        }
    }
}
