package io.dutygraph.api;

import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code totalCount} and {@code nodes} of the connections. When a connection field fails (a page size above the
 * maximum, a bad cursor), Spring for GraphQL answers the error with an empty connection of its own that lacks
 * these two fields; without this the client would get two extra non-null violations on top of the real error.
 */
@Controller
class ConnectionController {

    @SchemaMapping(typeName = "TaskConnection", field = "totalCount")
    int taskTotalCount(Object connection) {
        return connection instanceof Connection<?> page ? page.totalCount() : 0;
    }

    @SchemaMapping(typeName = "UnitConnection", field = "totalCount")
    int unitTotalCount(Object connection) {
        return taskTotalCount(connection);
    }

    @SchemaMapping(typeName = "TaskConnection", field = "nodes")
    List<?> taskNodes(Object connection) {
        return connection instanceof Connection<?> page ? page.nodes() : List.of();
    }

    @SchemaMapping(typeName = "UnitConnection", field = "nodes")
    List<?> unitNodes(Object connection) {
        return taskNodes(connection);
    }
}
