package io.blogflow.engagement.application.service;

import io.blogflow.engagement.domain.Subscriber;
import java.util.ArrayList;
import java.util.List;

/**
 * The newsletter's CSV (RFC 4180: comma-separated, double quotes around fields with commas, quotes or line breaks,
 * a header row). Topics are one field, slugs separated by spaces.
 */
public final class SubscriberCsv {

    /** The columns an import needs, in any order. */
    public static final List<String> IMPORT_COLUMNS = List.of("email", "name", "topics", "consent_at",
            "consent_source", "consent_text_version");

    /** The columns of an export. */
    public static final List<String> EXPORT_COLUMNS = List.of("id", "email", "name", "topics", "state",
            "consent_at", "consent_source", "consent_text_version", "created_at", "confirmed_at");

    private SubscriberCsv() {
    }

    public static String header() {
        return line(EXPORT_COLUMNS);
    }

    public static String row(Subscriber s) {
        return line(List.of(s.id().toString(), s.email().value(), s.name().orElse(""),
                String.join(" ", s.topics().slugs().stream().sorted().toList()), s.state().code(),
                s.consent().at().toString(), s.consent().source(), s.consent().textVersion(),
                s.createdAt().toString(), s.confirmedAt().map(Object::toString).orElse("")));
    }

    static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n")
                    || field.contains("\r") || startsLikeAFormula(field);
            // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it and prefix a quote mark.
            String safe = startsLikeAFormula(field) ? "'" + field : field;
            quoted.add(needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return String.join(",", quoted) + "\r\n";
    }

    private static boolean startsLikeAFormula(String field) {
        return !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0;
    }

    /** Records of a CSV text; a quote left open is an error. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
