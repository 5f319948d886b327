package io.blogflow.identity.bootstrap;

import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.identity.application.port.out.SeatQuota;
import io.blogflow.shared.domain.UserId;

/** Seats answered by billing: a seat is taken from the creating admin's plan and given back to whoever took it. */
final class BillingSeatQuota implements SeatQuota {

    private final RecordUsageUseCase records;

    BillingSeatQuota(RecordUsageUseCase records) {
        this.records = records;
    }

    @Override
    public void take(UserId account, UserId user, String key) {
        records.record(account, Metric.SEATS, 1, key, "seat");
    }

    @Override
    public void giveBack(UserId user, String key) {
        records.takenBy("seat:" + user + ":").ifPresent(account ->
                records.record(account, Metric.SEATS, -1, key, "seat"));
    }
}
