package io.blogflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture, as rules. The allowed dependencies between bounded contexts are declared here and only here;
 * a new context must be added to {@link #ALLOWED_CONTEXT_DEPENDENCIES} before it can have classes.
 */
final class ArchitectureRules {

    static final Map<String, Set<String>> ALLOWED_CONTEXT_DEPENDENCIES = Map.ofEntries(
            Map.entry("shared", Set.of()),
            // billing meters the others through their out-ports, which their own bootstrap wires to billing's in-ports
            Map.entry("billing", Set.of("shared")),
            Map.entry("identity", Set.of("shared", "billing")),
            // blog's bootstrap answers its Bylines port from identity's port.in (identity owns accounts and profiles)
            Map.entry("blog", Set.of("shared", "identity")),
            Map.entry("llm", Set.of("shared", "billing")),
            Map.entry("workflow", Set.of("shared", "blog", "llm")),
            Map.entry("images", Set.of("shared", "blog", "llm", "workflow", "billing")),
            Map.entry("notifications", Set.of("shared", "identity")),
            Map.entry("comments", Set.of("shared", "identity", "blog", "llm")),
            // engagement's bootstrap asks comments' port.in which comments are public and how many a post has, and
            // tells analytics' port.in of shares
            Map.entry("engagement", Set.of("shared", "blog", "identity", "notifications", "comments", "analytics")),
            // analytics attributes page views to posts (PostsBySlug), selects posts by filter (PostSelection) and hands
            // view totals to the blog's counter (PostViewCounter): its own ports, answered from blog's in-ports
            Map.entry("analytics", Set.of("shared", "blog")));

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

    /** Adapter classes, and the port implementations that live in bootstrap (bridges between contexts). */
    private static final DescribedPredicate<JavaClass> ADAPTERS_AND_PORT_IMPLEMENTATIONS =
            JavaClass.Predicates.resideInAPackage("io.blogflow..adapter..")
                    .or(JavaClass.Predicates.resideInAPackage("io.blogflow..bootstrap..")
                            .and(JavaClass.Predicates.implement(
                                    JavaClass.Predicates.resideInAPackage("io.blogflow..application.port.."))))
                    .as("adapters and port implementations in bootstrap");

    /**
     * Services and whatever else the application keeps to itself. Allowed are the ports and the application
     * package itself, which holds the value types the ports speak (blog's {@code Site}, {@code FeedQuery}).
     */
    private static final DescribedPredicate<JavaClass> APPLICATION_BEYOND_ITS_PORTS =
            JavaClass.Predicates.resideInAPackage("io.blogflow..application..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                            "io.blogflow.*.application", "io.blogflow..application.port.in..",
                            "io.blogflow..application.port.out..")))
                    .as("application code other than its ports (application.service …)");

    static final ArchRule ADAPTERS_USE_ONLY_PORTS_AND_DOMAIN = noClasses()
            .that(ADAPTERS_AND_PORT_IMPLEMENTATIONS)
            .should().dependOnClassesThat(APPLICATION_BEYOND_ITS_PORTS)
            .because("an adapter plugs into ports (port.in, port.out) and the domain; services are built by producers");

    static final ArchRule CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN = classes()
            .should(reachOtherContextsOnlyThroughTheirPortInOrDomain())
            .because("a context's services, out-ports and adapters are its own; others use its port.in and domain. "
                    + "The shared kernel is open (but its services), and bootstrap wiring may also implement or hand "
                    + "over another context's out-ports");

    /**
     * SQL in an adapter's class names only tables of its own context (or the shared kernel's): what is in another
     * context's tables is reached through that context's port.in, or kept in a copy of its own fed through ports, so
     * each schema stays its owner's to change. There are no exceptions. Native SQL
     * is text, so the class files' constants are read: {@code FROM}, {@code JOIN}, {@code INTO} or {@code UPDATE}
     * followed by a table another context's changelog creates.
     */
    static final ArchRule ADAPTERS_NAME_ONLY_THEIR_CONTEXTS_TABLES = classes()
            .that().resideInAPackage("io.blogflow..adapter..")
            .should(nameOnlyTheirContextsTables())
            .because("a context's tables are its own; other contexts use its ports");

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

    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("(?i:\\b(?:from|join|into|update))\\s+([a-z_][a-z0-9_]*)\\b");

    /** Read when the rule first checks a class, not when the rules are loaded. */
    private static final class TableOwners {
        static final Map<String, String> BY_TABLE = TableOwnership.fromChangelogs(ALLOWED_CONTEXT_DEPENDENCIES.keySet());
    }

    private static ArchCondition<JavaClass> nameOnlyTheirContextsTables() {
        return new ArchCondition<>("name only tables of their own context") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Matcher own = CONTEXT_AND_LAYER.matcher(javaClass.getPackageName());
                if (!own.matches()) {
                    return;
                }
                Matcher reference = TABLE_REFERENCE.matcher(constantsOf(javaClass));
                while (reference.find()) {
                    String owner = TableOwners.BY_TABLE.get(reference.group(1));
                    if (owner != null && !owner.equals(own.group(1)) && !owner.equals("shared")) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " names table "
                                + reference.group(1) + " of context '" + owner + "'"));
                    }
                }
            }
        };
    }

    /** The class file as Latin-1 text: its string constants (SQL included) appear in it as written. */
    private static String constantsOf(JavaClass javaClass) {
        URI uri = javaClass.getSource().orElseThrow(() -> new IllegalStateException("No class file for "
                + javaClass.getName())).getUri();
        try (InputStream in = uri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** io.blogflow.(context).(layer)[.(sub)[.(port direction)]]… */
    private static final Pattern CONTEXT_AND_LAYER =
            Pattern.compile("io\\.blogflow\\.([^.]+)\\.([^.]+)(?:\\.([^.]+)(?:\\.([^.]+))?)?.*");

    /**
     * Per dependency: from context A to another context B, the target must be B's domain or {@code application.port.in};
     * B = shared: anything but its {@code application.service}; from A's bootstrap also B's {@code application.port.out}.
     */
    private static ArchCondition<JavaClass> reachOtherContextsOnlyThroughTheirPortInOrDomain() {
        return new ArchCondition<>("reach other contexts only through their port.in or domain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (crossesIntoInternals(origin.getPackageName(), dependency.getTargetClass().getBaseComponentType()
                            .getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static boolean crossesIntoInternals(String originPackage, String targetPackage) {
        Matcher origin = CONTEXT_AND_LAYER.matcher(originPackage);
        Matcher target = CONTEXT_AND_LAYER.matcher(targetPackage);
        if (!origin.matches() || !target.matches() || origin.group(1).equals(target.group(1))) {
            return false;
        }
        String layer = target.group(2);
        boolean application = layer.equals("application");
        String port = application && "port".equals(target.group(3)) ? target.group(4) : null;
        if (target.group(1).equals("shared")) {
            return application && "service".equals(target.group(3));
        }
        if (layer.equals("domain") || "in".equals(port)) {
            return false;
        }
        return !("out".equals(port) && origin.group(2).equals("bootstrap"));
    }

    static List<ArchRule> all() {
        return Stream.concat(Stream.of(ONION_LAYERS, EVERY_CLASS_IS_IN_A_LAYER, NO_FRAMEWORK_IN_THE_CORE,
                DOMAIN_USES_ONLY_THE_JDK, ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTERS, ADAPTERS_USE_ONLY_PORTS_AND_DOMAIN,
                CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN, ADAPTERS_NAME_ONLY_THEIR_CONTEXTS_TABLES,
                CONTEXTS_ARE_FREE_OF_CYCLES, EVERY_CONTEXT_IS_DECLARED),
                contextDependencyRules().stream()).toList();
    }

    private ArchitectureRules() {
    }
}
