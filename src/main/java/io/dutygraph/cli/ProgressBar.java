package io.dutygraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on a terminal ({@code [#####.....] 3/10 parsing plan.txt}); when the
 * output is not a terminal it draws nothing, and the lines printed through it are plain lines.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private int done;
    private String label = "";

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether standard output is an interactive terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Starts counting {@code newTotal} steps. */
    void start(int newTotal) {
        total = newTotal;
        done = 0;
    }

    /** Shows what is being worked on now. */
    void working(String what) {
        label = what;
        draw();
    }

    /** One step done. */
    void step() {
        done++;
        draw();
    }

    /** Prints a line to {@code target} (the bar's stream or another one) above the bar. */
    void println(PrintWriter target, String line) {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.flush();
        }
        target.println(line);
        target.flush();
        draw();
    }

    /** Removes the bar. */
    void finish() {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.flush();
        }
    }

    private void draw() {
        if (!terminal || total == 0) {
            out.flush();
            return;
        }
        int filled = WIDTH * done / total;
        out.print(CLEAR_LINE + "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + label);
        out.flush();
    }
}
