package io.dutygraph.api;

import graphql.TrivialDataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.ChapterView;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.Partner;
import io.dutygraph.graph.query.PlanView;
import io.dutygraph.graph.query.SectionView;
import io.dutygraph.graph.query.TargetView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * What every Node and every connection type shares: ids, the Node type resolver, totalCount and nodes; and the
 * fields asked so often per request that they are plain data fetchers rather than controller methods.
 */
@Configuration(proxyBeanMethods = false)
class SchemaWiring {

    /** The GraphQL type of each view record that implements Node. */
    private static final Map<Class<?>, String> NODE_TYPES = Map.of(PlanView.class, "Plan", ChapterView.class, "Chapter",
            SectionView.class, "Section", TaskView.class, "Task", UnitView.class, "Unit", OfficialView.class, "Official",
            AssignmentView.class, "Assignment", TargetView.class, "Target");

    private static final List<String> CONNECTION_TYPES = List.of("TaskConnection", "UnitConnection", "TargetConnection",
            "OfficialConnection", "AssignmentConnection");

    private static final Connection.PageInfo EMPTY_PAGE = new Connection.PageInfo(false, false, null, null);

    @Bean
    RuntimeWiringConfigurer nodesAndConnections() {
        // Trivial: pure reads of the source, which Spring then leaves unwrapped (no per-field context propagation).
        TrivialDataFetcher<String> id = environment -> GlobalIds.of(environment.getSource());
        // Spring for GraphQL answers a connection field that returned nothing with an empty connection of its own,
        // lacking these two (a field that failed is null instead: FailedConnections).
        TrivialDataFetcher<Integer> totalCount = environment -> environment.getSource() instanceof Connection<?> page
                ? page.totalCount() : 0;
        TrivialDataFetcher<List<?>> nodes = environment -> environment.getSource() instanceof Connection<?> page
                ? page.nodes() : List.of();
        TrivialDataFetcher<List<?>> edges = environment -> environment.getSource() instanceof Connection<?> page
                ? page.edges() : List.of();
        TrivialDataFetcher<Connection.PageInfo> pageInfo = environment ->
                environment.getSource() instanceof Connection<?> page ? page.pageInfo() : EMPTY_PAGE;
        TypeResolver nodeType = environment -> {
            Object source = environment.getObject();
            String name = NODE_TYPES.get(source.getClass());
            GraphQLObjectType type = name == null ? null : environment.getSchema().getObjectType(name);
            if (type == null) {
                throw new IllegalStateException("no Node type for " + source.getClass().getSimpleName());
            }
            return type;
        };
        return builder -> {
            builder.type("Node", type -> type.typeResolver(nodeType));
            builder.type("Task", type -> type.dataFetcher("leaders", KnownLeaders.fetcher())
                    .dataFetcher("assignments", TaskAssignments.all())
                    .dataFetcher("leadUnits", TaskAssignments.leadUnits())
                    .dataFetcher("supportUnits", TaskAssignments.supportUnits()));
            NODE_TYPES.values().stream().filter(name -> !name.equals("Plan"))
                    .forEach(name -> builder.type(name, type -> type.dataFetcher("id", id)));
            CONNECTION_TYPES.forEach(name -> builder.type(name, type -> type.dataFetcher("totalCount", totalCount)
                    .dataFetcher("nodes", nodes).dataFetcher("edges", edges).dataFetcher("pageInfo", pageInfo)));
            // A partner edge's item is the partner with what it shares; its node is the partner unit.
            builder.type("PartnerConnection", type -> type.dataFetcher("totalCount", totalCount).dataFetcher("edges", edges)
                    .dataFetcher("pageInfo", pageInfo).dataFetcher("nodes", environment -> environment
                    .getSource() instanceof Connection<?> page ? page.nodes().stream().map(p -> ((Partner) p).unit())
                    .toList() : List.of()));
            builder.type("PartnerEdge", type -> type
                    .dataFetcher("node", environment -> partner(environment.getSource()).unit())
                    .dataFetcher("sharedTaskCount", environment -> partner(environment.getSource()).sharedTaskCount())
                    .dataFetcher("tasks", environment -> partner(environment.getSource()).tasks()));
        };
    }

    /** {@code Unit.tasks}, asked once for each unit of a page: see {@link UnitController#tasks}. */
    @Bean
    RuntimeWiringConfigurer unitTasks(UnitController units) {
        return builder -> builder.type("Unit", type -> type.dataFetcher("tasks", units::tasks));
    }

    private static Partner partner(Object edge) {
        return (Partner) ((Connection.Edge<?>) edge).node();
    }
}
