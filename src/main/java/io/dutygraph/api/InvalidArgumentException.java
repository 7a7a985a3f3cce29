package io.dutygraph.api;

/** An argument a query cannot be answered with, e.g. an empty list of units to intersect. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
