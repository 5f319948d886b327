package io.blogflow.analytics.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * Takes page views and events from the tracking script (or any client), anonymises them and hands them to the write
 * path. Throws a validation error naming every bad field, and {@code DependencyUnavailableException} (503 with
 * Retry-After) when the write path is full: an event is either accepted or refused, never silently dropped.
 */
public interface RecordEventsUseCase {

    int MAX_BATCH = 100;

    /**
     * @param batch whether the client sent an array (field errors then name the element: {@code [3].url})
     */
    Receipt record(List<IncomingEvent> events, boolean batch, Client client);

    /**
     * Whether {@link #record} would take these events from memory alone: no query (today's salt held, every slug's
     * post known, the visits open at midnight already read), no wait for the user-agent rules. Then a caller on an event loop may record them there.
     */
    boolean recordsFromMemory(List<IncomingEvent> events);

    /** An event as the client sent it, not yet validated. */
    record IncomingEvent(String name, String url, String referrer, String title, Integer screenWidth,
                         Integer engagedMs, Integer scrollDepth, Map<String, String> props) {
    }

    /**
     * Who sent it, used only to derive anonymous facts and then forgotten.
     *
     * @param ip        the client address (after trusted-proxy rules)
     * @param userAgent the User-Agent header
     * @param country   a country code from a trusted header, or null
     */
    record Client(String ip, String userAgent, String country) {
    }

    /** @param accepted events taken for storage; @param filtered events dropped on purpose (robots, exclusions) */
    record Receipt(int accepted, int filtered) {
    }
}
