package io.dutygraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API and pages are public and read-only, so nobody logs in: Spring Security contributes its default response
 * headers (nosniff, frame denial, no caching of API answers) and a Content-Security-Policy that lets pages load
 * only the app's own scripts and talk only to the app. No session or cookie exists, so there is nothing for CSRF
 * to ride on. Health details are shown to no one ({@code show-details: when-authorized}, and no one is).
 *
 * <p>The GraphQL endpoint's CORS rules ({@code spring.graphql.cors.*}) apply here, ahead of the app's filters, not
 * only where Spring MVC routes the request: an answer a filter gives itself (429 from the client limit) must carry
 * {@code Access-Control-Allow-Origin} too, or the page of an allowed origin sees a bare network error instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, GraphQlCorsProperties cors, GraphQlProperties graphQl)
            throws Exception {
        return http
                .cors(filter -> filter.configurationSource(graphQlCors(cors, graphQl.getHttp().getPath())))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * Observations are off ({@code management.observations}), yet Spring Security would still wrap each of its
     * filters in a no-op observation on every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The origins, methods and headers allowed on the GraphQL path, on the defaults Spring MVC's registration starts
     * from (any request header, max age 30 minutes) as Boot's own GraphQL CORS mapping does; none when no origin is
     * configured.
     */
    static CorsConfigurationSource graphQlCors(GraphQlCorsProperties properties, String path) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration configuration = properties.toCorsConfiguration();
        if (configuration != null) {
            source.registerCorsConfiguration(path, new CorsConfiguration().applyPermitDefaultValues().combine(configuration));
        }
        return source;
    }
}
