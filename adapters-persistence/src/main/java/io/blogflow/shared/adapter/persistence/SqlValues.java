package io.blogflow.shared.adapter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query rows, whose Java types depend on the driver and Hibernate's type mapping. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant ({@code null} stays null). */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
