package io.blogflow.shared.bootstrap;

import com.fasterxml.uuid.Generators;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.application.port.out.IdGenerator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Framework-free collaborators every context uses. */
@Singleton
public class SharedProducers {

    /** UTC, ticking in microseconds: PostgreSQL keeps microseconds, so stored times read back unchanged. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** UUIDv7: time-ordered, so new rows land at the end of primary-key indexes. */
    @Produces
    @Singleton
    IdGenerator idGenerator() {
        var generator = Generators.timeBasedEpochGenerator();
        return generator::generate;
    }

    @Produces
    @Singleton
    RestLimits restLimits(BlogflowConfig config) {
        return new RestLimits(config.http().maxBodySize().asLongValue());
    }
}
