package io.blogflow.engagement.bootstrap;

import io.blogflow.analytics.application.port.in.RecordEventsUseCase;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.Client;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.IncomingEvent;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.engagement.application.port.in.SharePostUseCase.SharePost;
import io.blogflow.engagement.application.port.out.ShareEvents;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.DomainException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A share told to analytics as the event {@code share} on the post's permalink ({@code <site url>/<slug>}, so analytics
 * attributes it to the post), with the network as the {@code network} property and the reader's address and
 * User-Agent for its anonymous visitor id, and the country the trusted proxy header gave (else analytics derives it from
 * the address, as for a page view; the address itself is never stored). Analytics
 * drops robots and excluded addresses as for any event; when its write path is full the event is lost and logged,
 * the share itself stays counted.
 */
final class AnalyticsShareEvents implements ShareEvents {

    private static final Logger LOG = Logger.getLogger(AnalyticsShareEvents.class);

    private final RecordEventsUseCase analytics;
    private final PublicPostsUseCase posts;
    private final Transactions transactions;
    private final URI site;

    AnalyticsShareEvents(RecordEventsUseCase analytics, PublicPostsUseCase posts, Transactions transactions,
                         URI site) {
        this.analytics = analytics;
        this.posts = posts;
        this.transactions = transactions;
        String text = site.toString();
        this.site = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public void shared(SharePost share) {
        PostId post = share.post();
        Optional<Slug> slug = transactions.inTransaction(() -> posts.publishedSlug(post));
        if (slug.isEmpty()) {
            return;
        }
        IncomingEvent event = new IncomingEvent("share", site + "/" + slug.get().value(), null, null, null, null,
                null, Map.of("network", share.network().value()));
        try {
            analytics.record(List.of(event), false, new Client(share.client(), share.userAgent(), share.country()));
        } catch (DomainException refused) {
            LOG.warnf("The share of post %s was counted but not recorded in analytics: %s", post,
                    refused.getMessage());
        }
    }
}
