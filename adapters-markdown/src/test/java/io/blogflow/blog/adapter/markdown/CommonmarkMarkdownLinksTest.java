package io.blogflow.blog.adapter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MarkdownLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonmarkMarkdownLinksTest {

    private final CommonmarkMarkdownLinks links = new CommonmarkMarkdownLinks();

    @Test
    void inlineLinksImagesAndReferenceDefinitionsAreFoundWithTheirExactSpans() {
        String markdown = """
                Intro [a *b*](/one "t") and ![img](</two.png>) and [ref link][r].
                [multi
                line](
                /three)

                [r]: https://site.example/four "Title"
                """;

        List<MarkdownLink> found = links.links(new MarkdownContent(markdown));

        assertThat(found).extracting(MarkdownLink::destination)
                .containsExactly("/one", "/two.png", "/three", "https://site.example/four");
        assertThat(found).allSatisfy(link ->
                assertThat(markdown.substring(link.start(), link.end())).isEqualTo(link.destination()));
    }

    @Test
    void codeSpansAndCodeBlocksHoldNoLinks() {
        String markdown = """
                Use `[x](/a)` inline.

                ```
                [y](/b)
                ```

                    [z](/c)
                """;

        assertThat(links.links(new MarkdownContent(markdown))).isEmpty();
    }

    @Test
    void destinationsWrittenWithEscapesAreLeftOutRatherThanRewrittenWrongly() {
        assertThat(links.links(new MarkdownContent("[x](/a\\_b) [y](/ok)"))).extracting(MarkdownLink::destination)
                .containsExactly("/ok");
    }
}
