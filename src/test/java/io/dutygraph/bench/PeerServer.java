package io.dutygraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's peer: {@code src/test/bench-peer/server.js} ({@code @neo4j/graphql} 7 + Apollo Server 5 on Node)
 * reading the running app's embedded Neo4j over Bolt as the read-only user. Its packages are installed by the
 * bench profile ({@code npm ci} in {@code test-compile}); without them, or without node, there is no peer.
 */
final class PeerServer implements AutoCloseable {

    static final Path DIRECTORY = Path.of("src/test/bench-peer");

    private final Process process;
    private final int port;

    private PeerServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether the peer can run here: its packages installed. */
    static boolean available() {
        return Files.isDirectory(DIRECTORY.resolve("node_modules/@neo4j/graphql"));
    }

    static PeerServer start(ServedApp app) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String password = app.readerPassword();
        ProcessBuilder builder = new ProcessBuilder("node", "server.js").directory(DIRECTORY.toFile())
                .redirectErrorStream(true);
        builder.environment().put("NEO4J_URI", "bolt://localhost:" + app.boltPort());
        builder.environment().put("NEO4J_USER", "reader");
        builder.environment().put("NEO4J_PASSWORD", password);
        builder.environment().put("PORT", String.valueOf(port));
        Process process = builder.start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("peer ready")) {
                        ready.complete(null);
                    } else {
                        System.out.println("peer: " + line);
                    }
                }
            } catch (IOException ignored) {
                // the peer stopped
            }
            ready.completeExceptionally(new IllegalStateException("the peer exited before it was ready"));
        }, "peer-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new PeerServer(process, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
