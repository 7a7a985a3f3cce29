package io.dutygraph.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser and unit directory as beans, for the parts of the application that load plans. */
@Configuration(proxyBeanMethods = false)
class PlanParserConfiguration {

    @Bean
    UnitDirectory unitDirectory() {
        return UnitDirectory.bundled();
    }

    @Bean
    PlanParser planParser(UnitDirectory unitDirectory) {
        return new PlanParser(unitDirectory);
    }
}
