package io.dutygraph.graph.query;

/** A lead official (牵头领导) by name as stored (without padding spaces). */
public record OfficialView(String name) {
}
