package io.dutygraph.api;

import org.springframework.test.context.TestPropertySource;

/** Every network test again, with the query layer reading over Bolt (same context as {@link ApiOverBoltTests}). */
@TestPropertySource(properties = "dutygraph.neo4j.embedded.in-process-reads=false")
class NetworkApiOverBoltTests extends NetworkApiTests {
}
