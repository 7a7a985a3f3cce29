package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of a table written one cell per line: consecutive header words ({@code 序号}, {@code 重点工作} …), each
 * line ending {@code |} or separated by blank lines, up to the first row number. Adjacent words no column knows
 * form one header ({@code 区本级} + {@code 任务数}).
 *
 * @param line           0-based index of the header's first line
 * @param columns        the number of columns
 * @param blankSeparated whether cells are separated by blank lines (else each ends with {@code |})
 */
record CellLineHeader(int line, int columns, boolean blankSeparated) {

    static Optional<CellLineHeader> find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Column.of(cellText(lines.get(i))) == Column.NUMBER) {
                Optional<CellLineHeader> header = headerAt(lines, i);
                if (header.isPresent()) {
                    return header;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CellLineHeader> headerAt(List<String> lines, int start) {
        boolean pipes = Names.fold(lines.get(start)).strip().endsWith("|");
        List<Column> columns = new ArrayList<>();
        String previousWord = null;
        boolean blankSeen = false;
        for (int i = start; i < lines.size() && columns.size() < 12; i++) {
            String text = cellText(lines.get(i));
            if (text.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (text.matches("\\d{1,4}") || TextGrids.isHeadingLine(text)) {
                break;
            }
            if (previousWord == null || !Column.continuesHeader(previousWord, text)) {
                columns.add(Column.of(text));
            }
            previousWord = text;
        }
        boolean usable = columns.contains(Column.TASK) && columns.stream().filter(c -> c != Column.OTHER).count() >= 2;
        return usable ? Optional.of(new CellLineHeader(start, columns.size(), !pipes && blankSeen)) : Optional.empty();
    }

    private static String cellText(String line) {
        String folded = Names.fold(line).strip();
        return folded.endsWith("|") ? folded.substring(0, folded.length() - 1).strip() : folded;
    }
}
