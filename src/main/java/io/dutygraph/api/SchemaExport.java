package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the schema with the build, without starting the app: {@code schema.graphqls} (the SDL as served,
 * printed by graphql-java) and {@code schema.json} (the introspection answer, for code generators). Built from
 * {@code graphql-schema/*.graphqls} as Spring builds it (generated connection types included), and showing what
 * introspection shows ({@code @defer} left out). Run by the build at {@code process-classes}:
 * {@code SchemaExport <schema folder> <output folder>}.
 */
public final class SchemaExport {

    private SchemaExport() {
    }

    public static void main(String[] args) throws IOException {
        Path schemaFolder = Path.of(args.length > 0 ? args[0] : "graphql-schema");
        Path output = Path.of(args.length > 1 ? args[1] : "target");
        GraphQLSchema schema = build(schemaFolder);
        Files.createDirectories(output);
        Files.writeString(output.resolve("schema.graphqls"), print(schema));
        Files.writeString(output.resolve("schema.json"), introspection(schema));
        System.out.println("Schema published: " + output.resolve("schema.graphqls") + ", " + output.resolve("schema.json"));
    }

    /** The schema the app serves, from the SDL files in {@code folder}. */
    static GraphQLSchema build(Path folder) throws IOException {
        List<Resource> files;
        try (Stream<Path> paths = Files.list(folder)) {
            files = paths.filter(path -> path.toString().endsWith(".graphqls")).sorted()
                    .<Resource>map(FileSystemResource::new).toList();
        }
        return GraphQlSource.schemaResourceBuilder()
                .schemaResources(files.toArray(Resource[]::new))
                .configureTypeDefinitions(new ConnectionTypeDefinitionConfigurer())
                .build().schema();
    }

    /** The SDL as a client sees it: every type and directive the API advertises. */
    static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeDirectives(DeferNotServed::advertised)
                .includeDirectiveDefinition(DeferNotServed::advertised)).print(schema);
    }

    /** The answer to the standard introspection query, as JSON ({@code {"data": {"__schema": …}}}). */
    static String introspection(GraphQLSchema schema) {
        ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(new DeferNotServed()).build()
                .execute(IntrospectionQuery.INTROSPECTION_QUERY);
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("introspection failed: " + result.getErrors());
        }
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(result.toSpecification());
    }
}
