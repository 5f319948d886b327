package io.blogflow.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored event, free of personal data: the visitor is a salted hash, the client only its classes, the country a
 * two-letter code. {@code postId} is set for events on a post's page (attributed by the URL's slug).
 */
public record AnalyticsEvent(Instant occurredAt, String site, EventName name, VisitorId visitor, String path,
                             UUID postId, TrafficSource source, String country, ClientClass client,
                             Integer screenWidth, Integer engagedMs, Integer scrollDepth, EventProps props) {

    public AnalyticsEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(props, "props");
    }
}
