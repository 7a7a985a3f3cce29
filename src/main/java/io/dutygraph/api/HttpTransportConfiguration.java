package io.dutygraph.api;

import io.dutygraph.graph.query.PlanVersions;
import jakarta.websocket.server.ServerContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of {@code /graphql}: GET for queries with ETags, POST with every malformed request answered as a
 * GraphQL error ({@link PostQueryHandler}), subscriptions over server-sent events ({@link EventStreamHandler}), the
 * document cache with automatic persisted queries, and {@code @defer} refused ({@link DeferNotServed}, one of the
 * {@link RequestGuards}). WebSocket subscriptions are Spring's own
 * ({@code spring.graphql.websocket.path}); compression is Tomcat's ({@code server.compression.*}).
 */
@Configuration(proxyBeanMethods = false)
class HttpTransportConfiguration {

    @Bean
    DocumentCache documentCache(GraphQlHttpProperties properties) {
        return new DocumentCache(properties);
    }

    @Bean
    SubscriptionLimit subscriptionLimit(GraphQlHttpProperties properties) {
        return new SubscriptionLimit(properties.maxSubscriptionsPerClient());
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /** Only where the app serves HTTP (the {@code load}, {@code audit} and {@code export} commands do not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class GetConfiguration {

        /**
         * WebSocket messages up to {@code dutygraph.graphql.websocket-max-message-size} (Tomcat's default: 8 KB), set
         * on the servlet container's WebSocket container where there is one (a mock servlet context has none).
         */
        @Bean
        ServletContextAware webSocketMessageSize(GraphQlHttpProperties properties) {
            int size = Math.toIntExact(properties.websocketMaxMessageSize().toBytes());
            return servletContext -> {
                if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                    container.setDefaultMaxTextMessageBufferSize(size);
                }
            };
        }

        /** Spring's handler of subscriptions over server-sent events, keeping the errors of a refused request. */
        @Bean
        EventStreamHandler graphQlSseHandler(WebGraphQlHandler graphQl, JsonMapper json, GraphQlProperties properties) {
            return new EventStreamHandler(graphQl, json, properties.getHttp().getSse().getTimeout(),
                    properties.getHttp().getSse().getKeepAlive());
        }

        /**
         * Before Spring's own routes: GET (which Spring answers 405) and POST with a JSON answer (whose unreadable
         * bodies Spring answers with bare error pages); a WebSocket upgrade and a POST asking for
         * {@code text/event-stream} are left to Spring.
         */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path,
                WebGraphQlHandler graphQl, PlanVersions versions, JsonMapper json, GraphQlHttpProperties properties) {
            GetQueryHandler get = new GetQueryHandler(graphQl, versions, json, properties);
            PostQueryHandler post = new PostQueryHandler(graphQl, json);
            return RouterFunctions.route()
                    .GET(path, RequestPredicates.headers(headers -> headers.header(HttpHeaders.UPGRADE).stream()
                            .noneMatch("websocket"::equalsIgnoreCase)), get::handle)
                    .POST(path, request -> !PostQueryHandler.wantsEventStream(request), post::handle)
                    .build();
        }
    }
}
