package io.dutygraph.bench;

import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitKind;
import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up district with the real plan's shape: about 70 units (departments written with a 区 prefix that
 * later units of a cell drop, Party organs, enterprises, outside agencies, task forces, nine towns and the
 * collective 各区镇) and 5–8 officials, all recurring over the district's yearly plans. Canonical unit names
 * carry the district's name so that districts never share a unit node; the plan text spells them as a real
 * plan does (区发改委, 发改委).
 */
record SyntheticDistrict(String name, List<Unit> units, List<String> officials, UnitDirectory directory) {

    private static final String[] DEPARTMENTS = {"发改委", "工信局", "财政局", "科技局", "商务局", "住建局", "交通运输局",
        "农业农村局", "自然资源和规划局", "人社局", "文体广电和旅游局", "应急管理局", "金融监管局", "大数据管理局", "城管局",
        "水务局", "市场监管局", "民政局", "卫健委", "教育局", "公安局", "司法局", "信访局", "退役军人事务局", "综合指挥中心",
        "行政审批局", "医疗保障局", "审计局", "外事办", "机关事务管理中心", "供销总社", "档案馆", "地方志办", "政务服务办",
        "粮食和物资储备局", "体育局", "侨办", "台办", "民宗局", "国动办"};
    private static final String[] PARTY_ORGANS = {"区委组织部", "区委宣传部", "区委政法委", "区委编办", "区纪委监委", "团区委",
        "妇联", "区残联", "区总工会", "区科协"};
    private static final String[] ENTERPRISES = {"国资集团", "文旅集团", "水务集团", "城投公司", "粮食购销公司", "交投集团"};
    private static final String[] EXTERNAL = {"税务局", "海关", "人民银行支行", "气象局", "供电公司", "检察院", "有线公司",
        "消防救援大队"};
    private static final String[] TASK_FORCES = {"污防攻坚办", "生态环境问题整治工作专班", "重点项目推进专班"};
    private static final String[] TOWN_SUFFIXES = {"开发区", "高新区", "度假区", "镇", "镇", "镇", "镇", "镇", "镇"};
    private static final String SYLLABLES = "东西南北清河湖山江海平安长兴永丰金石桃源云梨青松白鹭紫阳明德和顺新华";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程";
    private static final String GIVEN = "宇勇嵘红伟江俊良海成明华建国志强文杰丽娟敏静磊军涛斌鹏飞";

    static SyntheticDistrict create(int index, Random random) {
        String name = syllables(random, 2) + "区";
        String tag = name + index;
        List<Unit> units = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            units.add(new Unit(tag + department, UnitKind.DEPARTMENT, List.of("区" + department, department), List.of()));
        }
        for (String organ : PARTY_ORGANS) {
            units.add(new Unit(tag + organ, UnitKind.PARTY_ORGAN, List.of(organ), List.of()));
        }
        for (String enterprise : ENTERPRISES) {
            units.add(new Unit(tag + enterprise, UnitKind.ENTERPRISE, List.of(enterprise), List.of()));
        }
        for (String agency : EXTERNAL) {
            units.add(new Unit(tag + agency, UnitKind.EXTERNAL_AGENCY, List.of(agency), List.of()));
        }
        for (String force : TASK_FORCES) {
            units.add(new Unit(tag + force, UnitKind.TASK_FORCE, List.of(force), List.of()));
        }
        List<String> towns = new ArrayList<>();
        for (String suffix : TOWN_SUFFIXES) {
            String town;
            do {
                town = syllables(random, 2) + suffix;
            } while (towns.contains(town));
            towns.add(town);
            units.add(new Unit(tag + town, UnitKind.TOWN, List.of(town), List.of()));
        }
        units.add(new Unit(tag + "各区镇", UnitKind.COLLECTIVE, List.of("各区镇"),
                towns.stream().map(town -> tag + town).toList()));
        units.add(new Unit(tag + "统计局", UnitKind.DEPARTMENT, List.of("区统计局", "统计局"), List.of()));
        List<String> officials = new ArrayList<>();
        int officialCount = 5 + random.nextInt(4);
        while (officials.size() < officialCount) {
            String official = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                    + (random.nextInt(3) == 0 ? String.valueOf(syllable(random, GIVEN)) : "") + syllable(random, GIVEN);
            if (!officials.contains(official)) {
                officials.add(official);
            }
        }
        return new SyntheticDistrict(tag, units, officials, new UnitDirectory(units));
    }

    /**
     * A district of {@code departments} departments (名字 + a real department's name, each unique) besides the usual
     * other units: one plan of it is a coordination network of about that many units, to try the explorer at scale.
     */
    static SyntheticDistrict wide(int departments, Random random) {
        SyntheticDistrict usual = create(0, random);
        List<Unit> units = new ArrayList<>(usual.units().stream().filter(u -> u.kind() != UnitKind.DEPARTMENT
                || u.name().endsWith("统计局")).toList());
        Set<String> names = new HashSet<>();
        while (names.size() < departments) {
            String name = syllables(random, 2) + DEPARTMENTS[names.size() % DEPARTMENTS.length];
            if (names.add(name)) {
                units.add(new Unit(usual.name() + name, UnitKind.DEPARTMENT, List.of("区" + name, name), List.of()));
            }
        }
        return new SyntheticDistrict(usual.name(), units, usual.officials(), new UnitDirectory(units));
    }

    /** How the plan text writes a unit: the first alias (区发改委), or the short form once the cell used 区. */
    String written(Unit unit, boolean shortForm) {
        List<String> aliases = unit.aliases();
        return shortForm && aliases.size() > 1 ? aliases.get(1) : aliases.get(0);
    }

    private static String syllables(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(syllable(random, SYLLABLES));
        }
        return text.toString();
    }

    private static char syllable(Random random, String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
