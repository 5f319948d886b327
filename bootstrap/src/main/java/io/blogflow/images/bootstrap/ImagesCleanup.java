package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.ImageGenerationRepository;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.RetentionCleanup;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.bootstrap.Intervals;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Idempotency keys of image generations expire after BLOGFLOW_CLEANUP_IDEMPOTENCY_KEY_TTL (the generations stay). */
@Singleton
public class ImagesCleanup {

    @Produces
    @Singleton
    RetentionCleanup releaseGenerationKeys(ImageGenerationRepository repository, Transactions transactions, Clock clock,
                                BlogflowConfig config) {
        var cleanup = config.cleanup();
        return new RetentionCleanup("images.release-idempotency-keys", Intervals.parse("blogflow.cleanup.interval", cleanup.interval()),
                cleanup.idempotencyKeyTtl(), repository::releaseIdempotencyKeysBefore, transactions, clock);
    }
}
