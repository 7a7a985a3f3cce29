package io.dutygraph.plan.targets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The metric of a target: the words of its clause around the figure. A clause ends at ，；。： and at the figure of
 * another target; a count standing before its noun (完成150个自然村生活污水处理设施建设) takes the words after it too.
 */
final class Metrics {

    private static final String CLAUSE_ENDS = "，,；;。：:！!？?\n";
    /** Words that open a clause without saying what is measured (实现…, 确保…, 其中…), and joining marks. */
    private static final Pattern LEADING = Pattern.compile("^(?:[、的和及与\\s]|实现|确保|力争|争取|推动|其中|并)+");

    private Metrics() {
    }

    static String metric(String text, List<Quantity> quantities, int index) {
        Quantity quantity = quantities.get(index);
        int left = clauseStart(text, quantity.start());
        if (index > 0) {
            left = Math.max(left, quantities.get(index - 1).end());
        }
        String metric = text.substring(left, quantity.start());
        if (quantity.counter() && quantity.end() < text.length()
                && (CLAUSE_ENDS + "、").indexOf(text.charAt(quantity.end())) < 0) {
            int right = clauseEnd(text, quantity.end());
            if (index + 1 < quantities.size()) {
                right = Math.min(right, quantities.get(index + 1).start());
            }
            metric += text.substring(quantity.end(), right);
        }
        return LEADING.matcher(metric).replaceFirst("").strip();
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
