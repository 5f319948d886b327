package io.blogflow.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.analytics.application.AnalyticsSettings;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.Client;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.IncomingEvent;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.Receipt;
import io.blogflow.analytics.application.port.out.EventBuffer;
import io.blogflow.analytics.application.port.out.PostsBySlug;
import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.application.port.out.SaltRepository;
import io.blogflow.analytics.domain.AnalyticsEvent;
import io.blogflow.analytics.domain.ClientClass;
import io.blogflow.analytics.domain.DailySalt;
import io.blogflow.analytics.domain.VisitorId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEventsServiceTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final UUID POST = UUID.fromString("0190d6a2-0000-7000-8000-000000000001");
    private static final Client CLIENT = new Client("203.0.113.9", FIREFOX, "de");

    private final List<AnalyticsEvent> stored = new ArrayList<>();
    private final InMemorySalts saltStore = new InMemorySalts();
    private boolean bufferFull;
    private Instant now = Instant.parse("2026-03-01T23:50:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final EventBuffer buffer = events -> {
        if (bufferFull) {
            return false;
        }
        stored.addAll(events);
        return true;
    };
    private final IngestCounters counters = new IngestCounters();
    private final SaltKeeper salts = new SaltKeeper(saltStore, new InMemoryTransactions(), clock);
    /** What every instance has written: the visitors' latest events, as the rollups' raw table holds them. */
    private final Map<VisitorId, Instant> written = new HashMap<>();
    private final List<Instant> activityReads = new ArrayList<>();
    private final VisitorActivity writtenActivity = since -> {
        activityReads.add(since);
        Map<VisitorId, Instant> found = new HashMap<>();
        written.forEach((visitor, at) -> {
            if (!at.isBefore(since)) {
                found.put(visitor, at);
            }
        });
        return found;
    };

    private RecordEventsService service(AnalyticsSettings settings) {
        return new RecordEventsService(buffer,
                ua -> ua != null && ua.contains("bot") ? new ClientClass("Googlebot", "Unknown", "robot", true)
                        : new ClientClass("Firefox", "Linux", "desktop", false),
                ip -> ip.startsWith("81.2.69.") ? Optional.of("GB") : Optional.empty(),
                slug -> slug.equals("tides") ? Optional.of(POST) : Optional.empty(), salts, writtenActivity, settings,
                counters, clock);
    }

    private static IncomingEvent pageview(String url, String referrer) {
        return new IncomingEvent("pageview", url, referrer, "Tides", 1280, null, null, null);
    }

    @Test
    void aPageviewIsStoredAnonymouslyAndAttributedToThePostOfItsSlug() {
        Receipt receipt = service(AnalyticsSettings.none()).record(
                List.of(pageview("https://blog.example/posts/tides?utm_source=newsletter", "https://t.co/x")),
                false, CLIENT);

        assertThat(receipt).isEqualTo(new Receipt(1, 0));
        AnalyticsEvent event = stored.get(0);
        assertThat(event.postId()).isEqualTo(POST);
        assertThat(event.site()).isEqualTo("blog.example");
        assertThat(event.path()).isEqualTo("/posts/tides");
        assertThat(event.source().source()).isEqualTo("newsletter");
        assertThat(event.source().referrerHost()).isEqualTo("t.co");
        assertThat(event.country()).isEqualTo("DE");
        assertThat(event.client().browser()).isEqualTo("Firefox");
        assertThat(event.occurredAt()).isEqualTo(now);
        assertThat(event.toString()).doesNotContain("203.0.113.9").doesNotContain("Gecko");
        assertThat(counters.accepted()).isEqualTo(1);
    }

    @Test
    void withoutTheTrustedHeaderTheCountryComesFromTheGeoIpDatabaseAndTheHeaderWins() {
        RecordEventsService service = service(AnalyticsSettings.none());
        service.record(List.of(pageview("https://blog.example/posts/tides", null)), false,
                new Client("81.2.69.142", FIREFOX, null));
        service.record(List.of(pageview("https://blog.example/posts/tides", null)), false,
                new Client("81.2.69.143", FIREFOX, "FR"));
        service.record(List.of(pageview("https://blog.example/posts/tides", null)), false,
                new Client("192.0.2.44", FIREFOX, null));

        assertThat(stored).extracting(AnalyticsEvent::country).containsExactly("GB", "FR", null);
    }

    @Test
    void robotsAreCountedAsFilteredAndNotStored() {
        Receipt receipt = service(AnalyticsSettings.none()).record(List.of(pageview("https://blog.example/", null)),
                false, new Client("198.51.100.1", "Googlebot/2.1 (+http://www.google.com/bot.html)", null));
        assertThat(receipt).isEqualTo(new Receipt(0, 1));
        assertThat(stored).isEmpty();
        assertThat(counters.robots()).isEqualTo(1);
    }

    @Test
    void excludedAddressesPathsAndSpamReferrersAreFiltered() {
        var service = service(new AnalyticsSettings(Set.of("192.0.2.1"), List.of("/admin"), Set.of("spam.example")));
        assertThat(service.record(List.of(pageview("https://blog.example/", null)), false,
                new Client("192.0.2.1", FIREFOX, null))).isEqualTo(new Receipt(0, 1));
        assertThat(service.record(List.of(pageview("https://blog.example/admin/x", null),
                pageview("https://blog.example/a", "https://www.seo.spam.example/"),
                pageview("https://blog.example/b", null)), true, CLIENT)).isEqualTo(new Receipt(1, 2));
        assertThat(counters.excluded()).isEqualTo(2);
        assertThat(counters.spam()).isEqualTo(1);
    }

    @Test
    void everyBadFieldOfABatchIsNamedWithItsIndex() {
        var tooMany = new TreeMap<String, String>();
        for (int i = 0; i < 31; i++) {
            tooMany.put("p" + i, "v");
        }
        assertThatThrownBy(() -> service(AnalyticsSettings.none()).record(List.of(
                pageview("https://blog.example/", null),
                new IncomingEvent("x".repeat(121), "/relative", null, null, -1, null, 101, tooMany)), true, CLIENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("[1].name", "[1].url", "[1].screenWidth", "[1].scrollDepth", "[1].props"));
        assertThat(stored).isEmpty();
    }

    @Test
    void aBatchHasOneToAHundredEvents() {
        var service = service(AnalyticsSettings.none());
        assertThatThrownBy(() -> service.record(List.of(), true, CLIENT)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.record(Collections.nCopies(101, pageview("https://blog.example/", null)),
                true, CLIENT)).isInstanceOf(ValidationException.class);
        assertThat(service.record(Collections.nCopies(100, pageview("https://blog.example/", null)), true, CLIENT)
                .accepted()).isEqualTo(100);
    }

    @Test
    void aFullBufferRefusesTheWholeBatchWithRetryAfterAndCountsItRejected() {
        bufferFull = true;
        assertThatThrownBy(() -> service(AnalyticsSettings.none()).record(List.of(
                pageview("https://blog.example/", null), pageview("https://blog.example/a", null)), true, CLIENT))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.retryAfterSeconds()).isPositive());
        assertThat(counters.rejected()).isEqualTo(2);
        assertThat(counters.accepted()).isZero();
    }

    @Test
    void aVisitThatSpansMidnightKeepsYesterdaysVisitorId() {
        var service = service(AnalyticsSettings.none());
        service.record(List.of(pageview("https://blog.example/", null)), false, CLIENT);
        now = now.plus(Duration.ofMinutes(20));
        service.record(List.of(pageview("https://blog.example/a", null)), false, CLIENT);
        Client other = new Client("203.0.113.77", FIREFOX, null);
        service.record(List.of(pageview("https://blog.example/", null)), false, other);

        assertThat(stored.get(1).visitor()).isEqualTo(stored.get(0).visitor());
        assertThat(stored.get(2).visitor())
                .isEqualTo(saltStore.find(LocalDate.parse("2026-03-02")).orElseThrow()
                        .visitor("blog.example", "203.0.113.77", FIREFOX));
    }

    @Test
    void aVisitThatSpansMidnightKeepsYesterdaysIdWhenItsEarlierEventsReachedAnotherInstance() {
        service(AnalyticsSettings.none()).record(List.of(pageview("https://blog.example/", null)), false, CLIENT);
        AnalyticsEvent elsewhere = stored.get(0);
        written.put(elsewhere.visitor(), elsewhere.occurredAt());
        now = Instant.parse("2026-03-02T00:10:00Z");
        Client other = new Client("203.0.113.77", FIREFOX, null);

        var thisInstance = service(AnalyticsSettings.none());
        thisInstance.record(List.of(pageview("https://blog.example/a", null)), false, CLIENT);
        thisInstance.record(List.of(pageview("https://blog.example/", null)), false, other);

        assertThat(stored.get(1).visitor()).isEqualTo(elsewhere.visitor());
        assertThat(stored.get(2).visitor()).isEqualTo(saltStore.find(LocalDate.parse("2026-03-02")).orElseThrow()
                .visitor("blog.example", "203.0.113.77", FIREFOX));
        assertThat(activityReads).as("read once, from the idle timeout before the first event")
                .containsExactly(Instant.parse("2026-03-01T23:40:00Z"));
    }

    @Test
    void theWrittenActivityIsNotReadOnceNoVisitFromYesterdayCanContinue() {
        service(AnalyticsSettings.none()).record(List.of(pageview("https://blog.example/", null)), false, CLIENT);
        AnalyticsEvent elsewhere = stored.get(0);
        written.put(elsewhere.visitor(), elsewhere.occurredAt());
        now = Instant.parse("2026-03-02T00:31:00Z");

        service(AnalyticsSettings.none()).record(List.of(pageview("https://blog.example/a", null)), false, CLIENT);

        assertThat(stored.get(1).visitor()).isNotEqualTo(elsewhere.visitor());
        assertThat(activityReads).isEmpty();
    }

    @Test
    void eventsAreRecordedFromMemoryOnlyOnceTheRulesAreLoadedTodaysSaltIsHeldAndEverySlugsPostIsKnown() {
        Set<String> knownSlugs = new java.util.HashSet<>();
        boolean[] rulesLoaded = {false};
        UserAgentClassifier userAgents = new UserAgentClassifier() {
            @Override
            public ClientClass classify(String userAgent) {
                return new ClientClass("Firefox", "Linux", "desktop", false);
            }

            @Override
            public boolean ready() {
                return rulesLoaded[0];
            }
        };
        PostsBySlug posts = new PostsBySlug() {
            @Override
            public Optional<UUID> postIdOf(String slug) {
                knownSlugs.add(slug);
                return Optional.empty();
            }

            @Override
            public boolean answersFromMemory(String slug) {
                return knownSlugs.contains(slug);
            }
        };
        var service = new RecordEventsService(buffer, userAgents, ip -> Optional.empty(), posts, salts,
                writtenActivity, AnalyticsSettings.none(), counters, clock);
        List<IncomingEvent> tides = List.of(pageview("https://blog.example/posts/tides", null));

        assertThat(service.recordsFromMemory(tides)).as("rules loading").isFalse();
        rulesLoaded[0] = true;
        assertThat(service.recordsFromMemory(tides)).as("no salt held yet").isFalse();
        salts.current();
        assertThat(service.recordsFromMemory(tides)).as("slug never looked up").isFalse();
        service.record(tides, false, CLIENT);
        assertThat(service.recordsFromMemory(tides)).isTrue();
        assertThat(service.recordsFromMemory(List.of(pageview("https://blog.example/posts/tides", null),
                pageview("https://blog.example/posts/other", null)))).as("one slug unknown").isFalse();
        assertThat(service.recordsFromMemory(Collections.singletonList(pageview("ftp://nowhere", null))))
                .as("refused before any lookup").isTrue();
        now = Instant.parse("2026-03-02T00:05:00Z");
        assertThat(service.recordsFromMemory(tides)).as("a new day's salt to load").isFalse();
        salts.current();
        assertThat(service.recordsFromMemory(tides)).as("the visits open at midnight to read").isFalse();
        service.record(tides, false, CLIENT);
        assertThat(service.recordsFromMemory(tides)).isTrue();
    }

    @Test
    void rotationDeletesSaltsOlderThanYesterday() {
        salts.current();
        now = now.plus(Duration.ofDays(1));
        salts.current();
        now = now.plus(Duration.ofDays(1));
        assertThat(salts.rotate()).isEqualTo(1);
        assertThat(saltStore.salts.keySet()).containsExactly(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"));
    }

    static final class InMemorySalts implements SaltRepository {

        final Map<LocalDate, DailySalt> salts = new TreeMap<>();

        @Override
        public Optional<DailySalt> find(LocalDate day) {
            return Optional.ofNullable(salts.get(day));
        }

        @Override
        public DailySalt storeIfAbsent(DailySalt salt, Instant at) {
            return salts.computeIfAbsent(salt.day(), day -> salt);
        }

        @Override
        public int deleteBefore(LocalDate day) {
            int before = salts.size();
            salts.keySet().removeIf(d -> d.isBefore(day));
            return before - salts.size();
        }
    }
}
