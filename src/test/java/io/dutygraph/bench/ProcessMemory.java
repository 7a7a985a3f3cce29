package io.dutygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Peak resident set size of this JVM so far (VmHWM), in kB; -1 where /proc is not available. */
    static long peakRssKb() {
        return field(ProcessHandle.current().pid(), "VmHWM:");
    }

    /** Current resident set size of a process (VmRSS), in kB; -1 where /proc is not available. */
    static long rssKb(long pid) {
        return field(pid, "VmRSS:");
    }

    private static long field(long pid, String name) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith(name))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
