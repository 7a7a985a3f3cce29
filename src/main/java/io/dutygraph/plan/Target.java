package io.dutygraph.plan;

import java.math.BigDecimal;

/**
 * A measurable target written in a task's text (地区生产总值增长5%以上).
 *
 * @param position 1-based position among the task's targets, in text order
 * @param metric   what is measured, as written around the figure, without the figure and its qualifiers
 *                 ({@code 地区生产总值增长}, {@code 完成自然村生活污水处理设施建设})
 * @param value    the figure as written, Chinese numerals read ({@code 建成三个} → 3); {@code 1.8} for 1.8万人
 * @param unit     the unit as written ({@code %}, {@code 个}, {@code 亿元}, {@code 万人})
 * @param bound    the qualifier: 以上 → AT_LEAST, 以内 → AT_MOST, 左右 → ABOUT, none → EXACT
 * @param text     the figure with its qualifiers exactly as written ({@code 5%以上}, {@code 超5亿美元})
 * @param offset   0-based character offset of {@code text} in the task text
 */
public record Target(int position, String metric, BigDecimal value, String unit, TargetBound bound, String text,
        int offset) {
}
