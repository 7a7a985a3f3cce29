package io.dutygraph.plan.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.UnitKind;
import io.dutygraph.plan.reading.TestPlans;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class UnitDirectoryTests {

    private final UnitDirectory directory = UnitDirectory.bundled();

    @Test
    @SuppressWarnings("unchecked")
    void resolvesEverySpellingInTheYamlToExactlyOneCanonicalUnit() {
        Map<String, Object> yaml = new Yaml().load(new ByteArrayInputStream(TestPlans.resource(UnitDirectory.DEFAULT_RESOURCE)));
        Map<String, List<String>> entriesBySpelling = new HashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) yaml.get("units")) {
            String name = (String) entry.get("name");
            List<String> spellings = new ArrayList<>((List<String>) entry.getOrDefault("aliases", List.of()));
            spellings.add(name);
            for (String spelling : spellings) {
                entriesBySpelling.computeIfAbsent(spelling, s -> new ArrayList<>()).add(name);
                assertThat(directory.lookup(spelling)).as(spelling).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo(name));
            }
        }
        assertThat(entriesBySpelling).allSatisfy((spelling, names) -> assertThat(names).as(spelling).hasSize(1));
        assertThat(directory.units()).hasSize(((List<?>) yaml.get("units")).size());
    }

    @Test
    void acceptsCanonicalNamesAndAliases() {
        assertThat(directory.lookup("区工信局")).map(Unit::name).hasValue("区工信局");
        assertThat(directory.lookup("工信局")).map(Unit::name).hasValue("区工信局");
        assertThat(directory.lookup("发改委")).map(Unit::name).hasValue("区发改委");
        assertThat(directory.lookup("区气象局")).map(Unit::name).hasValue("气象局");
        assertThat(directory.lookup("黎里镇")).map(Unit::name).hasValue("汾湖高新区");
        assertThat(directory.lookup("生态环境局")).map(Unit::kind).hasValue(UnitKind.DEPARTMENT);
        assertThat(directory.lookup("区生态环境局")).isEmpty();
        assertThat(directory.lookup("新设局")).isEmpty();
    }

    @Test
    void knowsTheNineTownsAsMembersOfTheCollective() {
        Unit collective = directory.lookup("各区镇").orElseThrow();

        assertThat(collective.kind()).isEqualTo(UnitKind.COLLECTIVE);
        assertThat(collective.members()).containsExactlyInAnyOrder(
                "吴江开发区", "汾湖高新区", "吴江高新区", "东太湖度假区", "七都镇", "震泽镇", "平望镇", "同里镇", "桃源镇");
        assertThat(collective.members()).allSatisfy(member ->
                assertThat(directory.lookup(member)).hasValueSatisfying(u -> assertThat(u.isTown()).isTrue()));
    }

    /** Every spelling of a units cell (lines starting with ★), split by hand, is in the directory as written. */
    @Test
    void resolvesEveryUnitSpellingOfTheRealPlan() {
        List<String> spellings = TestPlans.realPlanLines().stream().filter(line -> line.startsWith("★"))
                .flatMap(line -> java.util.Arrays.stream(line.split("、")))
                .map(piece -> piece.replace("★", "").replaceAll("\\(.*\\)$", ""))
                .distinct().toList();

        assertThat(spellings).hasSizeGreaterThan(60).allSatisfy(spelling ->
                assertThat(directory.lookup(spelling)).as(spelling).isPresent());
        assertThat(TestPlans.realPlan().diagnostics()).extracting(Diagnostic::code)
                .doesNotContain(DiagnosticCode.UNKNOWN_UNIT);
    }

    @Test
    void keepsAnUnknownUnitAsItsOwnUnitAndReportsIt() {
        ParsedPlan plan = TestPlans.fixture("unknown-unit.txt");

        assertThat(TestPlans.task(plan, 1).units())
                .extracting(UnitAssignment::asWritten, UnitAssignment::unit, UnitAssignment::lead, UnitAssignment::role)
                .containsExactly(tuple("区发改委", "区发改委", true, Role.LEAD), tuple("新设局", "区新设局", false, Role.SUPPORT));
        assertThat(plan.units()).filteredOn(u -> u.name().equals("区新设局")).singleElement()
                .satisfies(u -> assertThat(u.kind()).isEqualTo(UnitKind.DEPARTMENT));
        assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_UNIT);
            assertThat(d.line()).isEqualTo(27);
            assertThat(d.message()).contains("新设局", "区新设局");
        });
    }

    @Nested
    class Inconsistent {

        @Test
        void refusesASpellingThatNamesTwoUnits() {
            List<Unit> units = List.of(new Unit("区甲局", UnitKind.DEPARTMENT, List.of("甲局"), List.of()),
                    new Unit("甲局", UnitKind.DEPARTMENT, List.of(), List.of()));

            assertThatIllegalStateException().isThrownBy(() -> new UnitDirectory(units)).withMessageContaining("甲局");
        }

        @Test
        void refusesACollectiveWithAnUnknownMember() {
            List<Unit> units = List.of(new Unit("各区镇", UnitKind.COLLECTIVE, List.of(), List.of("无名镇")));

            assertThatIllegalStateException().isThrownBy(() -> new UnitDirectory(units)).withMessageContaining("无名镇");
        }
    }
}
