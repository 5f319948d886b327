package io.blogflow.blog.application.port.out;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/**
 * One page of the public list. {@code page.total()} is exact unless {@code totalCapped}: a filtered count stops at
 * {@link #COUNT_CAP} (counting every match would read them all), and the total is then that lower bound.
 * {@code next} continues after the last item (null on the last page); {@code byCursor} tells that this page was asked
 * by cursor, so its page number means nothing.
 */
public record PublishedPage(Page<PostSummary> page, boolean totalCapped, PostCursor next, boolean byCursor) {

    /** Where a filtered count stops. */
    public static final int COUNT_CAP = 10_000;

    public static PublishedPage empty(PageRequest request, boolean byCursor) {
        return new PublishedPage(Page.empty(request), false, null, byCursor);
    }
}
