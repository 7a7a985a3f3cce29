package io.dutygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of a GraphQL-over-HTTP request, checked before anything runs: {@code query} a string (absent only
 * with a persisted query's hash), {@code operationName} a string, {@code variables} and {@code extensions} JSON
 * objects. What is wrong is said in terms of the request, never of the Java types that read it.
 */
final class GraphQlRequestBody {

    /** A request that cannot be read as a GraphQL request; its message is for the client. */
    static final class MalformedRequestException extends RuntimeException {
        MalformedRequestException(String message) {
            super(message);
        }
    }

    private GraphQlRequestBody() {
    }

    /** A POST body: one JSON object (a JSON array, i.e. a batch, is not served). */
    static SerializableGraphQlRequest ofBody(JsonMapper json, byte[] body) {
        if (isBlank(body)) {
            throw new MalformedRequestException("The request body is empty: send a JSON object "
                    + "{\"query\": \"…\", \"variables\": {…}, \"operationName\": \"…\"}");
        }
        Object parsed = parse(json, body, "The request body");
        if (parsed instanceof List<?>) {
            throw new MalformedRequestException("Batched requests (a JSON array) are not served: send one JSON "
                    + "object {\"query\": \"…\"} per request");
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            throw new MalformedRequestException("The request body must be a JSON object {\"query\": \"…\"}");
        }
        return of(fields.get("query"), fields.get("operationName"), fields.get("variables"), fields.get("extensions"));
    }

    /** A JSON-encoded parameter of a GET request ({@code variables}, {@code extensions}); null when absent. */
    static Object parameter(JsonMapper json, String name, String value) {
        return value == null || value.isBlank() ? null
                : parse(json, value.getBytes(StandardCharsets.UTF_8), "The " + name + " parameter");
    }

    /** The request from its four parameters as decoded from JSON, each checked. */
    @SuppressWarnings("unchecked")
    static SerializableGraphQlRequest of(Object query, Object operationName, Object variables, Object extensions) {
        if (query != null && !(query instanceof String)) {
            throw new MalformedRequestException("query must be a string holding the GraphQL document");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new MalformedRequestException("operationName must be a string");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new MalformedRequestException("variables must be a JSON object (name → value)");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw new MalformedRequestException("extensions must be a JSON object");
        }
        if ((query == null || ((String) query).isBlank())
                && (extensions == null || !((Map<?, ?>) extensions).containsKey("persistedQuery"))) {
            throw new MalformedRequestException("query is required: the GraphQL document as a string "
                    + "(or extensions.persistedQuery with a registered document's hash)");
        }
        SerializableGraphQlRequest request = new SerializableGraphQlRequest();
        request.setQuery((String) query);
        request.setOperationName(operationName == null || ((String) operationName).isEmpty() ? null
                : (String) operationName);
        request.setVariables(variables == null ? Map.of() : (Map<String, Object>) variables);
        request.setExtensions(extensions == null ? Map.of() : (Map<String, Object>) extensions);
        return request;
    }

    private static Object parse(JsonMapper json, byte[] text, String what) {
        try {
            return json.readValue(text, Object.class);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")";
            throw new MalformedRequestException(what + " is not valid JSON" + where + ": " + firstLine(e));
        }
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
