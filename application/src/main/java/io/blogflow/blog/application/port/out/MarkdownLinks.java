package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MarkdownLink;
import java.util.List;

/**
 * The link destinations a Markdown document really contains (inline links, images, reference definitions), found by
 * parsing it: text that only looks like a link, e.g. inside code, is not one.
 */
public interface MarkdownLinks {

    /** In document order; destinations whose written form cannot be located exactly are left out. */
    List<MarkdownLink> links(MarkdownContent markdown);
}
