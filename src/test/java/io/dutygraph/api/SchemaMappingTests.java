package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Every field the schema declares is answered: by a controller method, a registered data fetcher, or a property of
 * the type a controller returns; every argument a controller declares exists. Spring's schema mapping inspection,
 * run here rather than at every start of the app ({@code spring.graphql.schema.inspection.enabled: false}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(StatementCounter.class)
class SchemaMappingTests {

    @Test
    void everyFieldIsMappedAndEveryArgumentExists(@Autowired GraphQlSource source) {
        GraphQLSchema schema = source.schema();
        SchemaReport report = SchemaMappingInspector.inspect(schema, registeredFetchers(schema));
        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
        assertThat(report.fieldNullnessErrors()).isEmpty();
        assertThat(report.argumentNullnessErrors()).isEmpty();
        assertThat(report.skippedTypes()).extracting(skipped -> GraphQLTypeUtil.simplePrint(skipped.type()))
                .as("types reached only through fetchers that do not describe what they return")
                .doesNotContain("Query", "Plan", "Jurisdiction");
    }

    /** The data fetchers the app registered (controllers and plain ones), by type and field. */
    private static Map<String, Map<String, DataFetcher>> registeredFetchers(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Map<String, Map<String, DataFetcher>> fetchers = new HashMap<>();
        schema.getAllTypesAsList().stream().filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).forEach(type -> {
                    for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                        if (registry.hasDataFetcher(coordinates)) {
                            fetchers.computeIfAbsent(type.getName(), name -> new HashMap<>())
                                    .put(field.getName(), registry.getDataFetcher(coordinates, field));
                        }
                    }
                });
        return fetchers;
    }
}
