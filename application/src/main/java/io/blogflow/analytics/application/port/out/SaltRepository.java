package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.DailySalt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The stored daily salts, shared by every instance. */
public interface SaltRepository {

    Optional<DailySalt> find(LocalDate day);

    /** Stores the salt unless one for its day exists; returns the day's stored salt either way. */
    DailySalt storeIfAbsent(DailySalt salt, Instant now);

    /** Deletes the salts whose days are before {@code day}; returns how many. */
    int deleteBefore(LocalDate day);
}
