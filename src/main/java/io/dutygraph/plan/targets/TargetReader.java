package io.dutygraph.plan.targets;

import io.dutygraph.plan.Names;
import io.dutygraph.plan.Target;
import io.dutygraph.plan.TargetBound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measurable targets of a task's text: a figure (Arabic or Chinese numerals) followed by a unit
 * (%, 个, 家, 亿元, 万人 …), with the qualifiers around it (超, 达, 以上, 左右 …); a scale written as a magnitude class
 * (迈上千亿级: at least 1000 亿) counts too. Not targets: years, dates and durations (年, 月, 个月 are no units),
 * figures in quotes (“15分钟中医药健康圈”, “高效办成一件事”), figures touching Latin letters (5G, PM2.5, 3A级),
 * ordinals (第四人民医院), range ends (1-10亿元), vague amounts (数十家, 几百个), and an amount that qualifies the
 * noun after it (年产废量10吨以上企业, 50亿元以上项目, 千亿级产业集群): those describe what is counted, not what is
 * promised; and the fixed political terms that hold a figure (八项规定, 十四五, 两个维护).
 */
public final class TargetReader {

    private static final String PREFIXES = "不低于|不少于|不超过|超过|突破|迈上|迈入|跨上|控制在|稳定在|均达|达到|达|超|近|约";
    private static final String MEASURES = "万亿元|万亿|个百分点|百分点|万平方米|平方米|平方公里|公顷|万立方米|立方米|万人次|人次|亿美元|万美元|美元"
            + "|亿元|万元|元|万人|万亩|万吨|亿斤|万斤|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|万标箱|标箱|公里|千米|%|％|件|亩|吨|斤|人|万|亿";
    private static final String COUNTERS = "个|家|所|栋|户|片|项|座|条|名|套|处|辆|台";
    /**
     * A Chinese numeral, or a bare magnitude before 亿 (千亿 is 1000 亿); never inside another numeral, nor right after
     * 数 or 几 (数十家: vague).
     */
    private static final String NUMBER = "\\d+(?:\\.\\d+)?|[一二三四五六七八九两十][一二三四五六七八九两十百千零]*|[百千万](?=亿)";
    private static final Pattern QUANTITY = Pattern.compile("(?<prefix>" + PREFIXES + ")?"
            + "(?<![\\dA-Za-z.\\-~－—数几一二三四五六七八九两十百千零])(?<number>" + NUMBER + ")"
            + "(?<unit>" + MEASURES + "|" + COUNTERS + ")(?<suffix>以上|以内|以下|左右|(?<=亿)级)?");
    private static final Set<String> COUNTER_UNITS = Set.of(COUNTERS.split("\\|"));
    /** Fixed terms whose figure is part of a name. */
    private static final List<String> TERMS = List.of("八项规定", "十四五", "十五五", "十三五", "两个确立", "两个维护",
            "三个代表", "四个意识", "四个自信", "四个全面", "五位一体", "一带一路", "三重一大");
    /** 级 after a magnitude (千亿级) names a class: that magnitude or more. */
    private static final Set<String> AT_LEAST = Set.of("以上", "不低于", "不少于", "超过", "突破", "迈上", "迈入", "跨上", "超",
            "级");
    private static final Set<String> AT_MOST = Set.of("以内", "以下", "不超过", "控制在");
    private static final Set<String> ABOUT = Set.of("左右", "近", "约");

    private TargetReader() {
    }

    /** The targets written in a task's text, in text order. */
    public static List<Target> read(String text) {
        // Full-width figures (５％) are read as their half-width forms; positions are the same in both.
        List<Quantity> quantities = quantities(Names.fold(text));
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity quantity = quantities.get(i);
            targets.add(new Target(i + 1, Metrics.metric(text, quantities, i), quantity.value(), quantity.unit(),
                    quantity.bound(), text.substring(quantity.start(), quantity.end()), quantity.start()));
        }
        return List.copyOf(targets);
    }

    private static List<Quantity> quantities(String text) {
        List<int[]> quoted = Quotes.spans(text);
        List<Quantity> quantities = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            BigDecimal value = value(m.group("number"));
            if (value != null && !excluded(text, m, quoted)) {
                String unit = m.group("unit");
                quantities.add(new Quantity(m.start(), m.end(), value, unit, bound(m.group("prefix"), m.group("suffix")),
                        COUNTER_UNITS.contains(unit)));
            }
        }
        return quantities;
    }

    private static BigDecimal value(String number) {
        return Character.isDigit(number.charAt(0)) ? new BigDecimal(number) : ChineseNumerals.read(number);
    }

    private static boolean excluded(String text, Matcher m, List<int[]> quoted) {
        int number = m.start("number");
        boolean ordinal = number > 0 && text.charAt(number - 1) == '第';
        boolean duration = m.group("unit").equals("个") && text.startsWith("月", m.end());
        boolean inQuotes = quoted.stream().anyMatch(span -> span[0] < number && number < span[1]);
        return ordinal || duration || inQuotes || inTerm(text, number) || qualifiesNoun(text, m);
    }

    private static boolean inTerm(String text, int offset) {
        for (String term : TERMS) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                if (at <= offset && offset < at + term.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An amount (not a count) followed straight by more words: 10吨以上企业, 1-10亿元项目; but 近50亿元的 stays. */
    private static boolean qualifiesNoun(String text, Matcher m) {
        if (COUNTER_UNITS.contains(m.group("unit")) || m.end() >= text.length()) {
            return false;
        }
        char next = text.charAt(m.end());
        return next != '的' && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN;
    }

    private static TargetBound bound(String prefix, String suffix) {
        for (String word : new String[] {suffix, prefix}) {
            if (word != null && AT_LEAST.contains(word)) {
                return TargetBound.AT_LEAST;
            } else if (word != null && AT_MOST.contains(word)) {
                return TargetBound.AT_MOST;
            } else if (word != null && ABOUT.contains(word)) {
                return TargetBound.ABOUT;
            }
        }
        return TargetBound.EXACT;
    }
}
