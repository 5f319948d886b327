package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.out.PostSummary;
import io.blogflow.blog.application.port.out.PublishedPage;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public list's envelope: the paged envelope of every list, plus the keyset cursor and the total's accuracy. */
@Schema(name = "PublicPostPage")
record PublicPostPage(
        @Schema(description = "Post summaries (only the fields asked for with fields=, when given).",
                implementation = PublicPostResource.PublicPostSummary.class, type = SchemaType.ARRAY)
        List<Object> items,
        @Schema(description = "1-based page number; null when the page was asked by cursor.", nullable = true)
        Integer page,
        @Schema(description = "Page size actually used (requests above the cap are capped).") int size,
        @Schema(description = "Number of posts over all pages: exact unless totalCapped, when it is a lower bound.")
        long total,
        @Schema(description = "True when the filtered count stopped at 10,000 (total is then 10,000, meaning at least that many); "
                + "the unfiltered total is always exact.") boolean totalCapped,
        @Schema(description = "Pass as cursor= for the page after this one (any depth, same cost as page 1); null on "
                + "the last page. Opaque.", nullable = true) String nextCursor) {

    static PublicPostPage of(PublishedPage page, Function<PostSummary, Object> item) {
        var p = page.page();
        return new PublicPostPage(p.items().stream().map(item).toList(), page.byCursor() ? null : p.page(), p.size(),
                p.total(), page.totalCapped(), PublicCursor.encode(page.next()));
    }
}
