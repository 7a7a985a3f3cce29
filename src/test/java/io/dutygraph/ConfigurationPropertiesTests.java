package io.dutygraph;

import static org.assertj.core.api.Assertions.assertThat;

import io.dutygraph.api.ApiProperties;
import io.dutygraph.api.GraphQlHttpProperties;
import io.dutygraph.graph.store.BoltAccess;
import io.dutygraph.graph.store.Neo4jProperties;
import io.dutygraph.ingest.BundledPlanProperties;
import io.dutygraph.web.HttpProperties;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each module's {@code dutygraph.*} record: defaults, application.yml, and bad values refused at start-up. */
class ConfigurationPropertiesTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(AllProperties.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({Neo4jProperties.class, BundledPlanProperties.class, ApiProperties.class,
            HttpProperties.class, GraphQlHttpProperties.class})
    static class AllProperties {
    }

    @Test
    void defaultsAreTheLocalEmbeddedServer() {
        var embedded = bind(new Binder(new MapConfigurationPropertySource()), Neo4jProperties.class).embedded();
        assertThat(embedded).isEqualTo(new Neo4jProperties.Embedded(true, "./data/neo4j", "localhost", 7687,
                "64m", "auto", true, BoltAccess.APP_ONLY, java.util.List.of()));
    }

    @Test
    void applicationYmlSpellsOutTheSameDefaults() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        Binder fromYaml = new Binder(ConfigurationPropertySources.from(yaml));
        Binder defaults = new Binder(new MapConfigurationPropertySource());
        for (Class<?> properties : new Class<?>[] {Neo4jProperties.class, BundledPlanProperties.class, ApiProperties.class,
                HttpProperties.class, GraphQlHttpProperties.class}) {
            assertThat(bind(fromYaml, properties)).isEqualTo(bind(defaults, properties));
        }
    }

    @Test
    void externalModeIsOneSwitch() {
        var binder = new Binder(new MapConfigurationPropertySource(Map.of("dutygraph.neo4j.embedded.enabled", "false")));
        assertThat(bind(binder, Neo4jProperties.class).embedded().enabled()).isFalse();
    }

    @Test
    void ideMetadataDescribesEveryKeyOfApplicationYml() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        List<String> keysInYaml = yaml.stream().flatMap(source -> Arrays.stream(
                ((EnumerablePropertySource<?>) source).getPropertyNames())).filter(key -> key.startsWith("dutygraph."))
                .map(key -> key.replaceFirst("\\[.*$", "")).distinct().toList();
        JsonNode metadata = JsonMapper.builder().build().readTree(
                new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream());
        Map<String, String> descriptions = new HashMap<>();
        metadata.get("properties").forEach(property -> descriptions.put(property.get("name").asString(),
                property.path("description").asString("")));
        assertThat(keysInYaml).hasSize(28).allSatisfy(key -> assertThat(descriptions.get(key)).as(key).isNotBlank());
    }

    @Test
    void defaultsPassValidation() {
        context.run(started -> assertThat(started).hasNotFailed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            dutygraph.neo4j.embedded.bolt-port=70000  | dutygraph.neo4j | embedded.boltPort      | must be less than or equal to 65535
            dutygraph.neo4j.embedded.page-cache=lots  | dutygraph.neo4j | embedded.pageCache     | must be a size such as 64m or 1g
            dutygraph.neo4j.embedded.data-directory=  | dutygraph.neo4j | embedded.dataDirectory | must not be blank
            dutygraph.neo4j.query-timeout=0s          | dutygraph.neo4j | queryTimeout           | must be longer than or equal to 1 milli
            dutygraph.plan.bundled=                   | dutygraph.plan  | bundled                | must not be blank
            dutygraph.api.max-depth=0                 | dutygraph.api   | maxDepth               | must be greater than or equal to 1
            dutygraph.api.default-page-size=500       | dutygraph.api   | defaultPageSize        | default-page-size must not exceed max-page-size
            dutygraph.graphql.max-request-size=10B    | dutygraph.graphql | maxRequestSize       | max-request-size must be between 1KB and 1GB
            """)
    void badValueStopsTheStartNamingTheKeyAndTheReason(String setting, String prefix, String field, String reason) {
        context.withPropertyValues(setting).run(started -> assertThat(started).getFailure().rootCause()
                .hasMessageContaining("errors on " + prefix).hasMessageContaining(field).hasMessageContaining(reason));
    }

    private static <T> T bind(Binder binder, Class<T> type) {
        return binder.bindOrCreate(type.getAnnotation(ConfigurationProperties.class).value(), type);
    }
}
