package io.dutygraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.dutygraph.graph.query.AmbiguousNameException;
import io.dutygraph.graph.query.UnknownJurisdictionException;
import io.dutygraph.graph.query.UnknownNameException;
import io.dutygraph.graph.query.UnknownPlanException;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Maps the typed exceptions of the query layer and the API to GraphQL errors with a classification. */
@ControllerAdvice
class ApiExceptionHandler {

    @GraphQlExceptionHandler
    GraphQLError unknownName(UnknownNameException exception, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.NOT_FOUND).message(exception.getMessage())
                .extensions(Map.of("name", exception.name(), "suggestions", exception.suggestions())).build();
    }

    @GraphQlExceptionHandler
    GraphQLError unknownPlan(UnknownPlanException exception, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.NOT_FOUND).message(exception.getMessage())
                .extensions(Map.of("knownPlans", exception.knownPlans())).build();
    }

    @GraphQlExceptionHandler
    GraphQLError ambiguousName(AmbiguousNameException exception, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.BAD_REQUEST).message(exception.getMessage())
                .extensions(Map.of("names", exception.names(), "jurisdictions", exception.jurisdictions())).build();
    }

    @GraphQlExceptionHandler
    GraphQLError unknownJurisdiction(UnknownJurisdictionException exception, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.NOT_FOUND).message(exception.getMessage())
                .extensions(Map.of("knownJurisdictions", exception.knownJurisdictions())).build();
    }

    @GraphQlExceptionHandler({PageSizeException.class, InvalidCursorException.class, InvalidArgumentException.class})
    GraphQLError badRequest(RuntimeException exception, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.BAD_REQUEST)
                .message(exception.getMessage()).build();
    }
}
