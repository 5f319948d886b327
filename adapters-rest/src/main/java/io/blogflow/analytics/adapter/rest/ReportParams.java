package io.blogflow.analytics.adapter.rest;

import io.blogflow.analytics.domain.AnalyticsFilter;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.shared.domain.InvalidValueException;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period and filter query parameters every dashboard read takes, as a {@code @BeanParam}. */
public class ReportParams {

    @Parameter(description = "today, 7d, 30d, month or 12mo (default 30d when no from/to)")
    @QueryParam("period")
    String period;

    @Parameter(description = "First day (YYYY-MM-DD, inclusive), with to; at most 400 days")
    @QueryParam("from")
    String from;

    @Parameter(description = "Last day (YYYY-MM-DD, inclusive), with from")
    @QueryParam("to")
    String to;

    @Parameter(description = "IANA time zone of the days (default UTC)")
    @QueryParam("tz")
    String tz;

    @Parameter(description = "Only this post (id)")
    @QueryParam("post")
    String post;

    @Parameter(description = "Only posts with this tag (slug)")
    @QueryParam("tag")
    String tag;

    @Parameter(description = "Only posts in this category (slug)")
    @QueryParam("category")
    String category;

    @Parameter(description = "Only this author's posts (user id); authors always see only their own")
    @QueryParam("author")
    String author;

    @Parameter(description = "Only visits from this source (as the sources breakdown names it; read from raw events)")
    @QueryParam("source")
    String source;

    @Parameter(description = "Only visitors from this country (ISO code; read from raw events)")
    @QueryParam("country")
    String country;

    @Parameter(description = "Only this device class: desktop, mobile, tablet, other (read from raw events)")
    @QueryParam("device")
    String device;

    ReportPeriod period(Instant now) {
        return ReportPeriod.of(period, from, to, tz, now);
    }

    AnalyticsFilter filter() {
        return new AnalyticsFilter(uuid(post, "post"), text(tag), text(category), uuid(author, "author"),
                text(source), text(country), text(device));
    }

    private static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
    }

    static Optional<UUID> uuid(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("analytics." + name + "-invalid", name + " is an id (UUID).");
        }
    }
}
