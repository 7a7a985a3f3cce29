package io.dutygraph.plan.units;

import java.util.List;
import java.util.Map;

/**
 * The unit directory of each jurisdiction that has one: the bundled YAML for 苏州市吴江区. A jurisdiction
 * without a directory (or a plan whose jurisdiction is unknown) gets the empty one: its units are the names as
 * written.
 */
public final class UnitDirectories {

    /** The jurisdiction the bundled directory describes. */
    public static final String BUNDLED_JURISDICTION = "苏州市吴江区";

    private static final UnitDirectory EMPTY = new UnitDirectory(List.of());

    private final Map<String, UnitDirectory> byJurisdiction;
    private final UnitDirectory fallback;

    private UnitDirectories(Map<String, UnitDirectory> byJurisdiction, UnitDirectory fallback) {
        this.byJurisdiction = Map.copyOf(byJurisdiction);
        this.fallback = fallback;
    }

    /** The bundled directory for 吴江; the names as written elsewhere. */
    public static UnitDirectories bundled() {
        return new UnitDirectories(Map.of(BUNDLED_JURISDICTION, UnitDirectory.bundled()), EMPTY);
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
