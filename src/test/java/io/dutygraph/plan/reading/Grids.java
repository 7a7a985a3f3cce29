package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.SourceLocation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Reading a document in a test and comparing its grids. */
final class Grids {

    private Grids() {
    }

    /** A grid as comparable lines: own cells by their text ({@code ∅} when empty), merged ones as {@code ^} and {@code <}. */
    static List<String> shape(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(cell -> switch (cell.span()) {
            case OWN -> cell.text().isEmpty() ? "∅" : cell.text().replace("\n", "⏎");
            case MERGED_FROM_ABOVE -> "^";
            case MERGED_FROM_LEFT -> "<";
        }).collect(Collectors.joining(" | "))).toList();
    }

    /** Every cell of every row is where {@code location} says for its row number and 0-based column. */
    static void assertLocations(Grid grid, List<Integer> rowNumbers, BiFunction<Integer, Integer, SourceLocation> location) {
        assertThat(grid.rows()).hasSameSizeAs(rowNumbers);
        for (int r = 0; r < rowNumbers.size(); r++) {
            Grid.Row row = grid.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                assertThat(row.cells().get(c).location()).isEqualTo(location.apply(rowNumbers.get(r), c));
            }
            assertThat(row.location()).isEqualTo(row.cells().get(0).location());
        }
    }

    static PlanDocument read(String name, byte[] bytes) {
        return PlanDocuments.read(PlanSource.of(name, bytes));
    }
}
