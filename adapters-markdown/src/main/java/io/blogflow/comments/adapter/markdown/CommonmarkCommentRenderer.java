package io.blogflow.comments.adapter.markdown;

import io.blogflow.comments.application.port.out.CommentRenderer;
import io.blogflow.comments.domain.CommentText;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Comments' Markdown subset with commonmark-java: paragraphs, emphasis, inline and fenced code, quotes, lists and
 * links. Headings are not parsed (a {@code #} line stays text), images are shown as their alt text, raw HTML is
 * escaped; jsoup then keeps only the basic safe list, allows http(s) and mailto links and gives every link
 * {@code rel="nofollow ugc noopener"}.
 */
public class CommonmarkCommentRenderer implements CommentRenderer {

    private static final String BASE_URI = "https://blogflow.invalid/";

    private final Parser parser = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, ListBlock.class))
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageAsText::new)
            .build();
    private final Safelist safelist = Safelist.basic()
            .removeTags("span", "cite", "dl", "dt", "dd", "q", "small", "sub", "sup", "u", "strike")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener");

    @Override
    public String render(CommentText text) {
        return Jsoup.clean(html.render(parser.parse(text.value())), BASE_URI, safelist).strip();
    }

    /** An image becomes its alt text: comments show no pictures. */
    private static final class ImageAsText implements NodeRenderer {

        private final HtmlWriter writer;

        ImageAsText(HtmlNodeRendererContext context) {
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    writer.text(text.getLiteral());
                }
            }
        }
    }
}
