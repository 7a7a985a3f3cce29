package io.dutygraph.plan;

/**
 * A section (项目) inside a chapter.
 *
 * @param chapter  numeral of the chapter it belongs to
 * @param chapterOrdinal 1-based position of that chapter in the plan
 * @param position 1-based position inside the chapter (also for sections with an empty 序号 cell)
 * @param number   the number written in the 序号 cell, {@code null} when that cell is empty
 * @param name     the full name, re-joined when the document split it into pieces; {@code null} if absent
 * @param line     1-based source line where the section's row starts
 */
public record Section(String chapter, int chapterOrdinal, int position, Integer number, String name, int line) {
}
