package io.dutygraph.graph.query;

/**
 * A lead official (牵头领导) by name as stored (without padding spaces), within a jurisdiction; {@code key} is
 * {@code <jurisdiction>/<name>}.
 */
public record OfficialView(String key, String name, String jurisdiction) {
}
