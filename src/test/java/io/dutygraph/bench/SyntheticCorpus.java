package io.dutygraph.bench;

import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, deterministic set of synthetic plans: {@code districts} districts, each with one plan a year for
 * {@code years} years, so units and officials recur across a district's plans as they do in reality.
 */
record SyntheticCorpus(String size, List<SyntheticPlan> plans) {

    /** One generated plan with the directory of its district. */
    record SyntheticPlan(String source, String text, UnitDirectory directory) {
    }

    static final long SEED = 20240125L;

    /** M: ~100 plans, ~12k tasks, ~100k assignments. */
    static SyntheticCorpus medium() {
        return generate("M", 20, 5, 120, 8.3);
    }

    /** L: ~1,000 plans, ~120k tasks, ~1M assignments. */
    static SyntheticCorpus large() {
        return generate("L", 200, 5, 120, 8.3);
    }

    static SyntheticCorpus generate(String size, int districts, int years, int tasksPerPlan, double unitsPerTask) {
        Random random = new Random(SEED);
        List<SyntheticPlan> plans = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            SyntheticDistrict district = SyntheticDistrict.create(d, random);
            SyntheticPlanWriter writer = new SyntheticPlanWriter(district, random);
            for (int year = 2020; year < 2020 + years; year++) {
                String source = "synthetic-" + district.name() + "-" + year + ".txt";
                plans.add(new SyntheticPlan(source, writer.write(year, tasksPerPlan, unitsPerTask), district.directory()));
            }
        }
        return new SyntheticCorpus(size, plans);
    }
}
