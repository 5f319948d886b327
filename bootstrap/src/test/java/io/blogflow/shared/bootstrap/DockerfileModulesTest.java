package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile.jvm copies every module's pom.xml into its dependency layer before the sources, so dependencies
 * are downloaded once and cached; a module missing there makes that step fail and every build download everything.
 */
class DockerfileModulesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static List<String> modules() throws IOException {
        return MODULE.matcher(Files.readString(ROOT.resolve("pom.xml"))).results().map(found -> found.group(1))
                .toList();
    }

    @Test
    void theJvmImageCopiesEveryModulesPomIntoItsDependencyLayer() throws IOException {
        List<String> dockerfile = Files.readAllLines(ROOT.resolve("docker/Dockerfile.jvm"));

        List<String> missing = modules().stream()
                .filter(module -> dockerfile.stream().noneMatch(line -> line.strip()
                        .equals("COPY " + module + "/pom.xml " + module + "/")))
                .toList();

        assertThat(missing).as("add 'COPY <module>/pom.xml <module>/' to docker/Dockerfile.jvm").isEmpty();
    }

    @Test
    void theDependencyLayerIsNotAllowedToFailSilently() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile.jvm"));

        assertThat(dockerfile).contains("dependency:go-offline").doesNotContain("|| true");
    }
}
