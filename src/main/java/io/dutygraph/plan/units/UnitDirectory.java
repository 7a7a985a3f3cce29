package io.dutygraph.plan.units;

import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The canonical units of a district and every spelling that resolves to each. Lookups accept canonical
 * names and aliases. Loaded from a YAML resource ({@code units/directory.yaml} by default).
 */
public final class UnitDirectory {

    public static final String DEFAULT_RESOURCE = "units/directory.yaml";

    private final Map<String, Unit> unitsByName;
    private final Map<String, Unit> unitsBySpelling;
    private final String jurisdiction;

    public UnitDirectory(Collection<Unit> units) {
        this(null, units);
    }

    /** A directory of one jurisdiction's units ({@code 苏州市吴江区}); {@code jurisdiction} may be null. */
    public UnitDirectory(String jurisdiction, Collection<Unit> units) {
        this.jurisdiction = jurisdiction;
        unitsByName = new LinkedHashMap<>();
        unitsBySpelling = new LinkedHashMap<>();
        for (Unit unit : units) {
            unitsByName.put(unit.name(), unit);
            register(unit.name(), unit);
            unit.aliases().forEach(alias -> register(alias, unit));
        }
        for (Unit unit : units) {
            for (String member : unit.members()) {
                if (!unitsByName.containsKey(member)) {
                    throw new IllegalStateException("collective " + unit.name() + " names unknown member " + member);
                }
            }
        }
    }

    private void register(String spelling, Unit unit) {
        Unit previous = unitsBySpelling.putIfAbsent(spelling, unit);
        if (previous != null && previous != unit) {
            throw new IllegalStateException("spelling " + spelling + " names both " + previous.name() + " and " + unit.name());
        }
    }

    /** A directory that knows no unit: every name is taken as written. */
    public static UnitDirectory empty() {
        return new UnitDirectory(List.of());
    }

    /** The jurisdiction whose units these are, null when the directory does not say. */
    public String jurisdiction() {
        return jurisdiction;
    }

    /** The directory bundled with the application. */
    public static UnitDirectory bundled() {
        try (InputStream in = UnitDirectory.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("unit directory resource missing from the classpath: " + DEFAULT_RESOURCE);
            }
            return fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static UnitDirectory fromYaml(InputStream in) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<Unit> units = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("units")) {
            units.add(new Unit((String) entry.get("name"), UnitKind.valueOf((String) entry.get("kind")),
                    (List<String>) entry.getOrDefault("aliases", List.of()),
                    (List<String>) entry.getOrDefault("members", List.of())));
        }
        return new UnitDirectory((String) document.get("jurisdiction"), units);
    }

    /** The unit a canonical name or alias stands for. */
    public Optional<Unit> lookup(String spelling) {
        return Optional.ofNullable(unitsBySpelling.get(spelling));
    }

    /** All units, in directory order. */
    public Collection<Unit> units() {
        return unitsByName.values();
    }
}
