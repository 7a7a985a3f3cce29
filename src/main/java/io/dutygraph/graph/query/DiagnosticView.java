package io.dutygraph.graph.query;

/** Something the parser reported about a source line of a plan. */
public record DiagnosticView(String code, int line, String message, String location) {
}
