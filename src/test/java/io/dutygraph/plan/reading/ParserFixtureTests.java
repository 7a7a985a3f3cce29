package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every excerpt in {@code src/test/resources/plans/NAME.txt} parses to exactly {@code NAME.expected.json}, the
 * JSON the {@code parse} command prints. After a deliberate change to the parser's output, run with
 * {@code -Ddutygraph.fixtures.rewrite=true} to rewrite the expected files, then read their diff.
 */
class ParserFixtureTests {

    private static final Path FIXTURES = Path.of("src/test/resources/plans");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @TestFactory
    Stream<DynamicTest> excerptsParseToTheirExpectedJson() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            inputs = files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
            Path expectedFile = FIXTURES.resolve(name + ".expected.json");
            JsonNode actual = JSON.valueToTree(new PlanParser(TestPlans.DIRECTORY).parse(input));
            if (Boolean.getBoolean("dutygraph.fixtures.rewrite")) {
                Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n");
            }
            assertThat(expectedFile).as("expected output of " + input).exists();
            assertThat(actual).isEqualTo(JSON.readTree(expectedFile.toFile()));
        }));
    }
}
