package io.blogflow.images.bootstrap;

import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.images.application.port.out.GenerationMeter;
import io.blogflow.images.application.port.out.StorageQuota;
import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The media library's quotas answered by billing: image generations (and their cost) and storage bytes. */
final class BillingMediaQuotas implements GenerationMeter, StorageQuota {

    private final ReserveUsageUseCase reservations;
    private final RecordUsageUseCase records;

    BillingMediaQuotas(ReserveUsageUseCase reservations, RecordUsageUseCase records) {
        this.reservations = reservations;
        this.records = records;
    }

    @Override
    public MeteredImage reserve(UserId actor, String reference) {
        // An image's cost is known only afterwards: a zero reservation still needs room under the cost ceiling.
        ReserveUsageUseCase.Reservation reservation = reservations.reserve(actor, reference, "generation",
                Map.of(Metric.IMAGE_GENERATIONS, 1L, Metric.LLM_COST, 0L));
        return new MeteredImage() {
            @Override
            public void commit(long inputTokens, long outputTokens, BigDecimal cost) {
                reservations.commit(reservation, Map.of(Metric.IMAGE_GENERATIONS, 1L, Metric.LLM_COST,
                        cost == null ? 0 : cost.movePointRight(6).setScale(0, RoundingMode.CEILING).longValueExact()));
            }

            @Override
            public void release() {
                reservations.release(reservation);
            }
        };
    }

    @Override
    public void requireRoom(UserId owner, long bytes) {
        records.requireRoom(owner, Metric.STORAGE_BYTES, bytes);
    }

    @Override
    public void take(UserId owner, long bytes, String key) {
        records.record(owner, Metric.STORAGE_BYTES, bytes, key, "upload");
    }

    @Override
    public void giveBack(UserId owner, long bytes, String key) {
        records.record(owner, Metric.STORAGE_BYTES, -bytes, key, "deletion");
    }
}
