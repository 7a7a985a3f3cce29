package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema is skipped at start-up when every name it creates exists: every statement must name what it creates. */
class GraphSchemaTests {

    @Test
    void everySchemaStatementNamesWhatItCreates() {
        var schema = new CypherStatements(getClass().getClassLoader()).split(CypherStatement.SCHEMA);
        assertThat(schema.stream().filter(statement -> statement.startsWith("CREATE")).toList()).hasSizeGreaterThan(10)
                .allSatisfy(statement -> assertThat(GraphSchema.name(statement)).isNotBlank());
        assertThat(GraphSchema.name("CREATE FULLTEXT INDEX taskText IF NOT EXISTS FOR (t:Task) ON EACH [t.text]"))
                .isEqualTo("taskText");
        assertThat(GraphSchema.name("CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (p:Plan) REQUIRE p.id IS UNIQUE"))
                .isEqualTo("plan_id");
    }
}
