package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Time bounds in query parameters. */
public final class QueryInstants {

    private QueryInstants() {
    }

    /** An instant ({@code 2026-01-02T03:04:05Z}) or a date ({@code 2026-01-02}, meaning its start in UTC); absent: null. */
    public static Instant parse(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name + ".invalid", name + " must be a date (2026-01-31) or an instant "
                    + "(2026-01-31T12:00:00Z).");
        }
    }
}
