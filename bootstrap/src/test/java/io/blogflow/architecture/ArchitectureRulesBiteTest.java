package io.blogflow.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule is run against a deliberately violating fixture class (test sources, packages named
 * {@code archfixture}) and must report it: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURES = "io.blogflow.blog.domain.archfixture";

    @Test
    void aQuarkusOrJakartaImportInTheDomainIsReported() {
        assertBites(ArchitectureRules.NO_FRAMEWORK_IN_THE_CORE, classesOf(FIXTURES), "io.quarkus.runtime.StartupEvent");
        assertBites(ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK, classesOf(FIXTURES), "jakarta.inject.Singleton");
    }

    @Test
    void theDomainDependingOnTheApplicationLayerIsReported() {
        assertBites(ArchitectureRules.ONION_LAYERS, classesOf(FIXTURES, "io.blogflow.blog.application"),
                "DomainCallingApplication");
    }

    @Test
    void anAdapterImportingAnotherAdapterIsReported() {
        assertBites(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTERS,
                classesOf("io.blogflow.blog.adapter.rest.archfixture", "io.blogflow.blog.adapter.persistence"),
                "RestReachingIntoPersistence");
    }

    @Test
    void anAdapterImportingAnotherAdapterOfTheSameContextIsReported() {
        assertBites(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTERS,
                classesOf("io.blogflow.llm.adapter.langchain4j.archfixture", "io.blogflow.llm.adapter.crypto"),
                "GatewayReachingIntoCrypto");
    }

    @Test
    void anAdapterOrABootstrapPortImplementationUsingAServiceIsReported() {
        assertBites(ArchitectureRules.ADAPTERS_USE_ONLY_PORTS_AND_DOMAIN,
                classesOf("io.blogflow.blog.adapter.rest.archfixture"), "RestCallingAService");
        assertBites(ArchitectureRules.ADAPTERS_USE_ONLY_PORTS_AND_DOMAIN,
                classesOf("io.blogflow.blog.bootstrap.archfixture"), "BridgeUsingAService");
    }

    @Test
    void aContextReachingPastAnotherContextsPortInOrDomainIsReported() {
        JavaClasses fixtures = classesOf("io.blogflow.images.application.service.archfixture");

        assertBites(ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN, fixtures,
                "ImagesUsingLlmInternals.targets> has type <io.blogflow.llm.application.service.ModelTargets>");
        assertBites(ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN, fixtures,
                "ImagesUsingLlmInternals.usage> has type <io.blogflow.llm.application.port.out.UsageMeter>");
        assertBites(ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN, fixtures,
                "ImagesUsingLlmInternals.response> has type <io.blogflow.llm.adapter.rest.InteractionResponse>");
        assertThatThrownBy(() -> ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN.check(fixtures))
                .message().doesNotContain("ImagesUsingLlmPorts");
    }

    @Test
    void portInDomainTheSharedKernelAndOutPortsWiredInBootstrapAreNotReported() {
        ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN.check(classesOf(
                "io.blogflow.images.bootstrap.archfixture"));
        ArchitectureRules.CONTEXTS_MEET_THROUGH_PORT_IN_OR_DOMAIN.check(new ClassFileImporter()
                .importClasses(io.blogflow.images.application.service.archfixture.ImagesUsingLlmPorts.class));
    }

    @Test
    void anAdapterNamingAnotherContextsTableInItsSqlIsReported() {
        JavaClasses fixtures = classesOf("io.blogflow.blog.adapter.persistence.archfixture");

        assertBites(ArchitectureRules.ADAPTERS_NAME_ONLY_THEIR_CONTEXTS_TABLES, fixtures,
                "BylinesFromIdentityTables names table users of context 'identity'");
        assertBites(ArchitectureRules.ADAPTERS_NAME_ONLY_THEIR_CONTEXTS_TABLES, fixtures,
                "BylinesFromIdentityTables names table author_profiles of context 'identity'");
    }

    @Test
    void aContextDependingOnAContextOutsideItsAllowListIsReported() {
        ArchRule sharedRule = ArchitectureRules.contextDependencyRules().stream()
                .filter(rule -> rule.getDescription().startsWith("context 'shared'"))
                .findFirst().orElseThrow();

        assertBites(sharedRule, classesOf("io.blogflow.shared.domain.archfixture"), "SharedDependingOnBlog");
    }

    @Test
    void aCycleBetweenContextsIsReported() {
        assertBites(ArchitectureRules.CONTEXTS_ARE_FREE_OF_CYCLES,
                classesOf("io.blogflow.shared.domain", "io.blogflow.blog.domain"), "Cycle detected");
    }

    @Test
    void anUndeclaredContextAndAClassOutsideTheLayersAreReported() {
        assertBites(ArchitectureRules.EVERY_CONTEXT_IS_DECLARED, classesOf("io.blogflow.strays"), "UndeclaredContext");
        assertBites(ArchitectureRules.EVERY_CLASS_IS_IN_A_LAYER, classesOf("io.blogflow.strays"), "UndeclaredContext");
    }

    private static JavaClasses classesOf(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static void assertBites(ArchRule rule, JavaClasses classes, String expectedInReport) {
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedInReport);
    }
}
