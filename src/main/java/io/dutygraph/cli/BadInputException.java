package io.dutygraph.cli;

/**
 * Input a command cannot use — a file that is no plan, a folder without plan files, a data folder that does not
 * exist — told in one line that names it ({@code plans/x.txt:12: …}); the command exits with code 2.
 */
class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
