package io.dutygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.plan.ParsedPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import ceiling's CSV: the loader's nodes and relationships, one typed header and one data file each. */
class ImportCsvTests {

    @Test
    void aPlanIsWrittenAsTypedHeadersAndOneRowPerNodeAndEdge(@TempDir Path folder) throws IOException {
        List<ParsedPlan> plans = Ingest.parse(SyntheticCorpus.generate("T", 1, 1, 5, 3)).plans();
        ParsedPlan plan = plans.get(0);

        ImportCsv csv = ImportCsv.write(plans, folder);

        assertThat(lines(folder.resolve("nodes-Task-header.csv"))).singleElement().asString()
                .startsWith("key:ID(Task),:LABEL,").contains("number:long", "text:string");
        assertThat(lines(folder.resolve("nodes-Task.csv"))).hasSize(5).allSatisfy(row -> assertThat(row)
                .startsWith("\"" + plan.plan().id() + "/"));
        assertThat(lines(folder.resolve("nodes-Plan.csv"))).hasSize(1);
        assertThat(lines(folder.resolve("relationships-LEADS-header.csv"))).singleElement().asString()
                .startsWith(":START_ID(Unit),:END_ID(Task),:TYPE,").contains("position:long");
        assertThat(lines(folder.resolve("relationships-IN_SECTION.csv"))).hasSize(5);
        assertThat(csv.assignments()).isEqualTo(plan.assignmentCount());
        long assignmentRows = 0;
        for (String type : ImportCeiling.ASSIGNMENT_TYPES) {
            Path data = folder.resolve("relationships-" + type + ".csv");
            assignmentRows += Files.exists(data) ? lines(data).size() : 0;
        }
        assertThat(assignmentRows).isEqualTo(plan.assignmentCount());
        assertThat(csv.nodeFiles()).allSatisfy(file -> assertThat(file.header()).exists());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
