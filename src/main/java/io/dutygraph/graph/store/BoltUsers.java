package io.dutygraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of the embedded server's Bolt connector, which always requires a password: the app's own
 * ({@code neo4j}) and, with {@link BoltAccess#READ_ONLY}, a {@code reader}. Neo4j Community has no roles: any user
 * who logs in may also change users and passwords in the system database. So in {@code read-only} mode the graph
 * refuses every write that comes over Bolt, whoever logged in (the app writes in-process), and at every start the
 * accounts are reset: the app's password is set afresh and any other user someone created is dropped. Passwords are
 * random; those meant for people are written once to owner-only files in the data folder and printed once.
 */
final class BoltUsers {

    static final String APP_USER = "neo4j";
    static final String READER = "reader";

    private static final Logger log = LoggerFactory.getLogger(BoltUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private BoltUsers() {
    }

    /** Sets up the accounts for {@code access}; the app's password, for its driver. */
    static String apply(DatabaseManagementService service, Path home, BoltAccess access) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String appPassword = access == BoltAccess.READ_WRITE ? storedPassword(home, APP_USER) : randomPassword();
        setPassword(system, "CREATE OR REPLACE USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                appPassword);
        dropUsersOtherThan(system, access == BoltAccess.READ_ONLY ? Set.of(APP_USER, READER) : Set.of(APP_USER));
        if (access == BoltAccess.READ_ONLY) {
            setPassword(system, "CREATE OR REPLACE USER reader SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    storedPassword(home, READER));
        }
        return appPassword;
    }

    /** In {@code read-only} mode, from now on no transaction that came over Bolt may change the graph. */
    static void refuseBoltWritesWhenReadOnly(DatabaseManagementService service, BoltAccess access) {
        if (access == BoltAccess.READ_ONLY) {
            service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new RefuseBoltWrites());
        }
    }

    /** Users someone created over Bolt (any user may, in Neo4j Community) are dropped. */
    private static void dropUsersOtherThan(GraphDatabaseService system, Set<String> kept) {
        List<String> users = system.executeTransactionally("SHOW USERS YIELD user RETURN user", Map.of(),
                result -> result.stream().map(row -> (String) row.get("user")).toList());
        for (String user : users) {
            if (!kept.contains(user)) {
                system.executeTransactionally("DROP USER $user IF EXISTS", Map.of("user", user));
                log.warn("Dropped Neo4j user '{}': DutyGraph's database has only the users of its Bolt access mode", user);
            }
        }
    }

    private static void setPassword(GraphDatabaseService system, String statement, String password) {
        try {
            system.executeTransactionally(statement, Map.of("password", password));
        } catch (RuntimeException failure) {
            // A stored password set at an earlier start: Neo4j refuses to "change" it to itself.
            if (!String.valueOf(failure.getMessage()).contains("Old password and new password cannot be the same")) {
                throw failure;
            }
        }
    }

    /** The password kept in {@code bolt-<user>.password}, created owner-only (and printed) when missing. */
    private static String storedPassword(Path home, String user) {
        Path file = home.resolve("bolt-" + user + ".password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String password = randomPassword();
            Files.createDirectories(home);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.warn("Bolt user '{}' has the password {} (kept, readable by this OS user only, in {})", user, password,
                    file);
            return password;
        } catch (FileAlreadyExistsException raced) {
            return storedPassword(home, user);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot keep the Bolt password of '" + user + "' in " + file, failure);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * In {@code read-only} mode the graph changes only in-process (the app's loads: no user name): a transaction that
     * came over Bolt and writes is rolled back, whoever logged in, also a user made or a password changed over Bolt.
     */
    private static final class RefuseBoltWrites extends TransactionEventListenerAdapter<Object> {
        @Override
        public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
            String user = data.username();
            if (user != null && !user.isEmpty() && changes(data)) {
                throw new IllegalStateException("User '" + user + "' has read-only access to DutyGraph's graph "
                        + "(dutygraph.neo4j.embedded.bolt-access=read-only: no Bolt user writes)");
            }
            return null;
        }

        private static boolean changes(TransactionData data) {
            return data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
                    || data.createdRelationships().iterator().hasNext()
                    || data.deletedRelationships().iterator().hasNext()
                    || data.assignedNodeProperties().iterator().hasNext()
                    || data.removedNodeProperties().iterator().hasNext()
                    || data.assignedRelationshipProperties().iterator().hasNext()
                    || data.removedRelationshipProperties().iterator().hasNext()
                    || data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext();
        }
    }
}
