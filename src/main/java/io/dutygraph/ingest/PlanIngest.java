package io.dutygraph.ingest;

import io.dutygraph.graph.load.LoadReport;
import io.dutygraph.graph.load.PlanLoader;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The pipeline from a plan document to the graph: parse it completely, then load it in one transaction, so a
 * document that does not parse never reaches the database. Used at start-up and by the {@code load} command.
 */
@Component
public class PlanIngest {

    private final PlanParser parser;
    private final PlanLoader loader;

    PlanIngest(PlanParser parser, PlanLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    /** How many plans the graph holds. */
    public long planCount() {
        return loader.planCount();
    }

    /** Loads a plan parsed beforehand (the {@code load} command parses before it starts the database). */
    public LoadReport load(ParsedPlan plan) {
        return loader.load(plan);
    }

    /** Parses and loads a document, given as a Spring resource. */
    public LoadReport ingest(Resource document) {
        return ingest(document, LoadOptions.NONE);
    }

    /** Parses and loads a document; the options' jurisdiction and year win over the document's. */
    public LoadReport ingest(Resource document, LoadOptions options) {
        return loader.load(parser.parse(read(document), Optional.empty(), options));
    }

    /** Parses and loads a document when the graph holds no plan yet; empty when it already holds plans. */
    public Optional<LoadReport> ingestIfEmpty(Resource document) {
        return loader.planCount() == 0 ? Optional.of(ingest(document)) : Optional.empty();
    }

    private static PlanSource read(Resource document) {
        String source = document.getFilename() == null ? document.getDescription() : document.getFilename();
        try {
            return PlanSource.of(source, document.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan " + document.getDescription(), e);
        }
    }
}
