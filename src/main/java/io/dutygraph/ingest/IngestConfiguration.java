package io.dutygraph.ingest;

import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.units.UnitDirectories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser with the bundled unit directories, for the parts of the application that load plans. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    UnitDirectories unitDirectories() {
        return UnitDirectories.bundled();
    }

    @Bean
    PlanParser planParser(UnitDirectories unitDirectories) {
        return new PlanParser(unitDirectories);
    }
}
