package io.blogflow.billing.application.port.in;

import io.blogflow.shared.domain.UserId;

/** What an account used in its current period, per metric, and in the periods before. */
public interface UsageUseCase {

    AccountUsage usage(UserId account);
}
