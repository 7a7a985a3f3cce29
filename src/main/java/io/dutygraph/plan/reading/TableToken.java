package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.List;

/**
 * The flattened table as a stream of cells. Every cell's content is followed by a line {@code |}; a lone
 * {@code |} with no content before it is an empty cell; lines of two or more pipes pad the ends of rows.
 */
sealed interface TableToken {

    /** 1-based source line where the token starts. */
    int line();

    /** A cell with content; {@code lines} as written, one entry per source line. */
    record Cell(int line, List<String> lines) implements TableToken {

        public Cell {
            lines = List.copyOf(lines);
        }

        /** The content with half-width punctuation, lines joined without separator. */
        String folded() {
            return Names.fold(String.join("", lines)).strip();
        }
    }

    /** A cell with no content. */
    record EmptyCell(int line) implements TableToken {
    }

    /** Padding at the end of a row, whose length carries no meaning. */
    record RowEnd(int line) implements TableToken {
    }
}
