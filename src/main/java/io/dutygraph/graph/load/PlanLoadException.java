package io.dutygraph.graph.load;

/** A plan that could not be put into the graph; the transaction was rolled back and the graph is unchanged. */
public class PlanLoadException extends RuntimeException {

    private final String planId;

    public PlanLoadException(String planId, Throwable cause) {
        super("loading plan " + planId + " failed, nothing was changed: " + cause.getMessage(), cause);
        this.planId = planId;
    }

    /** A plan refused before the database was touched. */
    public PlanLoadException(String planId, String reason) {
        super("loading plan " + planId + " failed, nothing was changed: " + reason);
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
