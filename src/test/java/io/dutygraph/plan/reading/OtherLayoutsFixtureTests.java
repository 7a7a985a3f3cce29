package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.units.UnitDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each excerpt of a real plan in another layout ({@code plans/formats/}) against a careful hand reading of every
 * complete row ({@code X.expected.tsv}): number, start of the text, leaders, lead, support and unstated units as
 * written, and the heading the task stands under.
 */
class OtherLayoutsFixtureTests {

    private static final List<String> EXCERPTS = List.of("hangzhou-shangcheng-2019", "shiyan-yunyang-2023",
            "huangshi-xialu-2020", "huoshan-kaifaqu-2025", "wenzhou-longwan-2023", "chuzhou-city-2020",
            "bozhou-qiaocheng-2025", "guangdong-province-2021");

    private record Expected(int number, String textStart, List<String> leaders, List<String> lead,
            List<String> support, List<String> unstated, String section) {

        static Expected of(String line) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 7);
            return new Expected(Integer.parseInt(f[0]), f[1], list(f[2], "、"), list(f[3], "\\|"), list(f[4], "\\|"),
                    list(f[5], "\\|"), f[6]);
        }

        private static List<String> list(String field, String separator) {
            return field == null || field.isEmpty() ? List.of() : List.of(field.split(separator));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCompleteRowReadsAsAHumanReadsIt() {
        return EXCERPTS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            ParsedPlan plan = new PlanParser(UnitDirectories.bundled())
                    .parse(PlanText.decode(name + ".txt", resource(name + ".txt")));
            List<Expected> expected = new String(resource(name + ".expected.tsv"), StandardCharsets.UTF_8).lines()
                    .skip(1).filter(line -> !line.isBlank()).map(Expected::of).toList();
            assertThat(plan.tasks()).extracting(ParsedTask::number)
                    .containsExactlyElementsOf(expected.stream().map(Expected::number).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertRow(plan, plan.tasks().get(i), expected.get(i));
            }
        }));
    }

    /** Jurisdiction and year as the document states them; none where it names no place (given on load instead). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            hangzhou-shangcheng-2019 | 杭州市上城区 | 2019
            shiyan-yunyang-2023      | 郧阳区       | 2023
            huangshi-xialu-2020      | 下陆区       | 2020
            huoshan-kaifaqu-2025     | -            | 2025
            wenzhou-longwan-2023     | -            | 2023
            chuzhou-city-2020        | 滁州市       | 2020
            bozhou-qiaocheng-2025    | 谯城区       | 2025
            guangdong-province-2021  | 广东省       | 2021
            """)
    void jurisdictionAndYearAreReadFromTheNoticeOrLeftOpen(String name, String jurisdiction, int year) throws IOException {
        ParsedPlan plan = new PlanParser(UnitDirectories.bundled())
                .parse(PlanText.decode(name + ".txt", resource(name + ".txt")));
        assertThat(plan.plan().jurisdiction()).isEqualTo(jurisdiction);
        assertThat(plan.plan().year()).isEqualTo(year);
    }

    private static void assertRow(ParsedPlan plan, ParsedTask task, Expected row) {
        String where = "task " + row.number();
        assertThat(task.text()).as(where + " text").startsWith(row.textStart());
        assertThat(task.leaders()).as(where + " leaders").containsExactlyElementsOf(row.leaders());
        assertThat(written(task, Role.LEAD)).as(where + " lead units").containsExactlyElementsOf(row.lead());
        assertThat(written(task, Role.SUPPORT)).as(where + " support units").containsExactlyElementsOf(row.support());
        assertThat(written(task, Role.UNSTATED)).as(where + " units").containsExactlyElementsOf(row.unstated());
        String heading = task.section() != null ? task.section()
                : plan.chapters().get(task.chapterOrdinal() - 1).title();
        assertThat(heading == null ? "" : heading).as(where + " heading").isEqualTo(row.section());
    }

    private static List<String> written(ParsedTask task, Role role) {
        return task.units().stream().filter(unit -> unit.role() == role).map(UnitAssignment::asWritten).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OtherLayoutsFixtureTests.class.getResourceAsStream("/plans/formats/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
