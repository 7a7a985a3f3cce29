package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.reading.TableToken.Cell;
import io.dutygraph.plan.reading.TableToken.EmptyCell;
import io.dutygraph.plan.reading.TableToken.RowEnd;
import java.util.ArrayList;
import java.util.List;

/** Cuts the table's lines into cells (see {@link TableToken} for the flattening rules). */
final class TableTokenizer {

    private TableTokenizer() {
    }

    /**
     * @param lines     all lines of the document
     * @param fromIndex 0-based index of the first table line
     * @param toIndex   0-based index after the last table line
     */
    static List<TableToken> tokenize(List<String> lines, int fromIndex, int toIndex) {
        List<TableToken> tokens = new ArrayList<>();
        List<String> content = new ArrayList<>();
        int contentLine = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            String folded = Names.fold(lines.get(i)).strip();
            int lineNumber = i + 1;
            if (folded.isEmpty()) {
                continue;
            }
            if (isPipes(folded)) {
                if (!content.isEmpty()) {
                    tokens.add(new Cell(contentLine, content));
                    content = new ArrayList<>();
                    if (folded.length() > 1) {
                        tokens.add(new RowEnd(lineNumber));
                    }
                } else if (folded.length() == 1) {
                    tokens.add(new EmptyCell(lineNumber));
                } else {
                    tokens.add(new RowEnd(lineNumber));
                }
            } else {
                if (content.isEmpty()) {
                    contentLine = lineNumber;
                }
                content.add(lines.get(i).strip());
            }
        }
        if (!content.isEmpty()) {
            tokens.add(new Cell(contentLine, content));
        }
        return tokens;
    }

    private static boolean isPipes(String folded) {
        return folded.chars().allMatch(c -> c == '|');
    }
}
