package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Definition;
import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every type, field, argument, input value and enum value of the served schema ({@code graphql-schema/*.graphqls})
 * has a non-blank description, written for the frontend developer who reads it in GraphiQL or a generated client.
 * Plain graphql-java over the SDL files, no Spring context: it runs in a second.
 */
class SchemaDescriptionsTests {

    static final Path SCHEMA = Path.of("graphql-schema");

    /**
     * The schema files held to this check (and to the linters of {@link SchemaLintTests}), read from
     * {@code src/test/schema-lint/checked-files.txt} so that both tests widen in one place. A first step of issue
     * 13: network, audit and accountability; the other files (plan, task, unit, official, target) are being
     * rewritten with Node ids and connections and join the list when they pass, until it names every file.
     */
    static final Set<String> CHECKED_FILES = checkedFiles();

    @Test
    void everyElementOfTheCheckedFilesHasADescription() {
        List<String> missing = CHECKED_FILES.stream().flatMap(file -> undescribed(file, read(SCHEMA.resolve(file)))
                .stream()).toList();
        assertThat(missing).as("schema elements without a description (file:line element)").isEmpty();
    }

    @Test
    void theCheckedFilesAreEverySchemaFile() {
        assertThat(schemaFiles().stream().map(file -> file.getFileName().toString()).toList())
                .containsExactlyInAnyOrderElementsOf(CHECKED_FILES);
    }

    @Test
    void theSchemaFilesBuildOneSchema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        schemaFiles().forEach(file -> registry.merge(new SchemaParser().parse(read(file))));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        assertThat(schema.getQueryType().getFieldDefinitions()).isNotEmpty();
    }

    @Test
    void theCheckNamesEachKindOfElement() {
        String sdl = """
                "Described." type Query { "Described." a(x: Int, "Described." y: Int): T, b: Int }
                type T { "Described." c: E }
                extend type T { d: Int }
                "Described." enum E { "Described." ONE TWO }
                input W { z: Int, "  " w: Int }
                interface I { "Described." id: ID! }
                union U = T
                scalar S
                directive @d(level: Int) on FIELD_DEFINITION
                """;
        assertThat(undescribed("test.graphqls", sdl)).containsExactly("test.graphqls:1 Query.a(x)",
                "test.graphqls:1 Query.b", "test.graphqls:2 T", "test.graphqls:3 T.d", "test.graphqls:4 E.TWO",
                "test.graphqls:5 W", "test.graphqls:5 W.z", "test.graphqls:5 W.w", "test.graphqls:6 I",
                "test.graphqls:7 U", "test.graphqls:8 S", "test.graphqls:9 @d", "test.graphqls:9 @d(level)");
    }

    /** Every element of one file's SDL without a non-blank description, as {@code file:line Unit.tasks(role)}. */
    static List<String> undescribed(String file, String sdl) {
        Document document = Parser.parse(sdl);
        List<String> missing = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type) {
                String name = type.getName();
                // An extension (`extend type Query`) cannot carry a description; its type has one where defined.
                if (!isExtension(definition) && blank(description(type))) {
                    missing.add(at(file, type) + name);
                }
                for (FieldDefinition field : fields(type)) {
                    check(missing, file, field, field.getDescription(), name + "." + field.getName());
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        check(missing, file, argument, argument.getDescription(),
                                name + "." + field.getName() + "(" + argument.getName() + ")");
                    }
                }
                if (type instanceof InputObjectTypeDefinition input) {
                    input.getInputValueDefinitions().forEach(value -> check(missing, file, value,
                            value.getDescription(), name + "." + value.getName()));
                }
                if (type instanceof EnumTypeDefinition enumType) {
                    enumType.getEnumValueDefinitions().forEach(value -> check(missing, file, value,
                            value.getDescription(), name + "." + value.getName()));
                }
            } else if (definition instanceof DirectiveDefinition directive) {
                check(missing, file, directive, directive.getDescription(), "@" + directive.getName());
                directive.getInputValueDefinitions().forEach(argument -> check(missing, file, argument,
                        argument.getDescription(), "@" + directive.getName() + "(" + argument.getName() + ")"));
            }
        }
        return missing;
    }

    /** graphql-java parses {@code extend type T} into subclasses of the type definitions. */
    private static boolean isExtension(Definition<?> definition) {
        return definition.getClass().getSimpleName().endsWith("ExtensionDefinition");
    }

    private static List<FieldDefinition> fields(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getFieldDefinitions();
        }
        if (type instanceof InterfaceTypeDefinition anInterface) {
            return anInterface.getFieldDefinitions();
        }
        return List.of();
    }

    private static Description description(TypeDefinition<?> type) {
        return type instanceof DescribedNode<?> described ? described.getDescription() : null;
    }

    private static void check(List<String> missing, String file, Node<?> node, Description description, String name) {
        if (blank(description)) {
            missing.add(at(file, node) + name);
        }
    }

    private static boolean blank(Description description) {
        return description == null || description.getContent() == null || description.getContent().isBlank();
    }

    private static String at(String file, Node<?> node) {
        return file + ":" + (node.getSourceLocation() == null ? "?" : node.getSourceLocation().getLine()) + " ";
    }

    static List<Path> schemaFiles() {
        try (Stream<Path> files = Files.list(SCHEMA)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".graphqls")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> checkedFiles() {
        Set<String> files = new LinkedHashSet<>();
        read(SchemaLintTests.FOLDER.resolve("checked-files.txt")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(files::add);
        return Collections.unmodifiableSet(files);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
