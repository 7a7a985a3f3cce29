package io.dutygraph.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The application's modules and the arrows each may draw: the one model the module test enforces and the
 * diagram in {@code docs/modules.md} and the README is generated from. Ordered from the top (entry points) down.
 */
final class Modules {

    static final String ROOT = "io.dutygraph";

    record Module(String name, String description, Set<String> mayUse) {

        String packageName() {
            return name.equals("app") ? ROOT : ROOT + "." + name;
        }

        /** ArchUnit package identifier: with its subpackages, unless other modules live inside it (app, plan). */
        String packageIdentifier() {
            boolean holdsModules = name.equals("app") || ALL.stream().anyMatch(other -> other.name.startsWith(name + "."));
            return holdsModules ? packageName() : packageName() + "..";
        }

        boolean contains(JavaClass type) {
            String pkg = type.getPackageName();
            return pkg.equals(packageName()) || !packageIdentifier().equals(packageName()) && pkg.startsWith(packageName() + ".");
        }
    }

    static final List<Module> ALL = List.of(
            new Module("cli", "the command line, holding main: serve, parse, load, audit, export",
                    Set.of("app", "ingest", "graph.load", "graph.store", "plan", "plan.reading", "plan.units", "audit",
                            "export")),
            new Module("web", "pages besides the API (explorer, GraphiQL; offline), security headers, request limits",
                    Set.of()),
            new Module("api", "GraphQL controllers, batch loaders, limits, errors",
                    Set.of("graph.query", "network", "plan", "audit", "export")),
            new Module("ingest", "parse → load, at start-up and for the load command",
                    Set.of("graph.load", "plan", "plan.reading", "plan.units")),
            new Module("export", "CSV, XLSX, GraphML and GEXF files of a plan, streamed",
                    Set.of("network", "graph.query", "graph.store", "plan")),
            new Module("audit", "accountability and data-quality audit of a document or a loaded plan",
                    Set.of("graph.query", "graph.store", "plan", "plan.targets")),
            new Module("network", "coordination network and paths (JGraphT)", Set.of("graph.query", "plan")),
            new Module("graph.query", "read services, views, name resolution", Set.of("graph.store", "plan")),
            new Module("graph.load", "one-transaction plan loading", Set.of("graph.store", "plan", "plan.targets")),
            new Module("graph.store", "embedded/external Neo4j, statements, schema, readers", Set.of()),
            new Module("plan.reading", "document → ParsedPlan (text, tables, cells)", Set.of("plan", "plan.units")),
            new Module("plan.units", "the unit directory (canonical names, aliases, kinds)", Set.of("plan")),
            new Module("plan.targets", "measurable targets read from task text (5%以上, 150个)", Set.of("plan")),
            new Module("plan", "the parsed plan's records and the spelling rules", Set.of()),
            new Module("app", "the Spring configuration root", Set.of()));

    private Modules() {
    }

    /** The module a class belongs to. */
    static Optional<Module> of(JavaClass type) {
        return ALL.stream().filter(module -> module.contains(type)).findFirst();
    }
}
