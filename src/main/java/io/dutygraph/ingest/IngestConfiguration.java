package io.dutygraph.ingest;

import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.units.UnitDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser with the bundled unit directory, for the parts of the application that load plans. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    UnitDirectory unitDirectory() {
        return UnitDirectory.bundled();
    }

    @Bean
    PlanParser planParser(UnitDirectory unitDirectory) {
        return new PlanParser(unitDirectory);
    }
}
