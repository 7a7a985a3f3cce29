package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class CypherStatementsTests {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void everyStatementFileIsNamedByTheEnumAndEveryNameHasAFile() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver(classLoader)
                .getResources("classpath*:" + CypherStatements.ROOT + "**/*.cypher");
        Set<String> onClasspath = Arrays.stream(files).map(CypherStatementsTests::pathUnderRoot)
                .collect(Collectors.toSet());
        Set<String> named = Arrays.stream(CypherStatement.values()).map(CypherStatement::path)
                .collect(Collectors.toSet());
        assertThat(onClasspath).as("files under cypher/ versus CypherStatement paths").isEqualTo(named);
    }

    @Test
    void everyStatementLoadsAndIsNotBlank() {
        CypherStatements statements = new CypherStatements(classLoader);
        for (CypherStatement statement : CypherStatement.values()) {
            assertThat(statements.get(statement)).as(statement.path()).isNotBlank();
        }
    }

    @Test
    void schemaSplitsIntoStatementsWithoutComments() {
        var schema = new CypherStatements(classLoader).split(CypherStatement.SCHEMA);
        assertThat(schema).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(statement -> assertThat(statement).doesNotContain("//").doesNotEndWith(";"))
                .filteredOn(statement -> statement.startsWith("CREATE"))
                .allSatisfy(statement -> assertThat(statement).contains("IF NOT EXISTS"));
    }

    @Nested
    class WhenAFileIsMissing {

        @Test
        void loadingFailsNamingThePath(@TempDir Path emptyClasspath) throws IOException {
            try (var loader = new URLClassLoader(new URL[] {emptyClasspath.toUri().toURL()}, null)) {
                assertThatExceptionOfType(CypherStatementNotFoundException.class)
                        .isThrownBy(() -> new CypherStatements(loader))
                        .withMessageContaining("cypher/schema.cypher")
                        .satisfies(e -> assertThat(e.resourcePath()).isEqualTo("cypher/schema.cypher"));
            }
        }
    }

    private static String pathUnderRoot(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("/" + CypherStatements.ROOT) + CypherStatements.ROOT.length() + 1);
        } catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
