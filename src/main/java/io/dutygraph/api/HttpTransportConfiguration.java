package io.dutygraph.api;

import io.dutygraph.graph.query.PlanVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of {@code /graphql} beyond Spring's POST: GET for queries with ETags, the document cache with
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
    GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /** Only where the app serves HTTP (the {@code load}, {@code audit} and {@code export} commands do not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class GetConfiguration {

        /** Before Spring's own route, which answers every GET on the path 405; a WebSocket upgrade is left to Spring. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path,
                WebGraphQlHandler graphQl, PlanVersions versions, JsonMapper json, GraphQlHttpProperties properties) {
            GetQueryHandler handler = new GetQueryHandler(graphQl, versions, json, properties);
            return RouterFunctions.route()
                    .GET(path, RequestPredicates.headers(headers -> headers.header(HttpHeaders.UPGRADE).stream()
                            .noneMatch("websocket"::equalsIgnoreCase)), handler::handle)
                    .build();
        }
    }
}
