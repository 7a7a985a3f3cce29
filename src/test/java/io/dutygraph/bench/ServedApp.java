package io.dutygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Driver;

/** An application the benchmark asks questions: its HTTP and Bolt ports, its data folder and a driver to it. */
interface ServedApp {

    int httpPort();

    int boltPort();

    Path dataDirectory();

    /** A driver to the app's Neo4j, for the same questions in Cypher. */
    Driver driver();

    /** The read-only Bolt user's password, kept in the data folder by an app started with bolt-access=read-only. */
    default String readerPassword() throws IOException {
        return Files.readString(dataDirectory().resolve("bolt-reader.password")).strip();
    }
}
