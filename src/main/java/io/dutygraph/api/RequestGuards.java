package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The app's own instrumentations as one, which GraphQL uses as it is (LimitsConfiguration#unchainedInstrumentation).
 * graphql-java's {@code ChainedInstrumentation} calls every member on every hook of every field, and wraps their
 * contexts; of the
 * app's guards only {@link ExecutionBudget} (each field fetch), {@link DeferNotServed} (the schema's directive
 * list) and {@link FailedConnections} (a failed connection field is null) need a field hook. The depth and cost limits and the {@link ReadinessGate} act once per operation, so here
 * they are asked once, and each field costs one call into this class instead of five.
 *
 * <p>The operation checks run in the order the chain ran them: depth, cost, then readiness.
 */
final class RequestGuards extends SimplePerformantInstrumentation {

    private final DeferNotServed defer;
    private final Instrumentation depth;
    private final Instrumentation complexity;
    private final ReadinessGate readiness;
    private final ExecutionBudget budget;

    RequestGuards(DeferNotServed defer, Instrumentation depth, Instrumentation complexity, ReadinessGate readiness,
            ExecutionBudget budget) {
        this.defer = defer;
        this.depth = depth;
        this.complexity = complexity;
        this.readiness = readiness;
        this.budget = budget;
    }

    /** The states of the members that keep one: the cost limit and the budget. */
    private record State(InstrumentationState complexity, InstrumentationState budget) implements InstrumentationState {
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return stateOf(complexity, parameters).thenCombine(stateOf(budget, parameters), State::new);
    }

    private static CompletableFuture<InstrumentationState> stateOf(Instrumentation member,
            InstrumentationCreateStateParameters parameters) {
        CompletableFuture<InstrumentationState> state = member.createStateAsync(parameters);
        return state != null ? state : CompletableFuture.completedFuture(null);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return complexity.beginValidation(parameters, ((State) state).complexity());
    }

    /** Each check throws to refuse the operation; none of them watches the operation once it runs. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        depth.beginExecuteOperation(parameters, null);
        complexity.beginExecuteOperation(parameters, ((State) state).complexity());
        readiness.beginExecuteOperation(parameters, null);
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return FailedConnections.nullWhenFailed(defer.instrumentDataFetcher(fetcher, parameters, null), parameters);
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return budget.beginFieldFetch(parameters, ((State) state).budget());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return budget.instrumentExecutionResult(result, parameters, ((State) state).budget());
    }
}
