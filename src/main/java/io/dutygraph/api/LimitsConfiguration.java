package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/** Query depth, complexity and time limits from {@link ApiProperties}; rejections are BAD_REQUEST errors. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /**
     * The app's guards as one instrumentation (see {@link RequestGuards}): Spring chains every Instrumentation bean,
     * and the chain calls each member on every field.
     */
    @Bean
    RequestGuards requestGuards(ApiProperties properties, ApplicationAvailability availability,
            ShutdownSignal shutdownSignal) {
        return new RequestGuards(new DeferNotServed(), maxQueryDepth(properties), maxQueryComplexity(properties),
                new ReadinessGate(availability), new ExecutionBudget(properties, shutdownSignal::isShuttingDown));
    }

    static MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
                        : atOperation(parameters, () -> super.beginExecuteOperation(parameters, state));
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return rejection("Query depth " + depth + " exceeds the maximum of " + maxDepth);
            }
        };
    }

    static MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.maxComplexity(), new QueryCost(properties)) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
                        : atOperation(parameters, () -> super.beginExecuteOperation(parameters, state));
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return rejection("Query cost of at least " + complexity + " (fields the server would resolve, each "
                        + "list counted by its page size or estimated length) exceeds the maximum of " + maxComplexity
                        + ": ask for smaller pages or fewer nested lists");
            }
        };
    }

    /**
     * Spring wraps the Instrumentation beans in a ChainedInstrumentation, which costs on every field even around a
     * single member; the app's one bean ({@link RequestGuards}) is used as it is. More beans keep Spring's chain.
     */
    @Bean
    GraphQlSourceBuilderCustomizer unchainedInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> {
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (all.size() == 1) {
                graphQl.instrumentation(all.get(0));
            }
        });
    }

    @Bean
    ShutdownSignal shutdownSignal() {
        return new ShutdownSignal();
    }

    @Bean
    ClientConnectionInterceptor clientConnectionInterceptor() {
        return new ClientConnectionInterceptor();
    }

    @Bean
    TimeoutWebGraphQlInterceptor timeoutInterceptor(ApiProperties properties) {
        return new TimeoutWebGraphQlInterceptor(properties.timeout());
    }

    // GraphiQL's schema query nests deeper than any data query needs; graphql-java's good-faith introspection
    // check already bounds introspection, so the data limits leave it alone.
    static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
        return parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }

    /** Runs a check; a refusal names where the operation starts, as graphql-java's own errors name their place. */
    static InstrumentationContext<ExecutionResult> atOperation(InstrumentationExecuteOperationParameters parameters,
            Supplier<InstrumentationContext<ExecutionResult>> check) {
        try {
            return check.get();
        } catch (AbortExecutionException refusal) {
            SourceLocation start = parameters.getExecutionContext().getOperationDefinition().getSourceLocation();
            if (start == null) {
                throw refusal;
            }
            throw new AbortExecutionException(refusal.getUnderlyingErrors().stream().map(error -> GraphQLError
                    .newError().errorType(error.getErrorType()).message(error.getMessage()).location(start).build())
                    .toList());
        }
    }

    private static AbortExecutionException rejection(String message) {
        return new AbortExecutionException(List.of(
                GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }
}
