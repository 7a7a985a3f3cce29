package io.dutygraph.api;

import io.dutygraph.api.GraphQlRequestBody.MalformedRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.ServerRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a {@code POST /graphql}, read and checked the same way whether the answer is one JSON document or a
 * stream of events: a JSON media type (else 415), at most {@code dutygraph.graphql.max-request-size} bytes (else 413:
 * a larger {@code Content-Length} is refused before anything is read, a body streamed without one is cut off one
 * byte past the limit), and one GraphQL request (else 400).
 */
final class PostedBody {

    /** A body that is not served: the status and the message are for the client. */
    static final class RefusedBodyException extends RuntimeException {

        private final HttpStatus status;

        RefusedBodyException(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    /** A body that is one GraphQL request: its bytes as sent and the request they hold. */
    record Checked(byte[] bytes, SerializableGraphQlRequest request) {
    }

    /** Besides JSON, Spring has always accepted a JSON body labelled {@code application/graphql}. */
    private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

    private final JsonMapper json;
    private final DataSize maxSize;

    PostedBody(JsonMapper json, DataSize maxSize) {
        this.json = json;
        this.maxSize = maxSize;
    }

    /** The request's body, checked; a refusal is a {@link RefusedBodyException}. */
    Checked read(ServerRequest request) throws IOException {
        Optional<MediaType> contentType = request.headers().contentType();
        if (contentType.isPresent() && !isJson(contentType.get())) {
            throw new RefusedBodyException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST /graphql takes a JSON body with "
                    + "Content-Type: application/json, not " + contentType.get().toString()
                    .replaceAll("[^\\w/+.;= -]", "?"));
        }
        byte[] bytes = bounded(request);
        try {
            return new Checked(bytes, GraphQlRequestBody.ofBody(json, bytes));
        } catch (MalformedRequestException e) {
            throw new RefusedBodyException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private byte[] bounded(ServerRequest request) throws IOException {
        long limit = maxSize.toBytes();
        if (request.servletRequest().getContentLengthLong() > limit) {
            throw tooLarge();
        }
        try (InputStream body = request.servletRequest().getInputStream()) {
            byte[] bytes = body.readNBytes(Math.toIntExact(limit + 1));
            if (bytes.length > limit) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private RefusedBodyException tooLarge() {
        return new RefusedBodyException(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than "
                + readable(maxSize) + ", the most this server takes (dutygraph.graphql.max-request-size)");
    }

    /** {@code 1MB}, {@code 64KB} or {@code 1500B}: the size as it would be configured. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.equalsTypeAndSubtype(APPLICATION_GRAPHQL)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    }
}
