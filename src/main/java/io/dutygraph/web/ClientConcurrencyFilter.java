package io.dutygraph.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One client cannot starve the rest: each client address may have {@code max-concurrent-requests-per-client}
 * GraphQL requests running; one more is answered 429 at once, before any work. A request holds its place until
 * its (asynchronous) answer is complete. Subscriptions are limited apart: over server-sent events they pass this
 * filter, and over WebSocket only the handshake does.
 */
@Component
class ClientConcurrencyFilter extends OncePerRequestFilter {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final int limit;
    private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

    ClientConcurrencyFilter(HttpProperties properties) {
        this.limit = properties.maxConcurrentRequestsPerClient();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/graphql".equals(request.getRequestURI()) || "OPTIONS".equals(request.getMethod())
                || isEventStream(request);
    }

    /**
     * A subscription over server-sent events lasts as long as its client, so it would hold a place for good: it is
     * counted among the client's subscriptions instead ({@code dutygraph.graphql.max-subscriptions-per-client}), as
     * one over WebSocket is.
     */
    static boolean isEventStream(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!"POST".equals(request.getMethod()) || accept == null || !accept.contains("text/event-stream")) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().noneMatch(type -> type.isCompatibleWith(
                    MediaType.APPLICATION_JSON) || type.isCompatibleWith(GRAPHQL_RESPONSE));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (running.merge(client, 1, Integer::sum) > limit) {
            release(client);
            tooMany(response);
            return;
        }
        Runnable done = once(() -> release(client));
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseOnCompletion(done));
            } else {
                done.run();
            }
        }
    }

    private void release(String client) {
        running.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
    }

    private void tooMany(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"errors\":[{\"message\":\"Too many concurrent requests from this client (at most "
                + limit + ", dutygraph.http.max-concurrent-requests-per-client)\",\"extensions\":"
                + "{\"classification\":\"TOO_MANY_REQUESTS\"}}]}");
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        return () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private record ReleaseOnCompletion(Runnable done) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            done.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            done.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            done.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
