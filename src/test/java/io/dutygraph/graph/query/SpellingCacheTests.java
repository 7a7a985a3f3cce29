package io.dutygraph.graph.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.PlansChangedEvent;
import io.dutygraph.graph.store.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cached spellings follow loads, also a load that commits while they are being read. */
class SpellingCacheTests {

    private static final String WUJIANG = "苏州市吴江区";

    private final List<String> unitsInGraph = new ArrayList<>(List.of("区发改委"));
    private final List<CypherStatement> reads = new ArrayList<>();
    private Runnable duringNextRead = () -> { };

    private final GraphReader reader = (statement, parameters) -> {
        reads.add(statement);
        List<ResultRow> rows = unitsInGraph.stream()
                .map(name -> new ResultRow(Map.of("name", name, "aliases", List.of("发改委"), "jurisdiction", WUJIANG)))
                .toList();
        Runnable action = duringNextRead;
        duringNextRead = () -> { };
        action.run();
        return rows;
    };

    private final SpellingCache cache = new SpellingCache(reader);

    @Test
    void namesAreReadOnceUntilALoad() {
        assertThat(cache.units().in(WUJIANG).resolve("发改委")).contains("区发改委");
        assertThat(cache.units().in(WUJIANG).resolve("区发改委")).contains("区发改委");
        assertThat(reads).containsExactly(CypherStatement.UNIT_NAMES);
    }

    @Test
    void aLoadDropsTheCachedNames() {
        cache.units();
        unitsInGraph.add("区工信局");
        cache.plansChanged(new PlansChangedEvent(List.of("wujiang-2024")));
        assertThat(cache.units().in(WUJIANG).resolve("区工信局")).contains("区工信局");
        assertThat(reads).hasSize(2);
    }

    @Test
    void aLoadCommittedDuringAReadIsNotHiddenByThatRead() {
        // The read sees the graph before the load; the load commits and announces itself before the read ends.
        duringNextRead = () -> {
            unitsInGraph.add("区工信局");
            cache.plansChanged(new PlansChangedEvent(List.of("wujiang-2024")));
        };
        assertThat(cache.units().in(WUJIANG).resolve("区工信局")).isEmpty();
        assertThat(cache.units().in(WUJIANG).resolve("区工信局")).contains("区工信局");
        assertThat(reads).hasSize(2);
    }

    @Test
    void namesAreKeptPerJurisdiction() {
        assertThat(cache.units().in("咸宁市咸安区").resolve("发改委")).isEmpty();
        assertThat(cache.units().jurisdictionsKnowing(List.of("发改委"))).containsExactly(WUJIANG);
    }

    @Test
    void officialsAreCachedApartFromUnits() {
        cache.units();
        cache.officials();
        cache.officials();
        assertThat(reads).containsExactly(CypherStatement.UNIT_NAMES, CypherStatement.OFFICIAL_NAMES);
    }
}
