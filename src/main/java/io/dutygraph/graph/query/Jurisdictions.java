package io.dutygraph.graph.query;

import io.dutygraph.graph.store.CypherStatement;
import io.dutygraph.graph.store.GraphReader;
import io.dutygraph.graph.store.StatementParameters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The jurisdictions of the loaded plans, and which one a question is answered in. The rule, the same for every
 * query taking a {@code jurisdiction} argument:
 * <ol>
 * <li>the jurisdiction given (an unknown one is an error listing the known ones);</li>
 * <li>else, for a question about a plan given by id, that plan's jurisdiction;</li>
 * <li>else the default jurisdiction, the one of the most recently loaded plan, when it knows every name asked
 *     about (so the answers of a single-district graph never change);</li>
 * <li>else the one other jurisdiction that knows every name; where several do, a {@link AmbiguousNameException}
 *     listing them; where none does, the default (whose closest names the unknown-name error suggests).</li>
 * </ol>
 */
@Component
public class Jurisdictions {

    private final GraphReader reader;
    private final PlanQueries plans;

    Jurisdictions(GraphReader reader, PlanQueries plans) {
        this.reader = reader;
        this.plans = plans;
    }

    /** Every jurisdiction with the years of its plans, the most recently loaded first. */
    public List<JurisdictionView> all() {
        return reader.read(CypherStatement.JURISDICTIONS, StatementParameters.of()).stream()
                .map(row -> new JurisdictionView(row.get("name").asString(), row.get("years").asList(v -> v.asInt())))
                .toList();
    }

    /** The jurisdiction of the most recently loaded plan; null when no plan is loaded. */
    public String defaultJurisdiction() {
        return plans.latest().map(PlanRef::jurisdiction).orElse(null);
    }

    /** The jurisdiction given, checked, or the default one when null. */
    public String orDefault(String jurisdiction) {
        if (jurisdiction == null) {
            return defaultJurisdiction();
        }
        List<String> known = all().stream().map(JurisdictionView::name).toList();
        if (!known.contains(jurisdiction)) {
            throw new UnknownJurisdictionException(jurisdiction, known);
        }
        return jurisdiction;
    }

    /** The jurisdiction a question about {@code names} is answered in (steps 1, 3 and 4 of the rule). */
    String forNames(ScopedNames known, String what, List<String> names, String jurisdiction) {
        if (jurisdiction != null) {
            return orDefault(jurisdiction);
        }
        List<String> knowing = known.jurisdictionsKnowing(names);
        if (!names.isEmpty() && knowing.size() == 1) {
            return knowing.get(0); // the default one or the only other: no need to read which is the default
        }
        String fallback = defaultJurisdiction();
        if (names.isEmpty() || knowing.isEmpty() || knowing.contains(fallback)) {
            return fallback;
        }
        throw new AmbiguousNameException(what, names, knowing);
    }
}
