package io.blogflow.blog.adapter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonmarkMarkdownRendererTest {

    private final CommonmarkMarkdownRenderer renderer = new CommonmarkMarkdownRenderer();

    @Test
    void markdownBecomesHtmlWithTablesAndAnchoredHeadingsListedForTheTableOfContents() {
        var rendering = renderer.render(new MarkdownContent("""
                # Crème brûlée
                Some *words*.

                ## Steps
                | a | b |
                |---|---|
                | 1 | 2 |

                ## Steps
                """));

        assertThat(rendering.safeHtml())
                .contains("<h1 id=\"crème-brûlée\">", "<em>words</em>", "<table>", "<td>1</td>")
                .contains("<h2 id=\"steps\">", "<h2 id=\"steps-1\">");
        assertThat(rendering.headings()).containsExactly(new Heading(1, "Crème brûlée", "crème-brûlée"),
                new Heading(2, "Steps", "steps"), new Heading(2, "Steps", "steps-1"));
        assertThat(rendering.plainText()).startsWith("Crème brûlée Some words.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div onclick=\"steal()\">hi</div>",
        "<svg onload=alert(1)>",
    })
    void nothingExecutableSurvives(String attack) {
        String html = renderer.render(new MarkdownContent("Before\n\n" + attack + "\n\nAfter")).safeHtml();

        assertThat(html.toLowerCase()).doesNotContain("<script", "onerror", "onclick", "onload", "javascript:",
                "<iframe", "<svg");
    }

    @Test
    void ordinaryAndRelativeLinksAndImagesAreKept() {
        String html = renderer.render(new MarkdownContent(
                "[site](https://example.com) [post](/posts/other-post) ![alt](https://img.example/a.png)")).safeHtml();

        assertThat(html).contains("href=\"https://example.com\"", "href=\"/posts/other-post\"",
                "src=\"https://img.example/a.png\"", "alt=\"alt\"");
    }
}
