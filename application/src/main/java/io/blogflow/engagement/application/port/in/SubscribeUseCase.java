package io.blogflow.engagement.application.port.in;

import java.util.List;

/**
 * Asks for the newsletter (double opt-in): a pending subscription and a confirmation email. The caller learns
 * nothing about whether the address was already subscribed. Rate limited per client address and per address.
 */
public interface SubscribeUseCase {

    void subscribe(Subscribe command);

    /**
     * @param source             the form the request came from (consent record), e.g. {@code footer}; default {@code api}
     * @param consentTextVersion the version of the consent text shown; default from configuration
     * @param client             the caller's address (rate limiting); may be {@code null}
     */
    record Subscribe(String email, String name, List<String> topics, String source, String consentTextVersion,
                     String client) {
    }
}
