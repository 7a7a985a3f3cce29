package io.dutygraph.api;

/** An {@code after} cursor this API did not hand out. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String cursor) {
        super("Invalid cursor '" + cursor + "'");
    }
}
