package io.dutygraph.ingest;

import io.dutygraph.graph.load.LoadReport;
import io.dutygraph.plan.reading.PlanSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * A running server's way to take in plans ({@code dutygraph.plan.watch}, off by default): each plan file written
 * into the watched folder (its {@code .txt}, {@code .xlsx}, {@code .xls}, {@code .docx}, {@code .html} files, not its
 * sub-folders; hidden and {@code ~$} files skipped) is loaded once it has not changed for
 * {@value #SETTLE_MILLIS} ms, one file at a time, as {@code load} would — and so announced to
 * {@code plansChanged} subscribers. A file that is no plan, or that the database refuses, is logged and changes
 * nothing. Files already there when the server starts are left alone.
 */
@Component
@ConditionalOnProperty("dutygraph.plan.watch")
@ConditionalOnWebApplication
class PlanFolderWatch implements SmartLifecycle {

    static final long SETTLE_MILLIS = 1000;

    private static final Logger log = LoggerFactory.getLogger(PlanFolderWatch.class);

    private final Path folder;
    private final PlanIngest ingest;
    private volatile WatchService watcher;
    private volatile Thread thread;

    PlanFolderWatch(BundledPlanProperties properties, PlanIngest ingest) {
        Path folder = properties.watch();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("dutygraph.plan.watch: " + folder.toAbsolutePath()
                    + " is not a folder; create it, or leave the setting out to watch none");
        }
        this.folder = folder.toAbsolutePath();
        this.ingest = ingest;
    }

    @Override
    public void start() {
        try {
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder + " for plans", e);
        }
        thread = new Thread(this::watch, "dutygraph-plan-watch");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for plan files: each one written there is loaded", folder);
    }

    @Override
    public void stop() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the watch of {}: {}", folder, e.getMessage());
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        Map<Path, Long> settling = new LinkedHashMap<>();
        try {
            while (true) {
                WatchKey key = watcher.poll(SETTLE_MILLIS / 4, TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && isPlanFile(name)) {
                            settling.put(folder.resolve(name), System.nanoTime());
                        }
                    }
                    key.reset();
                }
                loadSettled(settling);
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            log.debug("Stopped watching {}", folder);
        }
    }

    private void loadSettled(Map<Path, Long> settling) {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Path, Long>> files = settling.entrySet().iterator(); files.hasNext(); ) {
            Map.Entry<Path, Long> file = files.next();
            if (now - file.getValue() >= TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS)) {
                files.remove();
                load(file.getKey());
            }
        }
    }

    private void load(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            LoadReport report = ingest.ingest(new FileSystemResource(file));
            log.info("Loaded {} from the watched folder as plan {} ({} tasks)", file.getFileName(), report.planId(),
                    report.tasks());
        } catch (RuntimeException failure) {
            log.error("{} in the watched folder was not loaded, nothing changed: {}", file.getFileName(),
                    String.valueOf(failure.getMessage()).lines().findFirst().orElse(""));
        }
    }

    static boolean isPlanFile(Path name) {
        String text = name.getFileName().toString();
        int dot = text.lastIndexOf('.');
        return !text.startsWith(".") && !text.startsWith("~$") && dot > 0
                && PlanSource.FILE_EXTENSIONS.contains(text.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
