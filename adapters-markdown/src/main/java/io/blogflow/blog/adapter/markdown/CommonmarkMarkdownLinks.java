package io.blogflow.blog.adapter.markdown;

import io.blogflow.blog.application.port.out.MarkdownLinks;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MarkdownLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds link destinations with commonmark-java's syntax tree and source spans, so code spans and blocks (which hold
 * no link nodes) are never touched. A destination's span is located inside its node's span: after the link text's
 * {@code ](} for inline links and images, after {@code ]:} for reference definitions, optionally in {@code <…>}.
 * Links that use a reference ({@code [text][ref]}) have no destination of their own: their definition is reported.
 */
public class CommonmarkMarkdownLinks implements MarkdownLinks {

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public List<MarkdownLink> links(MarkdownContent markdown) {
        String text = markdown.value();
        Node document = parser.parse(text);
        List<MarkdownLink> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                inline(text, link, link.getDestination()).ifPresent(links::add);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                inline(text, image, image.getDestination()).ifPresent(links::add);
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                int start = start(definition);
                int labelEnd = start < 0 ? -1 : text.indexOf("]:", start);
                if (labelEnd >= 0) {
                    located(text, definition.getDestination(), labelEnd + 2).ifPresent(links::add);
                }
            }
        });
        return links;
    }

    /** {@code [text](destination …)} or {@code ![alt](destination …)}: the destination follows the text's "](". */
    private static Optional<MarkdownLink> inline(String text, Node node, String destination) {
        int start = start(node);
        if (start < 0) {
            return Optional.empty();
        }
        int textEnd = node.getLastChild() == null ? text.indexOf(']', start) : end(node.getLastChild());
        if (textEnd < 0 || !text.startsWith("](", textEnd)) {
            return Optional.empty(); // a reference link: its definition carries the destination
        }
        return located(text, destination, textEnd + 2);
    }

    /** The destination written at {@code from}, after optional whitespace and inside optional angle brackets. */
    private static Optional<MarkdownLink> located(String text, String destination, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '<') {
            at++;
        }
        if (destination.isEmpty() || !text.startsWith(destination, at)) {
            return Optional.empty(); // written with escapes or entities: not safely rewritable, so not reported
        }
        return Optional.of(new MarkdownLink(destination, at, at + destination.length()));
    }

    private static int start(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
    }

    private static int end(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength();
    }
}
