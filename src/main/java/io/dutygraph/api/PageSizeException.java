package io.dutygraph.api;

/** A {@code first} or {@code last} argument above the configured maximum page size, or negative. */
public class PageSizeException extends RuntimeException {

    public PageSizeException(int first, int maxPageSize) {
        this("first", first, maxPageSize);
    }

    public PageSizeException(String argument, int size, int maxPageSize) {
        super(argument + " must be between 0 and " + maxPageSize + ", was " + size);
    }
}
