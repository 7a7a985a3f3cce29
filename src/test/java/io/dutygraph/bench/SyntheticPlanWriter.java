package io.dutygraph.bench;

import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes one year's plan of a {@link SyntheticDistrict} in the same flattened-table text as the real plan:
 * metadata, header row, chapter headings, numbered and split section names, leader cells that are own, merged
 * (absent) or empty, ★ lead units with the 区 prefix dropped after the first unit, capacities in parentheses,
 * collectives, data providers, padding lines of varying length, the footnote and the site's boilerplate.
 */
final class SyntheticPlanWriter {

    private static final String[] PHRASES = {"推进", "强化", "深化", "加快", "完善", "提升", "优化", "培育", "建设", "保障"};
    private static final String[] TOPICS = {"产业创新", "营商环境", "乡村振兴", "生态环境", "民生保障", "城市更新", "安全生产",
        "数字经济", "文化事业", "社会治理", "对外开放", "科技人才", "低空经济", "算力设施", "太湖治理"};
    private static final String NUMERALS = "一二三四五六七八九十";

    private final SyntheticDistrict district;
    private final Random random;
    private final List<Unit> departments;
    private final List<Unit> others;
    private final List<Unit> towns;
    private final Unit collective;
    private final Unit statistics;

    SyntheticPlanWriter(SyntheticDistrict district, Random random) {
        this.district = district;
        this.random = random;
        this.departments = district.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).toList();
        this.others = district.units().stream().filter(u -> u.kind() != UnitKind.DEPARTMENT
                && u.kind() != UnitKind.TOWN && u.kind() != UnitKind.COLLECTIVE).toList();
        this.towns = district.units().stream().filter(Unit::isTown).toList();
        this.collective = district.units().stream().filter(u -> u.kind() == UnitKind.COLLECTIVE).findFirst().orElseThrow();
        this.statistics = district.directory().lookup("统计局").orElseThrow();
    }

    /** The plan text; {@code tasks} tasks with about {@code unitsPerTask} units each on average. */
    String write(int year, int tasks, double unitsPerTask) {
        StringBuilder text = new StringBuilder(tasks * 400);
        String title = "区政府" + year + "年重点工作目标任务分解落实方案";
        line(text, "各区镇,区各委办局(公司),各直属单位:");
        line(text, "《" + title + "》已经区政府第" + (10 + random.nextInt(90)) + "次常务会议审议通过,现予印发,请认真贯彻落实。");
        line(text, "某市" + district.name() + "人民政府");
        line(text, year + "年1月" + (1 + random.nextInt(28)) + "日");
        line(text, "(此件公开发布)");
        line(text, title);
        line(text, "(共" + tasks + "项)");
        for (String header : List.of("序号", "项目", "重点工作目标任务", "牵头领导", "责任单位")) {
            cell(text, header);
        }
        int number = 1;
        int chapters = Math.min(10, Math.max(1, tasks / 8));
        for (int chapter = 0; chapter < chapters; chapter++) {
            cell(text, NUMERALS.charAt(chapter) + "、" + phrase() + phrase() + ",争创" + phrase() + "新局面");
            pad(text, 4);
            int chapterTasks = chapter == chapters - 1 ? tasks - number + 1 : tasks / chapters;
            int sections = Math.max(1, Math.min(4, chapterTasks / 3));
            List<String> inheritable = null;
            for (int section = 1; section <= sections; section++) {
                int sectionTasks = section == sections ? chapterTasks - (sections - 1) * (chapterTasks / sections)
                        : chapterTasks / sections;
                String name = phrase() + TOPICS[random.nextInt(TOPICS.length)];
                boolean split = sectionTasks >= 3 && random.nextInt(8) == 0;
                cell(text, String.valueOf(section));
                cell(text, split ? name.substring(0, 3) : name);
                for (int row = 0; row < sectionTasks; row++, number++) {
                    if (split && row == 2) {
                        pad(text, 3);
                        cell(text, name.substring(3));
                    }
                    cell(text, number + "." + phrase() + TOPICS[random.nextInt(TOPICS.length)] + "工作,完成年度目标任务"
                            + (random.nextInt(100)) + "项以上。");
                    int leaderCase = random.nextInt(10);
                    if (leaderCase < 5 || inheritable == null) {
                        inheritable = officials();
                        cell(text, String.join("\n", inheritable.stream().map(SyntheticPlanWriter::padded).toList()));
                    } else if (leaderCase < 7) {
                        text.append("|\n");
                        inheritable = List.of();
                    }
                    cell(text, unitsCell(unitsPerTask));
                    pad(text, 1 + random.nextInt(4));
                }
            }
        }
        line(text, "注:责任单位中,带“★”者为牵头单位,部分工作有多个带“★”者为平行牵头单位,区统计局、海关主要负责提供数据");
        line(text, "原文链接:");
        line(text, "TOP");
        return text.toString();
    }

    private List<String> officials() {
        int count = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, district.officials().size())) {
            chosen.add(district.officials().get(random.nextInt(district.officials().size())));
        }
        return List.copyOf(chosen);
    }

    private String unitsCell(double unitsPerTask) {
        int count = Math.max(1, (int) Math.round(unitsPerTask * (0.4 + 1.2 * random.nextDouble())));
        int leads = random.nextInt(5) == 0 ? 2 + random.nextInt(3) : 1;
        Set<Unit> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            int pick = random.nextInt(20);
            Unit unit = pick < 12 ? departments.get(random.nextInt(departments.size()))
                    : pick < 15 ? others.get(random.nextInt(others.size()))
                    : pick < 19 ? towns.get(random.nextInt(towns.size()))
                    : (random.nextBoolean() ? collective : statistics);
            chosen.add(unit);
        }
        List<String> written = new ArrayList<>();
        int position = 0;
        for (Unit unit : chosen) {
            boolean lead = position < leads && unit != statistics && unit != collective;
            String spelling = district.written(unit, position > 0);
            if (unit.kind() == UnitKind.PARTY_ORGAN && random.nextInt(6) == 0) {
                spelling += "(人才办)";
            }
            written.add((lead ? "★" : "") + spelling);
            position++;
        }
        if (written.stream().noneMatch(w -> w.startsWith("★"))) {
            written.set(0, "★" + written.get(0));
        }
        return String.join("、", written);
    }

    private String phrase() {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    private static String padded(String name) {
        return name.length() == 2 ? name.charAt(0) + " " + name.charAt(1) : name;
    }

    private static void cell(StringBuilder text, String content) {
        text.append(content).append("\n|\n");
    }

    private void pad(StringBuilder text, int pipes) {
        text.append("|".repeat(pipes)).append('\n');
    }

    private static void line(StringBuilder text, String content) {
        text.append(content).append('\n');
    }
}
