package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.units.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled plan published as a real table — .xlsx, .xls, .docx and HTML with the merges the district's table
 * has — reads to exactly the tasks, leaders (and where they come from) and units of the flattened text.
 */
class TableFilesTests {

    private static final Map<String, Supplier<byte[]>> FILES = Map.of(
            "wujiang-2024.xlsx", RealPlanAsTable::xlsx,
            "wujiang-2024.xls", RealPlanAsTable::xls,
            "wujiang-2024.docx", RealPlanAsTable::docx,
            "wujiang-2024.html", () -> RealPlanAsTable.html().getBytes(StandardCharsets.UTF_8));

    /** What must agree: everything but the source lines, which differ between a text and a table by nature. */
    private record Reading(int number, String text, List<String> leaders, String leaderSource, List<String> units,
            int chapterOrdinal, int sectionPosition, Integer sectionNumber, String section) {

        static Reading of(ParsedTask task) {
            return new Reading(task.number(), task.text(), task.leaders(), task.leaderSource().name(),
                    task.units().stream().map(u -> u.asWritten() + "=" + u.unit() + ":" + u.role() + ":" + u.capacity())
                            .toList(),
                    task.chapterOrdinal(), task.sectionPosition(), task.sectionNumber(), task.section());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFileTypeReadsLikeTheText() {
        ParsedPlan text = TestPlans.realPlan();
        List<Reading> expected = text.tasks().stream().map(Reading::of).toList();
        return FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(file -> DynamicTest.dynamicTest(
                file.getKey(), () -> {
                    ParsedPlan table = new PlanParser(UnitDirectory.bundled())
                            .parse(PlanSource.of(file.getKey(), file.getValue().get()), Optional.empty());
                    assertThat(table.tasks()).hasSize(118);
                    for (int i = 0; i < expected.size(); i++) {
                        assertThat(Reading.of(table.tasks().get(i))).as("task " + (i + 1)).isEqualTo(expected.get(i));
                    }
                    assertThat(table.chapters()).extracting(c -> c.title()).isEqualTo(
                            text.chapters().stream().map(c -> c.title()).toList());
                    assertThat(table.plan().id()).isEqualTo("wujiang-2024");
                    assertThat(table.tasks().get(55).location().toString()).startsWith(file.getKey() + "!")
                            .isNotEqualTo(text.tasks().get(55).location().toString());
                    assertThat(table.tasks().get(55).unitsLocation().cell()).isNotNull()
                            .isNotEqualTo(table.tasks().get(55).location().cell());
                    assertThat(table.plan().title()).isEqualTo(text.plan().title());
                    assertThat(table.plan().issuer()).isEqualTo(text.plan().issuer());
                    assertThat(table.plan().date()).isEqualTo(text.plan().date());
                }));
    }
}
