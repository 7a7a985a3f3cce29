package io.dutygraph.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.dutygraph.architecture.Modules.Module;
import io.dutygraph.plan.BackArrowExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Modules with one-way dependencies ({@link Modules}), Neo4j's internal API in one adapter, and the module diagram
 * in {@code docs/modules.md} and the README generated from the code ({@code -Ddutygraph.docs.rewrite=true} rewrites
 * both after a deliberate change).
 */
class ModuleStructureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(Modules.ROOT);

    @Test
    void everyClassBelongsToAModule() {
        assertThat(MAIN.stream().filter(type -> Modules.of(type).isEmpty()).map(type -> type.getName()))
                .isEmpty();
    }

    @Test
    void modulesOnlyUseTheModulesBelowThemThatTheyName() {
        modulesRule().check(MAIN);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching(Modules.ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void aBackArrowFailsTheModuleRule() {
        JavaClasses withBackArrow = new ClassFileImporter().importPackages(Modules.ROOT + ".plan", Modules.ROOT + ".graph");
        assertThat(withBackArrow.contain(BackArrowExample.class)).isTrue();
        assertThatThrownBy(() -> modulesRule().check(withBackArrow))
                .hasMessageContaining(BackArrowExample.class.getName())
                .hasMessageContaining("io.dutygraph.graph.query.TaskQueries");
    }

    @Test
    void neo4jInternalsAreUsedOnlyByTheirAdapter() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(Modules.ROOT + ".graph.store.Neo4jInternals")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..internal..")
                .orShould().dependOnClassesThat(resideInAPackage("org.neo4j..").and(simpleNameContaining("Internal")));
        rule.check(MAIN);
    }

    @Test
    void diagramInDocsAndReadmeMatchesTheCode() throws IOException {
        String diagram = ModuleDiagram.mermaid(MAIN);
        Path docs = Path.of("docs/modules.md");
        Path readme = Path.of("README.md");
        if (Boolean.getBoolean("dutygraph.docs.rewrite")) {
            Files.writeString(docs, ModuleDiagram.document(diagram), StandardCharsets.UTF_8);
            Files.writeString(readme, ModuleDiagram.replaceInReadme(Files.readString(readme), diagram));
        }
        assertThat(Files.readString(docs)).isEqualTo(ModuleDiagram.document(diagram));
        assertThat(ModuleDiagram.readmeBlock(Files.readString(readme))).isEqualTo(diagram);
    }

    private static LayeredArchitecture modulesRule() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Module module : Modules.ALL) {
            architecture = architecture.layer(module.name()).definedBy(module.packageIdentifier());
        }
        for (Module module : Modules.ALL) {
            architecture = module.mayUse().isEmpty()
                    ? architecture.whereLayer(module.name()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(module.name()).mayOnlyAccessLayers(module.mayUse().toArray(String[]::new));
        }
        return architecture;
    }
}
