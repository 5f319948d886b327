package io.blogflow.shared.bootstrap;

import com.fasterxml.uuid.Generators;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.adapter.ratelimit.Bucket4jRateLimiter;
import io.blogflow.shared.adapter.ratelimit.RedisRateLimiter;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.ErasurePolicy;
import io.blogflow.shared.application.port.in.PersonalDataUseCase;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.service.PersonalDataService;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import io.blogflow.shared.application.port.in.QueryAuditLogUseCase;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RequestOrigins;
import io.blogflow.shared.application.service.QueryAuditLogService;
import io.blogflow.shared.application.port.out.RateLimiter;
import jakarta.enterprise.inject.Disposes;
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
    RestLimits restLimits(BlogflowConfig config, Instance<RestLimits.Uploads> uploads) {
        var rates = config.rateLimit();
        // Contexts that take files declare their upload endpoints (e.g. images' MediaProducers).
        return new RestLimits(config.http().maxBodySize().asLongValue(),
                uploads.isResolvable() ? uploads.get() : RestLimits.Uploads.none(),
                new RateLimiter.Limit(rates.apiCapacity(), rates.apiWindow()),
                new RateLimiter.Limit(rates.credentialsCapacity(), rates.credentialsWindow()));
    }

    @Produces
    @Singleton
    AuditTrail auditTrail(AuditLog log, RequestOrigins origins, IdGenerator ids, Clock clock) {
        return new AuditTrail(log, origins, ids, clock);
    }

    @Produces
    @Singleton
    QueryAuditLogUseCase queryAuditLog(AuditLog log) {
        return new QueryAuditLogService(log);
    }

    /** Every context's {@link PersonalDataHolder} bean takes part in exports and erasures. */
    @Produces
    @Singleton
    PersonalDataUseCase personalData(Instance<PersonalDataHolder> holders, BlogflowConfig config,
                                     Transactions transactions, AuditTrail audit, Clock clock) {
        ErasurePolicy policy = config.gdpr().reassignContentTo()
                .map(id -> new ErasurePolicy(Optional.of(UserId.parse(id).orElseThrow(() ->
                        new IllegalStateException("BLOGFLOW_GDPR_REASSIGN_CONTENT_TO must be a user id: " + id)))))
                .orElse(ErasurePolicy.KEEP_ANONYMISED);
        return new PersonalDataService(holders.stream().toList(), policy, transactions, audit, clock);
    }

    /** Counted in Redis, shared by every instance, when BLOGFLOW_REDIS_URL is set; in this process otherwise. */
    @Produces
    @Singleton
    RateLimiter rateLimiter(BlogflowConfig config, Clock clock) {
        var redis = config.redis();
        return redis.url().<RateLimiter>map(url -> new RedisRateLimiter(url, redis.keyPrefix(), clock, redis.timeout()))
                .orElseGet(() -> new Bucket4jRateLimiter(clock));
    }

    void closeRateLimiter(@Disposes RateLimiter limiter) {
        if (limiter instanceof RedisRateLimiter redis) {
            redis.close();
        }
    }
}
