package io.dutygraph.plan;

/**
 * A chapter (章) of the plan.
 *
 * @param numeral Chinese numeral as written, or inferred from its position when the heading is missing
 * @param ordinal 1-based position in the plan
 * @param title   heading text without the numeral, {@code null} when the heading is missing from the document
 * @param line    1-based source line of the heading, or of the first row of the chapter when the heading is missing
 */
public record Chapter(String numeral, int ordinal, String title, int line) {
}
