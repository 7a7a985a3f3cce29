package io.dutygraph.plan;

/**
 * A document that cannot be read as a plan. Names the file and the 1-based line where reading failed.
 */
public class PlanParseException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public PlanParseException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public PlanParseException(String file, int line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
