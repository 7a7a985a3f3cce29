package io.dutygraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.graph.load.PlanDigest.TaskDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDigestTests {

    @Test
    void equalContentHasEqualDigestsWhateverTheOrderOfAMapsKeys() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("number", 56);
        one.put("text", "推进汾湖高新区建设");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("text", "推进汾湖高新区建设");
        other.put("number", 56);

        assertThat(PlanDigest.of(one)).isEqualTo(PlanDigest.of(other)).hasSize(16);
    }

    @Test
    void contentThatPrintsAlikeDoesNotDigestAlike() {
        assertThat(PlanDigest.of(Map.of("line", 1))).isNotEqualTo(PlanDigest.of(Map.of("line", "1")));
        assertThat(PlanDigest.of(List.of("a,b"))).isNotEqualTo(PlanDigest.of(List.of("a", "b")));
        assertThat(PlanDigest.of(Arrays.asList("x", null))).isNotEqualTo(PlanDigest.of(List.of("x", "")));
        assertThat(PlanDigest.of(Map.of("a", "b=c"))).isNotEqualTo(PlanDigest.of(Map.of("a=b", "c")));
    }

    @Test
    void nodesInTheGraphWithoutAStoredDigestMatchNothing() {
        Map<String, Object> row = new HashMap<>();
        row.put("chapterKeys", List.of("p/1", "p/2"));
        row.put("sectionKeys", List.of());
        row.put("taskKeys", List.of("p/1", "p/2"));
        row.put("digest", Map.of("chapterKeys", List.of("p/1"), "chapterDigests", List.of("abc"),
                "taskKeys", List.of("p/2"), "taskDigests", List.of("own links targets")));

        PlanDigest digest = PlanDigest.fromGraph(row);

        assertThat(digest.chapters()).containsEntry("p/1", "abc").containsKey("p/2")
                .doesNotContainEntry("p/2", "abc");
        assertThat(digest.tasks().get("p/2")).isEqualTo(new TaskDigest("own", "links", "targets"));
        assertThat(digest.tasks().get("p/1")).isEqualTo(TaskDigest.UNKNOWN_TASK);
        assertThat(PlanDigest.fromGraph(Map.of("chapterKeys", List.of(), "sectionKeys", List.of(),
                "taskKeys", List.of("p/9"))).tasks()).containsEntry("p/9", TaskDigest.UNKNOWN_TASK);
    }

    @Test
    void whatIsStoredReadsBackTheSame() {
        PlanDigest digest = new PlanDigest(Map.of("p/1", "c1"), Map.of("p/1/1", "s1"),
                Map.of("p/5", new TaskDigest("o", "l", "t")));
        Map<String, Object> stored = digest.toRow("p");

        PlanDigest read = PlanDigest.fromGraph(Map.of("chapterKeys", List.of("p/1"), "sectionKeys", List.of("p/1/1"),
                "taskKeys", List.of("p/5"), "digest", stored));

        assertThat(read).isEqualTo(digest);
        assertThat(stored).containsEntry("planId", "p");
    }
}
