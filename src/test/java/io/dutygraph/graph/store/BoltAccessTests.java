package io.dutygraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dutygraph.graph.store.Neo4jProperties.Embedded;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/** Bolt belongs to the app: nobody writes without its password, and Cypher reads no file and fetches no URL. */
class BoltAccessTests {

    static EmbeddedNeo4jServer start(Path home, BoltAccess access) {
        return EmbeddedNeo4jServer.start(new Embedded(true, home.toString(), "localhost", 0, "8m", "64m", true, access, List.of()));
    }

    static Driver driver(EmbeddedNeo4jServer server, AuthToken login) {
        return GraphDatabase.driver(server.boltUri().orElseThrow(), login);
    }

    static void run(EmbeddedNeo4jServer server, AuthToken login, String cypher) {
        try (Driver driver = driver(server, login); var session = driver.session()) {
            session.run(cypher).consume();
        }
    }

    /** The status line Bolt's port answers a WebSocket handshake with. */
    static String webSocketHandshake(EmbeddedNeo4jServer server, String originHeader) throws IOException {
        try (Socket socket = new Socket("localhost", server.boltUri().orElseThrow().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n" + originHeader + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void aListedOriginMayOpenBoltOverWebSocket(@TempDir Path home) throws IOException {
        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(new Embedded(true, home.toString(), "localhost", 0,
                "8m", "64m", true, BoltAccess.READ_ONLY, List.of("https://browser.neo4j.io")))) {
            assertThat(webSocketHandshake(server, "Origin: https://browser.neo4j.io\r\n")).startsWith("HTTP/1.1 101");
            assertThat(webSocketHandshake(server, "origin: https://evil.example\r\n")).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void offOpensNoBoltConnectorAndTheDatabaseIsWrittenInProcess(@TempDir Path home) {
        try (EmbeddedNeo4jServer server = start(home, BoltAccess.OFF)) {
            assertThat(server.boltUri()).isEmpty();
            InProcessGraphWriter writer = new InProcessGraphWriter(server.database(), null);
            writer.run("CREATE (:Probe {n: 1})");
            assertThat(writer.run("MATCH (p:Probe) RETURN count(p) AS n").get(0).get("n").asLong()).isOne();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AppOnly {

        Path home;

        EmbeddedNeo4jServer server;

        @BeforeAll
        void start(@TempDir Path folder) {
            home = folder;
            server = BoltAccessTests.start(home, BoltAccess.APP_ONLY);
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void anUnauthenticatedClientCannotWrite() {
            assertThatThrownBy(() -> run(server, AuthTokens.none(), "CREATE (:Plan {id: 'planted'})"))
                    .isInstanceOf(Neo4jException.class).hasMessageContaining("authenticat");
            assertThatThrownBy(() -> run(server, AuthTokens.basic("neo4j", "neo4j"), "MATCH (n) DETACH DELETE n"))
                    .isInstanceOf(Neo4jException.class);
            run(server, AuthTokens.basic("neo4j", server.appPassword()), "MATCH (n:Plan {id: 'planted'}) RETURN n");
        }

        @Test
        void aWebPageOfAnotherOriginCannotOpenBoltOverWebSocket() throws IOException {
            assertThat(webSocketHandshake(server, "Origin: http://evil.example\r\n")).startsWith("HTTP/1.1 403");
            assertThat(webSocketHandshake(server, "")).as("a program, not a page").startsWith("HTTP/1.1 101");
        }

        @Test
        void noPasswordIsWrittenAndTheAppsChangesAtEveryStart() throws IOException {
            try (var files = Files.list(home)) {
                assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".password"));
            }
        }

        @Test
        void cypherReadsNoLocalFileAndFetchesNoUrl() {
            AuthToken app = AuthTokens.basic("neo4j", server.appPassword());
            assertThatThrownBy(() -> run(server, app, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"))
                    .isInstanceOf(ClientException.class).hasMessageContaining("file");
            assertThatThrownBy(() -> run(server, app, "LOAD CSV FROM 'http://127.0.0.1:" + server.boltUri().orElseThrow().getPort()
                    + "/' AS line RETURN line")).isInstanceOf(ClientException.class).hasMessageContaining("blocked");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadOnly {

        Path home;

        EmbeddedNeo4jServer server;

        @BeforeAll
        void start(@TempDir Path folder) {
            home = folder;
            server = BoltAccessTests.start(home, BoltAccess.READ_ONLY);
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void theReaderReadsButCannotWrite() throws IOException {
            Path file = home.resolve("bolt-reader.password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            AuthToken reader = AuthTokens.basic("reader", Files.readString(file).strip());
            run(server, reader, "MATCH (n) RETURN count(n)");
            assertThatThrownBy(() -> run(server, reader, "CREATE (:Plan {id: 'planted', loadedAt: '2099'})"))
                    .isInstanceOf(Neo4jException.class).hasMessageContaining("read-only");
            try (Driver driver = driver(server, AuthTokens.basic("neo4j", server.appPassword()));
                    var session = driver.session()) {
                assertThat(session.run("MATCH (p:Plan {id: 'planted'}) RETURN count(p) AS n").single().get("n").asInt())
                        .isZero();
            }
        }

        @Test
        void whatTheReaderDoesInTheSystemDatabaseGivesNobodyWriteAccess() throws IOException {
            AuthToken reader = AuthTokens.basic("reader", Files.readString(home.resolve("bolt-reader.password")).strip());
            // Neo4j Community has no roles: the reader may create users and change the app's password.
            try (Driver driver = driver(server, reader);
                    var system = driver.session(SessionConfig.forDatabase("system"))) {
                system.run("CREATE USER intruder SET PLAINTEXT PASSWORD 'intruder-pw' CHANGE NOT REQUIRED").consume();
                system.run("ALTER USER neo4j SET PLAINTEXT PASSWORD 'hijacked-pw' CHANGE NOT REQUIRED").consume();
            }
            try {
                for (AuthToken login : List.of(AuthTokens.basic("intruder", "intruder-pw"),
                        AuthTokens.basic("neo4j", "hijacked-pw"))) {
                    assertThatThrownBy(() -> run(server, login, "CREATE (:Plan {id: 'planted', loadedAt: '2099'})"))
                            .isInstanceOf(Neo4jException.class).hasMessageContaining("read-only");
                }
                new InProcessGraphWriter(server.database(), null).run("CREATE (p:Probe) DELETE p");
            } finally {
                server.close();
                server = BoltAccessTests.start(home, BoltAccess.READ_ONLY);
            }
            assertThatThrownBy(() -> run(server, AuthTokens.basic("intruder", "intruder-pw"), "RETURN 1"))
                    .as("users made over Bolt are dropped at the next start").isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> run(server, AuthTokens.basic("neo4j", "hijacked-pw"), "RETURN 1"))
                    .isInstanceOf(AuthenticationException.class);
        }

        @Test
        void theReadersPasswordSurvivesARestart() throws IOException {
            String before = Files.readString(home.resolve("bolt-reader.password"));
            server.close();
            server = BoltAccessTests.start(home, BoltAccess.READ_ONLY);
            assertThat(Files.readString(home.resolve("bolt-reader.password"))).isEqualTo(before);
            run(server, AuthTokens.basic("reader", before.strip()), "RETURN 1");
        }
    }
}
