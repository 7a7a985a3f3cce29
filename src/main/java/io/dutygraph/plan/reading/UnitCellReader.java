package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.UnitKind;
import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a units cell ({@code ★区发改委、统计局、区委组织部(人才办)}) into assignments, resolving each spelling to
 * its canonical unit. Units missing from the directory become units of their own, reported, never dropped.
 */
final class UnitCellReader {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；]");
    private static final String DISTRICT_PREFIX = "区";

    private final UnitDirectory directory;
    private final Set<String> dataProviders;
    private final Consumer<Diagnostic> diagnostics;
    private final Map<String, Unit> unitsInPlan = new LinkedHashMap<>();

    UnitCellReader(UnitDirectory directory, Set<String> dataProviders, Consumer<Diagnostic> diagnostics) {
        this.directory = directory;
        this.dataProviders = dataProviders;
        this.diagnostics = diagnostics;
    }

    List<UnitAssignment> read(String cellText, int line) {
        List<UnitAssignment> assignments = new ArrayList<>();
        boolean cellUsesDistrictPrefix = false;
        for (String piece : SEPARATORS.split(cellText)) {
            String written = piece.strip();
            boolean lead = written.contains("★");
            String asWritten = written.replace("★", "").strip();
            if (asWritten.isEmpty()) {
                continue;
            }
            Names.Spelling spelling = Names.spelling(asWritten);
            String name = spelling.name();
            String capacity = spelling.capacity();
            if (assignments.isEmpty()) {
                cellUsesDistrictPrefix = name.startsWith(DISTRICT_PREFIX);
            }
            Unit unit = resolve(name, cellUsesDistrictPrefix, line);
            Role role = lead ? Role.LEAD : dataProviders.contains(unit.name()) ? Role.DATA_PROVIDER : Role.SUPPORT;
            assignments.add(new UnitAssignment(asWritten, unit.name(), lead, role, capacity));
        }
        return assignments;
    }

    /** The canonical units met so far, with the members of any collective among them, in order of appearance. */
    List<Unit> unitsInPlan() {
        Map<String, Unit> withMembers = new LinkedHashMap<>(unitsInPlan);
        for (Unit unit : unitsInPlan.values()) {
            unit.members().forEach(member -> directory.lookup(member).ifPresent(m -> withMembers.putIfAbsent(m.name(), m)));
        }
        return List.copyOf(withMembers.values());
    }

    boolean isKnownUnit(String name) {
        return directory.lookup(name).isPresent();
    }

    private Unit resolve(String name, boolean cellUsesDistrictPrefix, int line) {
        Unit unit = directory.lookup(name)
                .or(() -> name.startsWith(DISTRICT_PREFIX) ? directory.lookup(name.substring(1)) : Optional.empty())
                .orElse(null);
        if (unit == null) {
            unit = unitsInPlan.get(newUnitName(name, cellUsesDistrictPrefix));
        }
        if (unit == null) {
            unit = newUnit(name, cellUsesDistrictPrefix);
            reportUnknown(unit, name, line);
        }
        unitsInPlan.putIfAbsent(unit.name(), unit);
        return unit;
    }

    // A jurisdiction without a directory reads every unit as written: only a directory's gaps are worth reporting.
    private void reportUnknown(Unit unit, String name, int line) {
        if (!directory.units().isEmpty()) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.UNKNOWN_UNIT, line, "unit " + name
                    + " is not in the unit directory; read as " + unit.name() + " (" + unit.kind() + ")"));
        }
    }

    // The 区 prefix is written once per cell and dropped for the departments that follow it
    // (★区发改委、统计局): an unknown department written without it takes it from the cell.
    private static String newUnitName(String name, boolean cellUsesDistrictPrefix) {
        boolean department = UnitKinds.guess(name) == UnitKind.DEPARTMENT;
        return cellUsesDistrictPrefix && department && !name.startsWith(DISTRICT_PREFIX) ? DISTRICT_PREFIX + name : name;
    }

    private static Unit newUnit(String name, boolean cellUsesDistrictPrefix) {
        String canonical = newUnitName(name, cellUsesDistrictPrefix);
        List<String> aliases = canonical.equals(name) ? List.of() : List.of(name);
        return new Unit(canonical, UnitKinds.guess(name), aliases, List.of());
    }

}
