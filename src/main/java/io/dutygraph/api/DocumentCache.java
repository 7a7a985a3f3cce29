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
        CompletableFuture<PreparsedDocumentEntry> entry = input.getExtensions() != null
                && input.getExtensions().containsKey("persistedQuery")
                ? persistedQueries.getDocumentAsync(input, checked)
                : CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> checked.apply(input)));
        return Boolean.TRUE.equals(input.getGraphQLContext().get(OVER_GET))
                ? entry.thenApply(found -> onlyQueries(found, input.getOperationName()))
                : entry;
    }

    /** Documents cached (for tests and monitoring). */
    long size() {
        return documents.estimatedSize();
    }

    private static PreparsedDocumentEntry onlyQueries(PreparsedDocumentEntry entry, String operationName) {
        Document document = entry.getDocument();
        if (document == null) {
            return entry;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition chosen = operations.stream()
                .filter(operation -> operations.size() == 1 || Objects.equals(operation.getName(), operationName))
                .findFirst().orElse(null);
        if (chosen == null || chosen.getOperation() == OperationDefinition.Operation.QUERY) {
            return entry;
        }
        return new PreparsedDocumentEntry(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST)
                .message("A " + chosen.getOperation().name().toLowerCase() + " cannot be sent with GET: use POST "
                        + "(GET /graphql serves queries only)")
                .extensions(Map.of(ALLOW_EXTENSION, "POST")).build());
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
