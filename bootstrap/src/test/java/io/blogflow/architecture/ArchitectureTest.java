package io.blogflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production code of every module keeps the architecture. */
class ArchitectureTest {

    /** Test classes are left out, also the ports' contract tests and fakes that application's test jar shares. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.blogflow");

    static Stream<ArchRule> rules() {
        return ArchitectureRules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.check(PRODUCTION);
    }

    /** A rule over no classes checks nothing: make sure every layer of every module was imported. */
    @Test
    void theRulesSeeClassesOfEveryLayer() {
        for (String layer : new String[] {".domain.", ".application.", ".adapter.rest.", ".adapter.persistence.",
                ".adapter.security.", ".adapter.ratelimit.", ".adapter.markdown.", ".adapter.diff.", ".adapter.crypto.",
                ".adapter.langchain4j.", ".adapter.langchain4j.anthropic.", ".adapter.resilience.",
                ".adapter.imagegen.", ".adapter.media.", ".bootstrap."}) {
            assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().concat(".").contains(layer)))
                    .as("classes in %s", layer).isNotEmpty();
        }
    }
}
