package io.dutygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.ingest.PlanIngest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /graphql (queries only, ETag and 304), POST left uncached, and gzip, against the running Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpTransportTests {

    static final String PLANS = "{ plans { id taskCount } }";

    @LocalServerPort
    int port;

    @Autowired
    PlanIngest ingest;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<byte[]> get(String query, String... headers) throws IOException, InterruptedException {
        String uri = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode body(HttpResponse<byte[]> response) {
        return json.readTree(response.body());
    }

    @Test
    void aQueryOverGetIsAnsweredWithCacheHeaders() throws Exception {
        HttpResponse<byte[]> response = get(PLANS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).at("/data/plans/0/id").asString()).isEqualTo("wujiang-2024");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60, must-revalidate");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("W/\""));
        assertThat(response.headers().firstValue("Pragma")).isEmpty();
    }

    @Test
    void aMutationOrSubscriptionOverGetIsRefusedWith405() throws Exception {
        for (String document : new String[] {"mutation { plans { id } }", "subscription { plansChanged { kind } }"}) {
            HttpResponse<byte[]> response = get(document);
            assertThat(response.statusCode()).as(document).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
            assertThat(body(response).at("/errors/0/message").asString()).contains("cannot be sent with GET");
            assertThat(body(response).at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(response.headers().firstValue("ETag")).isEmpty();
        }
    }

    @Test
    void ifNoneMatchWithTheETagIsNotModified() throws Exception {
        String etag = get(PLANS).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(PLANS, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(PLANS, "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
        assertThat(get("{ plans { id } }").headers().firstValue("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theETagChangesAfterAPlanLoad() throws Exception {
        String before = get(PLANS).headers().firstValue("ETag").orElseThrow();
        ingest.ingest(new ClassPathResource("plans/wujiang-2024.txt"));
        HttpResponse<byte[]> after = get(PLANS, "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before).isPresent();
    }

    @Test
    void postAnswersAreNotCached() throws Exception {
        HttpResponse<byte[]> response = post("{\"query\":\"" + PLANS + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    /**
     * Under {@code application/graphql-response+json} only an answer without a {@code data} entry is 400: a field
     * error that nulls the root ({@code data: null}) is a partial response, 200 as GraphQL over HTTP recommends.
     */
    @Test
    void anAnswerWhoseDataIsNullIs200AndOneWithoutDataIs400() throws Exception {
        String accept = "application/graphql-response+json";
        String nulled = "{ tasks(first: 101) { totalCount } }";
        for (HttpResponse<byte[]> response : List.of(post("{\"query\":\"" + nulled + "\"}", "Accept", accept),
                get(nulled, "Accept", accept))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body(response).has("data")).isTrue();
            assertThat(body(response).get("data").isNull()).isTrue();
            assertThat(body(response).at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(response.headers().firstValue("ETag")).isEmpty();
        }
        for (HttpResponse<byte[]> response : List.of(post("{\"query\":\"{ nothing }\"}", "Accept", accept),
                get("{ nothing }", "Accept", accept))) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body(response).has("data")).isFalse();
        }
    }

    @Test
    void deferIsNeitherAdvertisedNorSilentlyIgnored() throws Exception {
        JsonNode directives = body(post("{\"query\":\"{ __schema { directives { name } } }\"}")).at("/data/__schema/directives");
        assertThat(directives.findValuesAsString("name")).contains("include", "skip").doesNotContain("defer");
        JsonNode deferred = body(post("{\"query\":\"{ plans { id ... @defer { taskCount } } }\"}"));
        assertThat(deferred.at("/errors/0/message").asString()).contains("@defer is not supported");
        assertThat(deferred.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aPersistedQueryIsUnknownThenRegisteredThenSentAsItsHashAlone() throws Exception {
        String query = "{ plans { id title } }";
        String extensions = "\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)))
                + "\"}}";
        JsonNode unknown = body(post("{" + extensions + "}"));
        assertThat(unknown.at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(body(post("{\"query\":\"" + query + "\"," + extensions + "}")).at("/data/plans/0/id").asString())
                .isEqualTo("wujiang-2024");
        assertThat(body(post("{" + extensions + "}")).at("/data/plans/0/id").asString()).isEqualTo("wujiang-2024");
        String overGet = "http://localhost:" + port + "/graphql?extensions="
                + URLEncoder.encode(extensions.substring(extensions.indexOf(':') + 1), StandardCharsets.UTF_8);
        HttpResponse<byte[]> hashOnlyGet = http.send(HttpRequest.newBuilder(URI.create(overGet)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(body(hashOnlyGet).at("/data/plans/0/id").asString()).isEqualTo("wujiang-2024");
        assertThat(hashOnlyGet.headers().firstValue("ETag")).isPresent();
        JsonNode mismatch = body(post("{\"query\":\"{ plans { id } }\"," + extensions + "}"));
        assertThat(mismatch.at("/errors/0/message").asString()).isEqualTo("PersistedQueryIdInvalid");
    }

    @Test
    void thePublishedSchemaIsTheServedOne(@Autowired GraphQlSource served) throws Exception {
        assertThat(SchemaExport.print(SchemaExport.build(Path.of("graphql-schema"))))
                .isEqualTo(SchemaExport.print(served.schema()))
                .contains("plansChanged: PlanChange!").doesNotContain("@defer");
    }

    @Test
    void largeAnswersAreGzipped() throws Exception {
        String query = "{ __schema { types { name description fields { name description } } } }";
        for (HttpResponse<byte[]> response : List.of(get(query, "Accept-Encoding", "gzip"),
                post("{\"query\":\"" + query + "\"}", "Accept-Encoding", "gzip"))) {
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
            assertThat(json.readTree(plain).at("/data/__schema/types").size()).isGreaterThan(20);
            assertThat(plain.length).isGreaterThan(response.body().length * 3);
        }
    }
}
