package io.blogflow.blog.adapter.markdown;

import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * CommonMark with GitHub tables and heading anchors, then sanitised by jsoup: raw HTML in the Markdown is allowed
 * only as far as the safe list goes, so no script, event handler or {@code javascript:} URL survives.
 */
public class CommonmarkMarkdownRenderer implements MarkdownRenderer {

    /** Base for resolving relative links while sanitising; relative links are kept relative. */
    private static final String BASE_URI = "https://blogflow.invalid/";

    private final List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();
    private final TextContentRenderer text = TextContentRenderer.builder().extensions(extensions).build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "id")
            .addAttributes("a", "title")
            .preserveRelativeLinks(true);

    @Override
    public Rendering render(MarkdownContent markdown) {
        Node document = parser.parse(markdown.value());
        String safeHtml = Jsoup.clean(html.render(document), BASE_URI, safelist);
        String plainText = Jsoup.parse(safeHtml).text();
        return new Rendering(safeHtml, plainText, headings(document));
    }

    /** Same ids as the anchor extension gives the rendered headings: one generator per document, in order. */
    private List<Heading> headings(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String title = text.render(heading).strip();
                headings.add(new Heading(heading.getLevel(), title, ids.generateId(title)));
            }
        });
        return headings;
    }
}
