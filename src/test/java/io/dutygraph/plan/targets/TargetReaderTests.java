package io.dutygraph.plan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedTask;
import io.dutygraph.plan.Target;
import io.dutygraph.plan.TargetBound;
import io.dutygraph.plan.reading.TestPlans;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TargetReaderTests {

    @Test
    void readsEveryTargetOfTheBundledPlanAsReadByHand() {
        List<String> expected = new String(TestPlans.resource("targets/wujiang-2024.tsv"), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        List<String> read = new ArrayList<>();
        for (ParsedTask task : TestPlans.realPlan().tasks()) {
            for (Target t : TargetReader.read(task.text())) {
                read.add(String.join("\t", String.valueOf(task.number()), t.text(), String.valueOf(t.offset()),
                        t.value().toPlainString(), t.unit(), t.bound().name(), t.metric()));
            }
        }
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void keepsTheFigureAsWrittenAtItsOffset() {
        String text = "开展攻坚专项行动,完成150个自然村生活污水处理设施建设。";
        Target target = TargetReader.read(text).get(0);
        assertThat(text.substring(target.offset(), target.offset() + target.text().length())).isEqualTo("150个");
        assertThat(target.metric()).isEqualTo("完成自然村生活污水处理设施建设");
        assertThat(target.bound()).isEqualTo(TargetBound.EXACT);
    }

    @Test
    void readsChineseNumerals() {
        assertThat(TargetReader.read("建成三个示范点,新增十五家企业,改造两百户。"))
                .extracting(Target::value, Target::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("3"), "个"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("15"), "家"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("200"), "户"));
    }

    @Test
    void readsEveryBound() {
        assertThat(TargetReader.read("投资增长5%以上,收入不低于3亿元,能耗控制在2万吨以内,支出不超过4亿元,总量10%左右,"
                + "产值近8亿元,新增企业3家,比重达54%。")).extracting(Target::bound).containsExactly(TargetBound.AT_LEAST,
                TargetBound.AT_LEAST, TargetBound.AT_MOST, TargetBound.AT_MOST, TargetBound.ABOUT, TargetBound.ABOUT,
                TargetBound.EXACT, TargetBound.EXACT);
    }

    @Test
    void separatesSeveralTargetsOfOneClause() {
        assertThat(TargetReader.read("新增“瞪羚”企业55家、专精特新“小巨人”企业20家以上。"))
                .extracting(Target::metric).containsExactly("新增“瞪羚”企业", "专精特新“小巨人”企业");
    }

    @Test
    void readsAScaleWrittenAsAMagnitudeClass() {
        assertThat(TargetReader.read("力争新能源产业三年迈上千亿级。")).singleElement().satisfies(target -> {
            assertThat(target.value()).isEqualByComparingTo("1000");
            assertThat(target.unit()).isEqualTo("亿");
            assertThat(target.bound()).isEqualTo(TargetBound.AT_LEAST);
            assertThat(target.text()).isEqualTo("迈上千亿级");
        });
        assertThat(TargetReader.read("数字经济规模突破百亿元,总投资达两万亿元。")).extracting(Target::value, Target::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("100"), "亿元"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("2"), "万亿元"));
        assertThat(TargetReader.read("总投资达两万亿元。")).singleElement().extracting(Target::text).isEqualTo("达两万亿元");
    }

    @Test
    void readsPercentagePointsAndMeasuresOfAreaAndEnergy() {
        assertThat(TargetReader.read("研发投入占比提高0.2个百分点,新增光伏装机10万千瓦,完成造林300公顷。"))
                .extracting(Target::unit).containsExactly("个百分点", "万千瓦", "公顷");
    }

    @Nested
    class NoTarget {

        @Test
        void yearsAndDates() {
            assertThat(TargetReader.read("持续推进动迁安置清零计划(2023-2025年),2024年1月25日起实施,3个月内完成,三年见效。"))
                    .isEmpty();
        }

        @Test
        void planNamesAndFixedTerms() {
            assertThat(TargetReader.read("落实“十四五”规划,严格执行中央八项规定,推进十四五重点项目。")).isEmpty();
        }

        @Test
        void figuresInsideProperNames() {
            assertThat(TargetReader.read("发挥“全球新能源企业500强”牵引作用,建设5G基站,创建3A级景区,推进第四人民医院建设,"
                    + "PM2.5浓度下降,打造“15分钟中医药健康圈”。")).isEmpty();
        }

        @Test
        void vagueAmounts() {
            assertThat(TargetReader.read("吸引数十家企业落户,培育几百个项目,新增数百亿元投资。")).isEmpty();
        }

        @Test
        void amountsQualifyingWhatIsCounted() {
            assertThat(TargetReader.read("加强年产废量10吨以上企业危废规范化管理,新增投资1-10亿元项目100个。"))
                    .extracting(Target::text).containsExactly("100个");
            assertThat(TargetReader.read("打造两个千亿级产业集群。")).extracting(Target::text).containsExactly("两个");
        }
    }
}
