package io.dutygraph.plan;

/**
 * An oddity met while reading a plan: reported, never silently guessed.
 *
 * @param code    what kind of oddity
 * @param line    1-based source line it refers to
 * @param message a sentence for humans
 */
public record Diagnostic(DiagnosticCode code, int line, String message) {
}
