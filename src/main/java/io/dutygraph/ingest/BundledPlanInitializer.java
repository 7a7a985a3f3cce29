package io.dutygraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start-up, loads the plan bundled with the application when the database holds no plan, so a fresh
 * machine serves real data at once; a database that already holds plans is reused as it is.
 */
@Component
class BundledPlanInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledPlanInitializer.class);

    private final BundledPlanProperties properties;
    private final ResourceLoader resources;
    private final PlanIngest ingest;

    BundledPlanInitializer(BundledPlanProperties properties, ResourceLoader resources, PlanIngest ingest) {
        this.properties = properties;
        this.resources = resources;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadBundledIfEmpty() && ingest.ingestIfEmpty(resources.getResource(properties.bundled())).isEmpty()) {
            log.info("The graph already holds plans; the bundled plan is not loaded again");
        }
    }
}
