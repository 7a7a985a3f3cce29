package io.dutygraph.api;

import graphql.ExecutionResult;
import io.dutygraph.api.GraphQlRequestBody.MalformedRequestException;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions over server-sent events ({@code POST /graphql} with {@code Accept: text/event-stream}): Spring's
 * handler, with three changes a client sees.
 * <ul>
 * <li>A body that holds no GraphQL request is refused as POST refuses it ({@link PostQueryHandler}): 400 with one
 * {@code BAD_REQUEST} error saying what is wrong, where Spring answers an empty 400.</li>
 * <li>Spring answers every request that yields no event stream with "SSE handler supports only subscriptions", so a
 * subscription with a typo, one that does not parse, an unknown persisted query or a client over its subscription
 * limit all read as if a query had been sent. Here such an answer without data is streamed as it is — one
 * {@code next} event with its errors, then {@code complete}, as the GraphQL over SSE protocol asks for errors found
 * before execution — and a query or mutation that ran gets Spring's {@code OperationNotSupported}.</li>
 * <li>Spring sends the status and headers with the first event, which for {@code plansChanged} is the next plan load
 * or the first keep-alive 15 s later: until then the client cannot tell that it is subscribed (graphql-sse's
 * {@code connected} fires only then). Here they are sent at once.</li>
 * </ul>
 */
final class EventStreamHandler extends GraphQlSseHandler {

    private final WebGraphQlHandler graphQl;
    private final JsonMapper json;

    EventStreamHandler(WebGraphQlHandler graphQl, JsonMapper json, Duration timeout, Duration keepAlive) {
        super(graphQl, timeout, keepAlive);
        this.graphQl = graphQl;
        this.json = json;
    }

    /** The body read as POST reads it: one that holds no GraphQL request is a 400 saying why, not a bare 400. */
    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        try {
            return prepareResponse(request, graphQl.handleRequest(PostQueryHandler.readRequest(request, json)));
        } catch (MalformedRequestException e) {
            return HttpAnswers.refused(request, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new ServletException("Reading the request body failed", e);
        }
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
        return new HeadersAtOnce(super.prepareResponse(request, response.map(EventStreamHandler::refusalAsStream)));
    }

    private static WebGraphQlResponse refusalAsStream(WebGraphQlResponse response) {
        if (response.getData() != null || response.getErrors().isEmpty()) {
            return response;
        }
        ExecutionResult refusal = response.getExecutionResult();
        return response.transform(stream -> stream.data(Flux.just(refusal)));
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
