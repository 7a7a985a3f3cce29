package io.dutygraph.api;

/** An {@code after} or {@code before} cursor this list did not hand out. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String cursor) {
        super("Invalid cursor '" + (cursor.length() > 100 ? cursor.substring(0, 100) + "…" : cursor)
                + "': pass a cursor this list returned (edges.cursor, pageInfo.startCursor or endCursor)");
    }
}
