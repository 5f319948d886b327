package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.domain.AnalyticsEvent;
import io.blogflow.analytics.domain.TrafficSource;
import java.util.Map;

/** Events as CSV rows for {@code COPY analytics_events (…) FROM STDIN (FORMAT csv)}: null is an unquoted empty field. */
final class EventCsv {

    static final String COLUMNS = "occurred_at, site, name, visitor_id, path, post_id, source, referrer_host, "
            + "utm_medium, utm_campaign, click_id, country, browser, os, device, screen_width, engaged_ms, "
            + "scroll_depth, props";

    private EventCsv() {
    }

    static void append(StringBuilder out, AnalyticsEvent event) {
        TrafficSource source = event.source();
        out.append(event.occurredAt()).append(',');
        text(out, event.site());
        text(out, event.name().value());
        out.append(event.visitor().value()).append(',');
        text(out, event.path());
        raw(out, event.postId());
        text(out, source.source());
        text(out, source.referrerHost());
        text(out, source.utmMedium());
        text(out, source.utmCampaign());
        text(out, source.clickId());
        text(out, event.country());
        text(out, event.client().browser());
        text(out, event.client().os());
        text(out, event.client().device());
        raw(out, event.screenWidth());
        raw(out, event.engagedMs());
        raw(out, event.scrollDepth());
        if (!event.props().isEmpty()) {
            quoted(out, json(event.props().values()));
        }
        out.append('\n');
    }

    private static void raw(StringBuilder out, Object value) {
        if (value != null) {
            out.append(value);
        }
        out.append(',');
    }

    private static void text(StringBuilder out, String value) {
        if (value != null) {
            quoted(out, value);
        }
        out.append(',');
    }

    /** Quotes a CSV field; NUL, which PostgreSQL text cannot hold, is dropped. */
    private static void quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append("\"\"");
            } else if (c != 0) {
                out.append(c);
            }
        }
        out.append('"');
    }

    static String json(Map<String, String> props) {
        StringBuilder json = new StringBuilder("{");
        props.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            jsonString(json, key);
            json.append(':');
            jsonString(json, value);
        });
        return json.append('}').toString();
    }

    private static void jsonString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case 0 -> { }
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
