package io.dutygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own rules: the app's JVM options as the pom defines them, and the order of compared targets. */
class BenchHarnessTests {

    @Test
    void theAppsJvmOptionsAreThePomsWordByWord(@TempDir Path folder) throws Exception {
        Path pom = Files.writeString(folder.resolve("pom.xml"),
                "<properties>\n  <app.jvm.flags>-XX:+UseSerialGC  -Xms32m\n   -XX:MetaspaceSize=128m</app.jvm.flags>\n");

        assertThat(StartupProbe.appJvmOptions(pom)).containsExactly("-XX:+UseSerialGC", "-Xms32m",
                "-XX:MetaspaceSize=128m");
        assertThat(StartupProbe.APP_JVM_OPTIONS).as("this project's pom").contains("-XX:+UseSerialGC");
        Path none = Files.writeString(folder.resolve("other.xml"), "<properties/>");
        assertThatThrownBy(() -> StartupProbe.appJvmOptions(none)).hasMessageContaining("no property app.jvm.flags");
    }

    @Test
    void theRoundsGoThroughEveryOrderSoEachTargetFollowsEachOtherEquallyOften() {
        List<List<Integer>> orders = QueryComparison.orders(3);

        assertThat(orders).hasSize(6).doesNotHaveDuplicates().allSatisfy(order ->
                assertThat(order).containsExactlyInAnyOrder(0, 1, 2));
        Map<List<Integer>, Integer> followings = new HashMap<>();
        for (List<Integer> order : orders) {
            for (int i = 1; i < order.size(); i++) {
                followings.merge(List.of(order.get(i - 1), order.get(i)), 1, Integer::sum);
            }
        }
        assertThat(followings).hasSize(6);
        assertThat(new HashSet<>(followings.values())).containsExactly(2);
        assertThat(QueryComparison.orders(2)).containsExactlyInAnyOrder(List.of(0, 1), List.of(1, 0));
    }
}
