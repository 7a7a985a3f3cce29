package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;

/**
 * Stops an execution that outruns its budget, whatever its cost estimate said: past the request timeout, past
 * {@code max-fields} resolved fields, once the application is shutting down, or once its client has gone away
 * (asked at most every {@value #CLIENT_CHECK_MILLIS} ms). It cancels the execution (graphql-java then fetches
 * nothing more) and answers with one typed error and no partial data.
 */
final class ExecutionBudget extends SimplePerformantInstrumentation {

    static final long CLIENT_CHECK_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(ExecutionBudget.class);
    private static final BooleanSupplier ALWAYS_CONNECTED = () -> true;

    private final ApiProperties properties;
    private final BooleanSupplier shuttingDown;

    ExecutionBudget(ApiProperties properties, BooleanSupplier shuttingDown) {
        this.properties = properties;
        this.shuttingDown = shuttingDown;
    }

    private static final class Spent implements InstrumentationState {
        private final long startNanos = System.nanoTime();
        private final AtomicLong fields = new AtomicLong();
        private final AtomicReference<GraphQLError> stop = new AtomicReference<>();
        private final BooleanSupplier clientConnected;
        private volatile long clientCheckedNanos = startNanos;

        Spent(BooleanSupplier clientConnected) {
            this.clientConnected = clientConnected;
        }

        /** Whether the client has gone away, asked at most every {@value #CLIENT_CHECK_MILLIS} ms. */
        boolean clientGone(long now) {
            if (now - clientCheckedNanos < CLIENT_CHECK_MILLIS * 1_000_000) {
                return false;
            }
            clientCheckedNanos = now;
            return !clientConnected.getAsBoolean();
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        Object connected = parameters.getExecutionInput().getGraphQLContext().get(ClientConnectionInterceptor.CONTEXT_KEY);
        return CompletableFuture.completedFuture(
                new Spent(connected instanceof BooleanSupplier supplier ? supplier : ALWAYS_CONNECTED));
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (state instanceof Spent spent && spent.stop.get() == null && !isSubscription(parameters)) {
            GraphQLError overrun = overrun(spent);
            if (overrun != null && spent.stop.compareAndSet(null, overrun)) {
                parameters.getExecutionContext().getExecutionInput().cancel();
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * A subscription lives as long as its client stays connected and resolves a small selection per event (its
     * depth and cost were checked when it subscribed), so neither the timeout nor the field count applies to it.
     */
    private static boolean isSubscription(InstrumentationFieldFetchParameters parameters) {
        return parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.SUBSCRIPTION;
    }

    private GraphQLError overrun(Spent spent) {
        if (spent.fields.incrementAndGet() > properties.maxFields()) {
            return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message("The response would hold more "
                    + "than " + properties.maxFields() + " fields (dutygraph.api.max-fields): ask for smaller pages "
                    + "or fewer nested lists").build();
        }
        long now = System.nanoTime();
        if (now - spent.startNanos > properties.timeout().toNanos()) {
            return GraphQLError.newError().errorType(ServiceErrorType.TIMEOUT).message("The request ran longer than "
                    + properties.timeout().toMillis() + " ms (dutygraph.api.timeout) and was stopped").build();
        }
        if (shuttingDown.getAsBoolean()) {
            return GraphQLError.newError().errorType(ServiceErrorType.UNAVAILABLE).message("DutyGraph is shutting "
                    + "down and stopped this request; try again shortly").build();
        }
        if (spent.clientGone(now)) {
            log.debug("Stopped a request whose client went away, after {} fields in {} ms", spent.fields.get(),
                    (now - spent.startNanos) / 1_000_000);
            return GraphQLError.newError().errorType(ServiceErrorType.UNAVAILABLE).message("The client went away; "
                    + "the request was stopped").build();
        }
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Spent spent && spent.stop.get() != null) {
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(spent.stop.get())
                    .build());
        }
        return CompletableFuture.completedFuture(result);
    }
}
