package io.blogflow.analytics.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.blogflow.analytics.adapter.rest.PublicEventResource.EventRequest;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.Client;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.IncomingEvent;
import io.blogflow.shared.adapter.rest.Throttle;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * The steps of {@code POST /api/v1/public/events} shared by {@link PublicEventResource} and {@link PublicEventRoute}:
 * the per-client rate limit, reading the body (one event or an array) and recording it for the client.
 */
@Singleton
public class EventIntake {

    private static final TypeReference<List<EventRequest>> BATCH = new TypeReference<>() {
    };

    private final RecordEventsUseCase events;
    private final RateLimiter limiter;
    private final AnalyticsEdge edge;
    private final ObjectReader oneReader;
    private final ObjectReader batchReader;

    public EventIntake(RecordEventsUseCase events, RateLimiter limiter, AnalyticsEdge edge, ObjectMapper json) {
        this.events = events;
        this.limiter = limiter;
        this.edge = edge;
        this.oneReader = json.readerFor(EventRequest.class);
        this.batchReader = json.readerFor(BATCH);
    }

    /** A body read: its events, and whether it was an array (field errors then name the element: {@code [3].url}). */
    record Body(List<IncomingEvent> events, boolean batch) {
    }

    /** Throws {@code RateLimitedException} (429) when this client address is over its limit. */
    void throttle(HttpServerRequest request) {
        Throttle.check(limiter, "analytics-events:" + ipOf(request), edge.perClient(), request.response());
    }

    /** Refuses an empty body as a batch of none; Jackson's exceptions are answered by the problem mappers. */
    Body read(String body) throws JsonProcessingException {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("events", "event.batch-size",
                    "Send one event or an array of 1 to " + RecordEventsUseCase.MAX_BATCH + " events.")));
        }
        return trimmed.charAt(0) == '['
                ? new Body(batch(batchReader.readValue(trimmed)), true)
                : new Body(one(oneReader.readValue(trimmed)), false);
    }

    /**
     * The same from the body's bytes (JSON as UTF-8), or null where {@link #read(String)} would refuse it (empty,
     * malformed or of the wrong shape): the resource then answers with its problem.
     */
    Body readOrNull(byte[] body) {
        int start = 0;
        while (start < body.length && isJsonWhitespace(body[start])) {
            start++;
        }
        if (start == body.length) {
            return null;
        }
        try {
            return body[start] == '['
                    ? new Body(batch(batchReader.readValue(body, start, body.length - start)), true)
                    : new Body(one(oneReader.readValue(body, start, body.length - start)), false);
        } catch (IOException notReadable) {
            return null;
        }
    }

    /** Whether the events can be recorded on an event loop: nothing to query or wait for. */
    boolean recordsFromMemory(Body body) {
        return events.recordsFromMemory(body.events());
    }

    void record(Body body, HttpServerRequest request) {
        events.record(body.events(), body.batch(),
                new Client(ipOf(request), request.getHeader("User-Agent"), edge.country().countryOf(request)));
    }

    private static String ipOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** A JSON null is an event missing: the use case names it ("An event is a JSON object"). */
    private static List<IncomingEvent> one(EventRequest one) {
        return Collections.singletonList(one == null ? null : one.toIncoming());
    }

    private static List<IncomingEvent> batch(List<EventRequest> batch) {
        return batch.stream().map(event -> event == null ? null : event.toIncoming()).toList();
    }
}
