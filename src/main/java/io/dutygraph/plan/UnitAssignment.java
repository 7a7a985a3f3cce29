package io.dutygraph.plan;

/**
 * One unit written in a task's units cell.
 *
 * @param asWritten the spelling in the document, without ★ (e.g. {@code 统计局}, {@code 区委组织部(人才办)})
 * @param unit      the canonical unit it resolves to (e.g. {@code 区统计局}, {@code 区委组织部})
 * @param lead      whether it is marked ★
 * @param role      its role in the task
 * @param capacity  the capacity named in parentheses (e.g. {@code 人才办}), or {@code null}
 */
public record UnitAssignment(String asWritten, String unit, boolean lead, Role role, String capacity) {
}
