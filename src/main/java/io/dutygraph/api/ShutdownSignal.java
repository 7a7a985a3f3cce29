package io.dutygraph.api;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Whether the application is shutting down: the context announces its closing before the web server's graceful
 * shutdown waits for running requests, and {@link ExecutionBudget} then stops them at their next field, so that
 * the wait ends in moments even under load (their answer says so) instead of running into its time limit.
 */
final class ShutdownSignal implements ApplicationListener<ContextClosedEvent> {

    private volatile boolean shuttingDown;

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
    }

    boolean isShuttingDown() {
        return shuttingDown;
    }
}
