package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the pages under docs/ link to files and headings that exist, never outside the repository, and the
 * README lists every page (its reference list is how readers find them).
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^```.*?^```", Pattern.MULTILINE | Pattern.DOTALL);

    private static List<Path> pages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            List<Path> pages = new ArrayList<>(docs.filter(path -> path.toString().endsWith(".md")).sorted().toList());
            pages.add(0, ROOT.resolve("README.md"));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path page) {
        try {
            return FENCE.matcher(Files.readString(page)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static Set<String> anchors(Path page) {
        Matcher headings = HEADING.matcher(text(page));
        return headings.results().map(found -> anchor(found.group(1))).collect(Collectors.toSet());
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher links = LINK.matcher(text(page));
            while (links.find()) {
                String target = links.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = ROOT.relativize(page) + " → " + target;
                if (!resolved.startsWith(ROOT)) {
                    broken.add(where + " (outside the repository)");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (fragment != null && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(fragment)) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeListsEveryPageUnderDocs() {
        String readme = text(ROOT.resolve("README.md"));
        List<String> unlisted = pages().stream().skip(1)
                .map(page -> "docs/" + page.getFileName())
                .filter(page -> !readme.contains("](" + page + ")"))
                .toList();

        assertThat(unlisted).as("pages missing from the README's documentation list").isEmpty();
    }

    @Test
    void headingAnchorsAreComputedAsGitHubDoes() {
        assertThat(anchor("Running actions: generation and the action history"))
                .isEqualTo("running-actions-generation-and-the-action-history");
        assertThat(anchor("A post's progress through the workflow")).isEqualTo("a-posts-progress-through-the-workflow");
        assertThat(anchor("Image providers and the `ImageGenerator` port"))
                .isEqualTo("image-providers-and-the-imagegenerator-port");
    }
}
