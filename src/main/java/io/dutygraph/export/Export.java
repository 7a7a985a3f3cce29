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

    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }
}
