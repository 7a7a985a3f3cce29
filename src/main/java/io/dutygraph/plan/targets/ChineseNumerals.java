package io.dutygraph.plan.targets;

import java.math.BigDecimal;
import java.util.Map;

/** Reads Chinese numerals up to the thousands (三 → 3, 十五 → 15, 两百 → 200, 一千零五 → 1005), and a bare 万 (10000). */
final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4,
            '五', 5, '六', 6, '七', 7, '八', 8, '九', 9);
    private static final Map<Character, Integer> MULTIPLIERS = Map.of('十', 10, '百', 100, '千', 1000, '万', 10000);

    private ChineseNumerals() {
    }

    /** The value, or null when the characters are no numeral (一二三 in 一二三产, a lone 百). */
    static BigDecimal read(String numeral) {
        int total = 0;
        Integer digit = null;
        int lastMultiplier = Integer.MAX_VALUE;
        for (char c : numeral.toCharArray()) {
            Integer multiplier = MULTIPLIERS.get(c);
            if (multiplier != null) {
                if (multiplier >= lastMultiplier || digit == null && total > 0) {
                    return null;
                }
                total += (digit == null ? 1 : digit) * multiplier;
                lastMultiplier = multiplier;
                digit = null;
            } else if (c == '零') {
                digit = null;
            } else if (digit != null) {
                return null;
            } else {
                digit = DIGITS.get(c);
            }
        }
        return BigDecimal.valueOf(total + (digit == null ? 0 : digit));
    }
}
