package io.dutygraph.plan.targets;

import io.dutygraph.plan.TargetBound;
import java.math.BigDecimal;

/**
 * A figure with its unit and qualifiers, where it stands in the text.
 *
 * @param start   offset of its first character (the qualifier before the figure, if any)
 * @param end     offset after its last character
 * @param value   the figure
 * @param unit    the unit as written
 * @param bound   what its qualifiers say
 * @param counter whether the unit counts things (个, 家), which may stand before the noun they count
 */
record Quantity(int start, int end, BigDecimal value, String unit, TargetBound bound, boolean counter) {
}
