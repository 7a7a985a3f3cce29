package io.dutygraph.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit deleted or renamed behind the app's back is NOT_FOUND (or found afresh), never an internal error. */
class UnitQueriesTests {

    private static final String WUJIANG = "苏州市吴江区";

    private final List<String> unitsInGraph = new ArrayList<>(List.of("区发改委", "区工信局"));

    private final GraphReader reader = (statement, parameters) -> {
        if (statement == CypherStatement.UNIT_NAMES) {
            return unitsInGraph.stream().map(name -> new ResultRow(Map.of("name", name,
                    "aliases", name.equals("区发改委") ? List.of("发改委") : List.of(), "jurisdiction", WUJIANG))).toList();
        }
        if (statement == CypherStatement.UNITS_BY_KEY) {
            return ((List<?>) parameters.get("keys")).stream().map(String.class::cast)
                    .filter(key -> unitsInGraph.stream().anyMatch(name -> key.equals(WUJIANG + "/" + name)))
                    .map(key -> new ResultRow(Map.of("unit", Map.of("key", key, "name", key.substring(key.indexOf('/') + 1),
                            "jurisdiction", WUJIANG, "aliases", List.of()))))
                    .toList();
        }
        if (statement == CypherStatement.RESOLVE_PLAN) {
            return List.of(new ResultRow(Map.of("planId", "wujiang-2024", "jurisdiction", WUJIANG,
                    "loadedAt", "2024-01-25T00:00:00Z")));
        }
        throw new AssertionError("not expected here: " + statement);
    };

    private final PlanQueries plans = new PlanQueries(reader);
    private final UnitQueries units = new UnitQueries(reader, new SpellingCache(reader), new Jurisdictions(reader, plans),
            plans);

    @Test
    void aUnitDeletedAfterItsNameWasReadIsNotFound() {
        assertThat(units.unit("发改委", null).name()).isEqualTo("区发改委");
        unitsInGraph.remove("区发改委");
        assertThatExceptionOfType(UnknownUnitException.class).isThrownBy(() -> units.unit("发改委", null))
                .withMessageContaining("Unknown unit '发改委'");
    }

    @Test
    void aUnitRenamedAfterItsNameWasReadIsFoundUnderItsNewName() {
        assertThat(units.unit("区工信局", null).name()).isEqualTo("区工信局");
        unitsInGraph.set(unitsInGraph.indexOf("区工信局"), "区工业和信息化局");
        assertThatExceptionOfType(UnknownUnitException.class).isThrownBy(() -> units.unit("区工信局", null));
        assertThat(units.unit("区工业和信息化局", null).name()).isEqualTo("区工业和信息化局");
    }
}
