package io.dutygraph.graph.query;

/** A section (项目) of a chapter; {@code number} is null for an empty 序号 cell. */
public record SectionView(String key, String planId, String chapterKey, Integer number, int position, String name,
        int line) {
}
