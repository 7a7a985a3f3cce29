package io.dutygraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /graphql} exists for every method: the ones it does not take are 405 with {@code Allow}, never 404. GET
 * serves queries (and the WebSocket upgrade for subscriptions); a mutation over GET is refused by the API itself.
 */
@Component
class GraphQlMethodFilter extends OncePerRequestFilter {

    private static final List<String> SERVED = List.of("GET", "POST", "OPTIONS");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/graphql".equals(request.getRequestURI()) || SERVED.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Allow", String.join(", ", SERVED));
        response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value(), request.getMethod() + " is not served on /graphql");
    }
}
