package io.blogflow.comments.adapter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.comments.domain.CommentText;
import org.junit.jupiter.api.Test;

class CommonmarkCommentRendererTest {

    private final CommonmarkCommentRenderer renderer = new CommonmarkCommentRenderer();

    private String render(String markdown) {
        return renderer.render(new CommentText(markdown));
    }

    @Test
    void emphasisCodeQuotesAndListsAreKept() {
        assertThat(render("Some *very* **good** `code`")).isEqualTo(
                "<p>Some <em>very</em> <strong>good</strong> <code>code</code></p>");
        assertThat(render("> quoted")).contains("<blockquote>").contains("quoted");
        assertThat(render("- one\n- two")).contains("<ul>").contains("<li>one</li>");
        assertThat(render("```\nx < y\n```")).contains("<pre><code>x &lt; y").doesNotContain("<x");
    }

    @Test
    void linksGetNofollowUgcNoopener() {
        assertThat(render("[site](https://example.org/a)"))
                .isEqualTo("<p><a href=\"https://example.org/a\" rel=\"nofollow ugc noopener\">site</a></p>");
    }

    @Test
    void headingsImagesAndRawHtmlDoNotSurvive() {
        assertThat(render("# Big")).isEqualTo("<p># Big</p>");
        assertThat(render("![a cat](https://example.org/cat.png)")).isEqualTo("<p>a cat</p>");
        assertThat(render("<script>alert(1)</script> <b onclick=\"x()\">hi</b>"))
                .doesNotContain("<script").doesNotContain("<b ").contains("&lt;script&gt;").contains("&lt;b onclick");
    }

    @Test
    void unsafeLinkProtocolsAreDropped() {
        assertThat(render("[x](javascript:alert(1))")).doesNotContain("javascript");
        assertThat(render("[x](ftp://example.org/f)")).doesNotContain("ftp:");
        assertThat(render("[mail](mailto:ada@example.org)")).contains("href=\"mailto:ada@example.org\"");
    }
}
