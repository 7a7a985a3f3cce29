package io.dutygraph.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file ready to be written: its name, its content type, and how to write it; nothing is read from the graph
 * before {@link #writeTo} runs.
 */
public record Export(String fileName, String contentType, Body body) {

    /** Writes the file's bytes, reading the graph as it goes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the file's bytes to {@code out}; a failure reading the graph is an {@link ExportFailedException} naming
     * the file, a failure of {@code out} its {@link IOException}.
     */
    public void writeTo(OutputStream out) throws IOException {
        try {
            body.writeTo(out);
        } catch (RuntimeException failure) {
            throw new ExportFailedException(fileName, failure);
        }
    }
}
