package io.dutygraph.graph.store;

import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded server as soon as the context exists, before Spring reads the configuration classes and
 * builds Tomcat: on two cores its start, the longest part of start-up, then runs beside all of that. The server bean
 * takes it over ({@link Handover#takeOver}) when its validated settings are the ones it was started with; otherwise,
 * or when binding here failed (the bean then reports why), it is shut down and the bean starts its own. A context
 * that fails before taking it over shuts it down. Registered in {@code META-INF/spring.factories}.
 */
public final class EarlyNeo4jStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Binder binder = Binder.get(context.getEnvironment());
        if (!binder.bind("dutygraph.neo4j.embedded.enabled", Boolean.class).orElse(true)
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            return;
        }
        Handover handover = new Handover();
        Thread starter = new Thread(() -> handover.start(binder), "neo4j-early-start");
        starter.setDaemon(true);
        starter.start();
        beans.registerSingleton(Handover.class.getName(), handover);
        beans.registerDisposableBean(Handover.class.getName(), handover::shutDownUnlessTakenOver);
    }

    /** The server started early, until the server bean takes it over. */
    static final class Handover {

        private final CompletableFuture<EmbeddedNeo4jServer> started = new CompletableFuture<>();
        private volatile boolean takenOver;

        private void start(Binder binder) {
            try {
                Neo4jProperties properties = binder.bindOrCreate("dutygraph.neo4j", Bindable.of(Neo4jProperties.class));
                started.complete(EmbeddedNeo4jServer.startInBackground(properties.embedded()));
            } catch (RuntimeException reportedByTheBean) {
                started.complete(null);
            }
        }

        /** The server started early if {@code settings} are those it was started with; else null (and it is shut). */
        EmbeddedNeo4jServer takeOver(Neo4jProperties.Embedded settings) {
            EmbeddedNeo4jServer server = started.join();
            if (server != null && server.settings().equals(settings)) {
                takenOver = true;
                return server;
            }
            shutDownUnlessTakenOver();
            return null;
        }

        /** Whether the server bean took the early server over. */
        boolean takenOver() {
            return takenOver;
        }

        private void shutDownUnlessTakenOver() {
            EmbeddedNeo4jServer server = started.join();
            if (server != null && !takenOver) {
                server.close();
            }
        }
    }
}
