package io.dutygraph.api;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.IntrospectionDataFetcher;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.graphql.execution.ErrorType;

/**
 * {@code @defer} is not served. graphql-java adds the directive to every schema, but Spring for GraphQL 2.0 has no
 * incremental delivery over HTTP, so a deferred fragment would silently arrive in the one answer. Instead the
 * directive is left out of introspection and of the published SDL, and a document using it is a BAD_REQUEST.
 */
final class DeferNotServed extends SimplePerformantInstrumentation {

    /** Directives the schema object holds but the API does not advertise. */
    static final List<String> HIDDEN = List.of("defer");

    /** Whether a directive (by name) is advertised. */
    static boolean advertised(String directive) {
        return !HIDDEN.contains(directive);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // Only introspection's own fetchers can be __Schema.directives; asking any other field its name would make
        // graphql-java build a fetching environment that property fields otherwise skip.
        if (!(fetcher instanceof IntrospectionDataFetcher)) {
            return fetcher;
        }
        boolean schemaDirectives = "directives".equals(parameters.getField().getName())
                && "__Schema".equals(parameters.getExecutionStepInfo().getObjectType().getName());
        if (!schemaDirectives) {
            return fetcher;
        }
        return environment -> {
            Object directives = fetcher.get(environment);
            return directives instanceof List<?> list ? list.stream()
                    .filter(directive -> !(directive instanceof GraphQLDirective d) || advertised(d.getName()))
                    .toList() : directives;
        };
    }

    /** Wraps graphql-java's parse-and-validate so that a document using a hidden directive is refused. */
    static Function<ExecutionInput, PreparsedDocumentEntry> refusing(Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        return input -> {
            PreparsedDocumentEntry entry = parse.apply(input);
            if (entry.getDocument() == null || entry.hasErrors() || !usesHidden(entry.getDocument())) {
                return entry;
            }
            return new PreparsedDocumentEntry(entry.getDocument(), List.of(GraphQLError.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message("@defer is not supported by this server: remove it (the fields then arrive in the one "
                            + "answer)").build()));
        };
    }

    private static boolean usesHidden(Document document) {
        AtomicBoolean found = new AtomicBoolean();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                if (!advertised(node.getName())) {
                    found.set(true);
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found.get();
    }
}
