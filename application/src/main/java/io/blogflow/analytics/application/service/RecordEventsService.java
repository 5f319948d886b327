package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.AnalyticsSettings;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase;
import io.blogflow.analytics.application.port.out.CountryLocator;
import io.blogflow.analytics.application.port.out.EventBuffer;
import io.blogflow.analytics.application.port.out.PostsBySlug;
import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.domain.AnalyticsEvent;
import io.blogflow.analytics.domain.ClientClass;
import io.blogflow.analytics.domain.EventName;
import io.blogflow.analytics.domain.EventProps;
import io.blogflow.analytics.domain.PageUrl;
import io.blogflow.analytics.domain.SaltPair;
import io.blogflow.analytics.domain.TrafficSource;
import io.blogflow.analytics.domain.VisitorId;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Validates events, drops robots, excluded addresses and paths and referrer spam, replaces the client by anonymous
 * facts (salted visitor id, browser/OS/device classes, country) and offers the batch to the write path whole.
 */
public final class RecordEventsService implements RecordEventsUseCase {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_REFERRER = 2000;
    private static final int MAX_TITLE = 500;

    private final EventBuffer buffer;
    private final UserAgentClassifier userAgents;
    private final CountryLocator countries;
    private final PostsBySlug posts;
    private final SaltKeeper salts;
    private final AnalyticsSettings settings;
    private final IngestCounters counters;
    private final Clock clock;
    private final RecentVisitors recentVisitors;

    public RecordEventsService(EventBuffer buffer, UserAgentClassifier userAgents, CountryLocator countries,
                               PostsBySlug posts, SaltKeeper salts, VisitorActivity visitorActivity,
                               AnalyticsSettings settings, IngestCounters counters, Clock clock) {
        this.buffer = buffer;
        this.userAgents = userAgents;
        this.countries = countries;
        this.posts = posts;
        this.salts = salts;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
        this.recentVisitors = new RecentVisitors(visitorActivity);
    }

    private record Checked(EventName name, PageUrl url, String referrer, Integer screenWidth, Integer engagedMs,
                           Integer scrollDepth, EventProps props) {
    }

    @Override
    public Receipt record(List<IncomingEvent> events, boolean batch, Client client) {
        List<Checked> checked = validate(events, batch);
        ClientClass clientClass = userAgents.classify(client.userAgent());
        if (clientClass.robot()) {
            counters.robots.add(checked.size());
            return new Receipt(0, checked.size());
        }
        if (client.ip() != null && settings.excludedAddresses().contains(client.ip())) {
            counters.excluded.add(checked.size());
            return new Receipt(0, checked.size());
        }
        Instant now = clock.instant();
        SaltPair saltPair = salts.current();
        recentVisitors.catchUp(saltPair, now);
        String country = country(client.country());
        if (country == null && client.ip() != null) {
            country = countries.countryOf(client.ip()).map(RecordEventsService::country).orElse(null);
        }
        Map<String, VisitorId> visitorBySite = new HashMap<>(2);
        List<AnalyticsEvent> accepted = new ArrayList<>(checked.size());
        int filtered = 0;
        for (Checked event : checked) {
            TrafficSource source = TrafficSource.of(event.url(), event.referrer());
            if (isExcludedPath(event.url().path())) {
                counters.excluded.increment();
                filtered++;
                continue;
            }
            if (isSpam(source.referrerHost())) {
                counters.spam.increment();
                filtered++;
                continue;
            }
            VisitorId visitor = visitorBySite.computeIfAbsent(event.url().host(), site -> saltPair.identify(site,
                    client.ip(), client.userAgent(), id -> recentVisitors.active(id, now)));
            UUID postId = event.url().slug().flatMap(posts::postIdOf).orElse(null);
            accepted.add(new AnalyticsEvent(now, event.url().host(), event.name(), visitor, event.url().path(),
                    postId, source, country, clientClass, event.screenWidth(), event.engagedMs(),
                    event.scrollDepth(), event.props()));
        }
        if (accepted.isEmpty()) {
            return new Receipt(0, filtered);
        }
        if (!buffer.offer(accepted)) {
            counters.rejected.add(accepted.size());
            throw new DependencyUnavailableException("analytics.busy",
                    "Too many events are waiting to be written; retry shortly.", buffer.retryAfterSeconds());
        }
        visitorBySite.values().forEach(visitor -> recentVisitors.seen(visitor, now));
        counters.accepted.add(accepted.size());
        return new Receipt(accepted.size(), filtered);
    }

