package io.dutygraph.api;

import org.springframework.test.context.TestPropertySource;

/** Every API test again, with the query layer reading over Bolt as it does against an external server or cluster. */
@TestPropertySource(properties = "dutygraph.neo4j.embedded.in-process-reads=false")
class ApiOverBoltTests extends ApiTests {

    @Override
    String expectedReader() {
        return "driverGraphReader";
    }
}
