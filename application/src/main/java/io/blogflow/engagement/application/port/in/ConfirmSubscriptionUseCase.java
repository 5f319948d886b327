package io.blogflow.engagement.application.port.in;

/** The link in the confirmation email: the subscription becomes active; the token works once, for 48 hours. */
public interface ConfirmSubscriptionUseCase {

    void confirm(String token);
}
