package io.blogflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture, as rules. The allowed dependencies between bounded contexts are declared here and only here;
 * a new context must be added to {@link #ALLOWED_CONTEXT_DEPENDENCIES} before it can have classes.
 */
final class ArchitectureRules {

    static final Map<String, Set<String>> ALLOWED_CONTEXT_DEPENDENCIES = Map.of(
            "shared", Set.of(),
            "identity", Set.of("shared"),
            "blog", Set.of("shared"),
            "llm", Set.of("shared"),
            "workflow", Set.of("shared", "blog", "llm"),
            "images", Set.of("shared", "blog", "llm", "workflow"),
            "notifications", Set.of("shared", "identity"));

    static final ArchRule ONION_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("io.blogflow..domain..")
            .layer("Application").definedBy("io.blogflow..application..")
            .layer("Adapters").definedBy("io.blogflow..adapter..")
            .layer("Bootstrap").definedBy("io.blogflow..bootstrap..")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap");

    static final ArchRule EVERY_CLASS_IS_IN_A_LAYER = classes()
            .should().resideInAnyPackage("io.blogflow..domain..", "io.blogflow..application..",
                    "io.blogflow..adapter..", "io.blogflow..bootstrap..")
            .because("a class outside the four layers escapes every layer rule");

    static final ArchRule NO_FRAMEWORK_IN_THE_CORE = noClasses()
            .that().resideInAnyPackage("io.blogflow..domain..", "io.blogflow..application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                    "org.hibernate..", "io.vertx..", "io.smallrye..", "com.fasterxml..", "org.eclipse.microprofile..")
            .because("domain and application are plain Java; frameworks live in adapters and bootstrap");

    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage("io.blogflow..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.blogflow..domain..", "java..")
            .because("the domain module has no dependencies at all");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTERS = slices()
            .matching("io.blogflow.*.adapter.(*)..").namingSlices("adapter '$1'")
            .should().notDependOnEachOther()
            .because("adapters meet only through application ports");

    static final ArchRule CONTEXTS_ARE_FREE_OF_CYCLES = slices()
            .matching("io.blogflow.(*)..").namingSlices("context '$1'")
            .should().beFreeOfCycles();

    static final ArchRule EVERY_CONTEXT_IS_DECLARED = classes()
            .should().resideInAnyPackage(ALLOWED_CONTEXT_DEPENDENCIES.keySet().stream()
                    .map(context -> "io.blogflow." + context + "..").toArray(String[]::new))
            .because("each context's allowed dependencies are declared in ArchitectureRules");

    /** One rule per context: it may use itself and its declared dependencies, no other context. */
    static List<ArchRule> contextDependencyRules() {
        return ALLOWED_CONTEXT_DEPENDENCIES.entrySet().stream().map(entry -> {
            String[] forbidden = ALLOWED_CONTEXT_DEPENDENCIES.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> "io.blogflow." + other + "..")
                    .toArray(String[]::new);
            return forbidden.length == 0 ? null : noClasses()
                    .that().resideInAPackage("io.blogflow." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .as("context '" + entry.getKey() + "' depends only on " + entry.getValue());
        }).filter(rule -> rule != null).toList();
    }

    static List<ArchRule> all() {
        return Stream.concat(Stream.of(ONION_LAYERS, EVERY_CLASS_IS_IN_A_LAYER, NO_FRAMEWORK_IN_THE_CORE,
                DOMAIN_USES_ONLY_THE_JDK, ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTERS, CONTEXTS_ARE_FREE_OF_CYCLES,
                EVERY_CONTEXT_IS_DECLARED), contextDependencyRules().stream()).toList();
    }

    private ArchitectureRules() {
    }
}