    @Override
    public boolean recordsFromMemory(List<IncomingEvent> events) {
        if (!userAgents.ready() || !salts.holdsToday()
                || recentVisitors.catchUpDue(salts.current(), clock.instant())) {
            return false;
        }
        for (IncomingEvent event : events) {
            if (event != null && !slugAnsweredFromMemory(event.url())) {
                return false;
            }
        }
        return true;
    }

    /** An invalid url is refused before any lookup, so it needs none either. */
    private boolean slugAnsweredFromMemory(String url) {
        try {
            return PageUrl.parse(url).slug().map(posts::answersFromMemory).orElse(true);
        } catch (InvalidValueException invalid) {
            return true;
        }
    }

    private List<Checked> validate(List<IncomingEvent> events, boolean batch) {
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new ValidationException(List.of(new FieldError("events", "event.batch-size",
                    "Send one event or an array of 1 to " + MAX_BATCH + " events.")));
        }
        Validation validation = new Validation();
        List<Checked> checked = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            String at = batch ? "[" + i + "]." : "";
            if (event == null) {
                validation.field(at.isEmpty() ? "event" : at.substring(0, at.length() - 1), () -> {
                    throw new InvalidValueException("event.required", "An event is a JSON object.");
                });
                continue;
            }
            EventName name = validation.field(at + "name", () -> new EventName(event.name()));
            PageUrl url = validation.field(at + "url", () -> PageUrl.parse(event.url()));
            validation.field(at + "referrer", () -> atMost(event.referrer(), MAX_REFERRER, "event.referrer-too-long"));
            validation.field(at + "title", () -> atMost(event.title(), MAX_TITLE, "event.title-too-long"));
            validation.field(at + "screenWidth", () -> within(event.screenWidth(), 0, 100_000));
            validation.field(at + "engagedMs", () -> within(event.engagedMs(), 0, 86_400_000));
            validation.field(at + "scrollDepth", () -> within(event.scrollDepth(), 0, 100));
            EventProps props = validation.field(at + "props", () -> new EventProps(event.props()));
            checked.add(new Checked(name, url, event.referrer(), event.screenWidth(), event.engagedMs(),
                    event.scrollDepth(), props));
        }
        validation.throwIfInvalid();
        return checked;
    }

    private boolean isExcludedPath(String path) {
        return settings.excludedPaths().stream().anyMatch(path::startsWith);
    }

    private boolean isSpam(String referrerHost) {
        if (referrerHost == null) {
            return false;
        }
        return settings.spamReferrers().stream()
                .anyMatch(spam -> referrerHost.equals(spam) || referrerHost.endsWith("." + spam));
    }

    /**
     * A two-letter code from the trusted header (else from the GeoIP database, looked up before the address is
     * hashed and forgotten); Cloudflare's XX (unknown) and T1 (Tor) are no country.
     */
    private static String country(String header) {
        if (header == null) {
            return null;
        }
        String code = header.trim().toUpperCase(java.util.Locale.ROOT);
        return COUNTRY.matcher(code).matches() && !code.equals("XX") ? code : null;
    }

    private static String atMost(String value, int max, String code) {
        if (value != null && value.length() > max) {
            throw new InvalidValueException(code, "At most " + max + " characters.");
        }
        return value;
    }

    private static Integer within(Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidValueException("event.out-of-range", "Between " + min + " and " + max + ".");
        }
        return value;
    }
}
