package io.dutygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

class DutyGraphPropertiesTests {

    @Test
    void defaultsAreTheLocalEmbeddedServer() {
        var embedded = bind(new Binder(new MapConfigurationPropertySource())).neo4j().embedded();
        assertThat(embedded).isEqualTo(new DutyGraphProperties.Embedded(true, "./data/neo4j", "localhost", 7687,
                "64m", "256m", true));
    }

    @Test
    void applicationYmlSpellsOutTheSameDefaults() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        var fromYaml = bind(new Binder(ConfigurationPropertySources.from(yaml)));
        assertThat(fromYaml).isEqualTo(bind(new Binder(new MapConfigurationPropertySource())));
    }

    @Test
    void externalModeIsOneSwitch() {
        var source = new MapConfigurationPropertySource(Map.of("dutygraph.neo4j.embedded.enabled", "false"));
        var binder = new Binder(source);
        assertThat(bind(binder).neo4j().embedded().enabled()).isFalse();
    }

    private static DutyGraphProperties bind(Binder binder) {
        return binder.bindOrCreate("dutygraph", DutyGraphProperties.class);
    }
}
