package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.UserId;
import java.net.URI;

/** Paying through the payment provider: a hosted checkout that starts a subscription, and its billing portal. */
public interface PaymentsUseCase {

    /** @throws ConflictException {@code payments.not-configured} without a provider */
    URI checkout(UserId account, String email, PlanId plan, String interval, URI successUrl, URI cancelUrl);

    URI portal(UserId account, URI returnUrl);
}
