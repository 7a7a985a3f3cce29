package io.dutygraph.graph;

import io.dutygraph.DutyGraphProperties;
import io.dutygraph.plan.PlanParser;
import io.dutygraph.plan.PlanText;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start-up, loads the plan bundled with the application when the database holds no plan, so a fresh
 * machine serves real data at once; a database that already holds plans is reused as it is.
 */
@Component
class BundledPlanInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledPlanInitializer.class);

    private final DutyGraphProperties properties;
    private final ResourceLoader resources;
    private final PlanParser parser;
    private final PlanLoader loader;
    private final Driver driver;
    private final CypherStatements statements;

    BundledPlanInitializer(DutyGraphProperties properties, ResourceLoader resources, PlanParser parser,
            PlanLoader loader, Driver driver, CypherStatements statements) {
        this.properties = properties;
        this.resources = resources;
        this.parser = parser;
        this.loader = loader;
        this.driver = driver;
        this.statements = statements;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.plan().loadBundledIfEmpty()) {
            return;
        }
        long plans = driver.executableQuery(statements.get(CypherStatement.COUNT_PLANS)).execute()
                .records().get(0).get("plans").asLong();
        if (plans > 0) {
            log.info("The graph holds {} plan(s); the bundled plan is not loaded again", plans);
            return;
        }
        Resource bundled = resources.getResource(properties.plan().bundled());
        try {
            String source = bundled.getFilename() == null ? properties.plan().bundled() : bundled.getFilename();
            loader.load(parser.parse(PlanText.decode(source, bundled.getContentAsByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled plan " + properties.plan().bundled(), e);
        }
    }
}
