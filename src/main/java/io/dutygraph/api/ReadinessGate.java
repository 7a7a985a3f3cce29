package io.dutygraph.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * While the app is not ready — the bundled plan still loading at start-up, or the store found inconsistent — a
 * query is answered with one {@code UNAVAILABLE} error saying so, not with "unknown unit" answers from a graph
 * that is not there yet. Introspection is answered regardless (the schema does not depend on the data), and a
 * subscription is accepted: subscribing reads nothing, and its first event is often the very load the app waits for
 * (the bundled plan's {@code LOADED}); each event's fields are read once that load has committed.
 */
final class ReadinessGate extends SimplePerformantInstrumentation {

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC
                && !LimitsConfiguration.isIntrospection(parameters) && !isSubscription(parameters)) {
            throw new AbortExecutionException(List.of(GraphQLError.newError().errorType(ServiceErrorType.UNAVAILABLE)
                    .message("DutyGraph is not ready: it is starting (loading the bundled plan) or its database "
                            + "failed a check (see /actuator/health/readiness); try again shortly").build()));
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static boolean isSubscription(InstrumentationExecuteOperationParameters parameters) {
        return parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.SUBSCRIPTION;
    }
}
