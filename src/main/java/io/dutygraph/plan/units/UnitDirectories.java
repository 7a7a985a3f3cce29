package io.dutygraph.plan.units;

import java.util.Map;

/**
 * The unit directory of each jurisdiction that has one: the bundled YAML for 苏州市吴江区. A jurisdiction
 * without a directory (or a plan whose jurisdiction is unknown) gets the empty one: its units are the names as
 * written.
 */
public final class UnitDirectories {

    private static final UnitDirectory EMPTY = UnitDirectory.empty();

    private final Map<String, UnitDirectory> byJurisdiction;
    private final UnitDirectory fallback;

    private UnitDirectories(Map<String, UnitDirectory> byJurisdiction, UnitDirectory fallback) {
        this.byJurisdiction = Map.copyOf(byJurisdiction);
        this.fallback = fallback;
    }

    /** The bundled directory for the jurisdiction it names (苏州市吴江区); the names as written elsewhere. */
    public static UnitDirectories bundled() {
        UnitDirectory bundled = UnitDirectory.bundled();
        return new UnitDirectories(Map.of(bundled.jurisdiction(), bundled), EMPTY);
    }

    /** One directory for every jurisdiction (tests and synthetic plans). */
    public static UnitDirectories everywhere(UnitDirectory directory) {
        return new UnitDirectories(Map.of(), directory);
    }

    /** The directory of a jurisdiction (null = unknown); the empty directory where there is none. */
    public UnitDirectory of(String jurisdiction) {
        return jurisdiction == null ? fallback : byJurisdiction.getOrDefault(jurisdiction, fallback);
    }
}
