package io.dutygraph.api;

/** A {@code first} argument above the configured maximum page size, or negative. */
public class PageSizeException extends RuntimeException {

    public PageSizeException(int first, int maxPageSize) {
        super("first must be between 0 and " + maxPageSize + ", was " + first);
    }
}
