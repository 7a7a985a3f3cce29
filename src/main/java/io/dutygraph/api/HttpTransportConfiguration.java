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
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of {@code /graphql}: GET for queries with ETags, POST (one JSON answer or server-sent events) with
 * every malformed or too large body answered as a GraphQL error ({@link PostedBody}), errors without empty
 * locations ({@link ErrorLocations}), the document cache with
 * automatic persisted queries, and {@code @defer} refused ({@link DeferNotServed}, one
 * of the {@link RequestGuards}). WebSocket subscriptions are Spring's own
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
    ErrorLocations errorLocations() {
        return new ErrorLocations();
    }

    @Bean
    EventStreamHandler.Answers eventStreamAnswers() {
        return new EventStreamHandler.Answers();
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

        /** Spring's handler of subscriptions over server-sent events, answering with its headers at once. */
        @Bean
        GraphQlSseHandler graphQlSseHandler(WebGraphQlHandler graphQl, GraphQlProperties properties) {
            return new SseHeadersAtOnce(graphQl, properties.getHttp().getSse().getTimeout(),
                    properties.getHttp().getSse().getKeepAlive());
        }

        /**
         * Before Spring's own routes: GET (which Spring answers 405) and POST (whose unreadable bodies Spring answers
         * with bare error pages), for one JSON answer or, checked first, for Spring's server-sent events; a WebSocket
         * upgrade is left to Spring.
         */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path,
                WebGraphQlHandler graphQl, GraphQlSseHandler sse, PlanVersions versions, JsonMapper json,
                GraphQlHttpProperties properties) {
            GetQueryHandler get = new GetQueryHandler(graphQl, versions, json, properties);
            PostedBody body = new PostedBody(json, properties.maxRequestSize());
            PostQueryHandler post = new PostQueryHandler(graphQl, body);
            EventStreamHandler events = new EventStreamHandler(sse, body);
            return RouterFunctions.route()
                    .GET(path, RequestPredicates.headers(headers -> headers.header(HttpHeaders.UPGRADE).stream()
                            .noneMatch("websocket"::equalsIgnoreCase)), get::handle)
                    .POST(path, PostQueryHandler::wantsEventStream, events::handle)
                    .POST(path, post::handle)
                    .build();
        }
    }
}
