package io.dutygraph.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.graphql.execution.ErrorType;

/**
 * The one {@link PreparsedDocumentProvider}: a bounded cache of parsed and validated documents keyed by their text,
 * and Apollo's automatic persisted queries ({@code extensions.persistedQuery.sha256Hash}) in a second bounded cache.
 * A hash sent with a document must be that document's SHA-256 (else {@code PersistedQueryIdInvalid}), known or not.
 * Documents using {@code @defer} are refused (see {@link DeferNotServed}); over GET only query operations pass.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /** GraphQL context key set by {@link GetQueryHandler}: the request came as {@code GET}. */
    static final String OVER_GET = "dutygraph.overGet";
    /**
     * GraphQL context key set by {@link PostQueryHandler}: the answer is one JSON document, so a subscription (a
     * stream) is refused.
     */
    static final String ONE_ANSWER = "dutygraph.oneAnswer";
    /**
     * GraphQL context key set by {@link EventStreamHandler}: the answer is a stream of events, which serves
     * subscriptions only, so a query or mutation is refused before it runs.
     */
    static final String ONE_STREAM = "dutygraph.oneStream";
    /** Extension of the error that refuses a mutation or subscription over GET (answered 405). */
    static final String ALLOW_EXTENSION = "allow";

    private final Cache<String, PreparsedDocumentEntry> documents;
    private final ApolloPersistedQuerySupport persistedQueries;

    DocumentCache(GraphQlHttpProperties properties) {
        this.documents = Caffeine.newBuilder().maximumSize(properties.documentCacheSize()).build();
        this.persistedQueries = new ApolloPersistedQuerySupport(
                new BoundedPersistedQueries(properties.persistedQueryCacheSize()));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Function<ExecutionInput, PreparsedDocumentEntry> checked = DeferNotServed.refusing(parseAndValidate);
        boolean persisted = input.getExtensions() != null && input.getExtensions().containsKey("persistedQuery");
        String malformed = persisted ? malformedPersistedQuery(input.getExtensions().get("persistedQuery")) : null;
        if (malformed != null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphQLError.newError()
                    .errorType(ErrorType.BAD_REQUEST).message(malformed).build()));
        }
        CompletableFuture<PreparsedDocumentEntry> entry = persisted
                ? persistedQueries.getDocumentAsync(input, checked)
                : CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> checked.apply(input)));
        if (Boolean.TRUE.equals(input.getGraphQLContext().get(OVER_GET))) {
            return entry.thenApply(found -> onlyQueries(found, input.getOperationName()));
        }
        if (Boolean.TRUE.equals(input.getGraphQLContext().get(ONE_STREAM))) {
            return entry.thenApply(found -> onlySubscriptions(found, input.getOperationName()));
        }
        return Boolean.TRUE.equals(input.getGraphQLContext().get(ONE_ANSWER))
                ? entry.thenApply(found -> noSubscription(found, input.getOperationName()))
                : entry;
    }

    /**
     * What is wrong with {@code extensions.persistedQuery} as Apollo's protocol (version 1) shapes it:
     * {@code {version: 1, sha256Hash: "<hex>"}}; null when nothing is.
     */
    static String malformedPersistedQuery(Object persistedQuery) {
        if (!(persistedQuery instanceof Map<?, ?> fields)) {
            return "extensions.persistedQuery must be an object {version: 1, sha256Hash: \"<hex SHA-256 of the "
                    + "document>\"}";
        }
        if (!(fields.get("version") instanceof Integer version) || version != 1) {
            return "extensions.persistedQuery.version must be the number 1 (automatic persisted queries, version 1)";
        }
        if (!(fields.get("sha256Hash") instanceof String hash) || hash.isBlank()) {
            return "extensions.persistedQuery.sha256Hash must be a string: the hex SHA-256 of the document";
        }
        return null;
    }

    /** Documents cached (for tests and monitoring). */
    long size() {
        return documents.estimatedSize();
    }

    private static PreparsedDocumentEntry onlyQueries(PreparsedDocumentEntry entry, String operationName) {
        OperationDefinition.Operation operation = chosenOperation(entry, operationName);
        if (operation == null || operation == OperationDefinition.Operation.QUERY) {
            return entry;
        }
        return new PreparsedDocumentEntry(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST)
                .message("A " + operation.name().toLowerCase() + " cannot be sent with GET: use POST "
                        + "(GET /graphql serves queries only)")
                .extensions(Map.of(ALLOW_EXTENSION, "POST")).build());
    }

    private static PreparsedDocumentEntry noSubscription(PreparsedDocumentEntry entry, String operationName) {
        if (chosenOperation(entry, operationName) != OperationDefinition.Operation.SUBSCRIPTION) {
            return entry;
        }
        return new PreparsedDocumentEntry(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST)
                .message("A subscription is a stream of events, which one JSON answer cannot carry: subscribe over "
                        + "WebSocket at /graphql (subprotocol graphql-transport-ws), or POST it to /graphql with "
                        + "Accept: text/event-stream (GraphQL over server-sent events)").build());
    }

    private static PreparsedDocumentEntry onlySubscriptions(PreparsedDocumentEntry entry, String operationName) {
        OperationDefinition.Operation operation = chosenOperation(entry, operationName);
        if (operation == null || operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return entry;
        }
        return new PreparsedDocumentEntry(GraphQLError.newError().errorType(graphql.ErrorType.OperationNotSupported)
                .message("Accept: text/event-stream streams subscriptions only: send a " + operation.name()
                        .toLowerCase() + " with Accept: application/json for one JSON answer").build());
    }

    /** The operation the request runs, when the document parsed and names it unambiguously; else null. */
    private static OperationDefinition.Operation chosenOperation(PreparsedDocumentEntry entry, String operationName) {
        Document document = entry.getDocument();
        if (document == null) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operations.size() == 1 || Objects.equals(operation.getName(), operationName))
                .findFirst().map(OperationDefinition::getOperation).orElse(null);
    }

    /** Hash → parsed document, bounded; an unknown hash without its document is {@code PersistedQueryNotFound}. */
    private static final class BoundedPersistedQueries implements PersistedQueryCache {

        private final Cache<Object, PreparsedDocumentEntry> byHash;

        BoundedPersistedQueries(int size) {
            this.byHash = Caffeine.newBuilder().maximumSize(size).build();
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash, ExecutionInput input,
                PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
            String query = input.getQuery();
            boolean hashOnly = query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query);
            if (!hashOnly && !sha256(query).equalsIgnoreCase(String.valueOf(hash))) {
                throw new PersistedQueryIdInvalid(hash);
            }
            PreparsedDocumentEntry known = byHash.getIfPresent(hash);
            if (known != null) {
                return CompletableFuture.completedFuture(known);
            }
            if (hashOnly) {
                throw new PersistedQueryNotFound(hash);
            }
            PreparsedDocumentEntry entry = onMiss.apply(query);
            if (!entry.hasErrors()) {
                byHash.put(hash, entry);
            }
            return CompletableFuture.completedFuture(entry);
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
