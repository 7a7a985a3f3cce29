package io.dutygraph.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Spring's handler of subscriptions over server-sent events, but the stream's status and headers are sent at once.
 * Spring sends them with the first event, which for {@code plansChanged} is the next plan load or the first
 * keep-alive 15 s later: until then a client cannot tell that it is subscribed (graphql-sse's {@code connected}
 * fires only then).
 */
final class SseHeadersAtOnce extends GraphQlSseHandler {

    SseHeadersAtOnce(WebGraphQlHandler graphQl, Duration timeout, Duration keepAlive) {
        super(graphQl, timeout, keepAlive);
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
        return new HeadersAtOnce(super.prepareResponse(request, response));
    }

    /**
     * The event stream, its status and headers committed before the stream subscribes to its events (so no event
     * can be written meanwhile); what the stream sets on the committed response afterwards is ignored.
     */
    private record HeadersAtOnce(ServerResponse stream) implements ServerResponse {

        @Override
        public HttpStatusCode statusCode() {
            return stream.statusCode();
        }

        @Override
        public HttpHeaders headers() {
            return stream.headers();
        }

        @Override
        public MultiValueMap<String, Cookie> cookies() {
            return stream.cookies();
        }

        @Override
        public ModelAndView writeTo(HttpServletRequest request, HttpServletResponse response, Context context)
                throws ServletException, IOException {
            response.setStatus(stream.statusCode().value());
            stream.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
            if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
            response.flushBuffer();
            return stream.writeTo(request, response, context);
        }
    }
}
