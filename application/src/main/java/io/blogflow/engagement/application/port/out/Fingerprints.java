package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.VisitorKey;

/**
 * Keyed hashes (HMAC with a server secret) of what readers send that must not be stored as sent: a visitor key
 * cannot be recovered from its fingerprint, and without the secret no one can tell which key a fingerprint belongs to.
 */
public interface Fingerprints {

    Fingerprint of(VisitorKey visitor);

    /** Finds a subscriber by address without storing the address in the clear. */
    Fingerprint of(SubscriberEmail email);

    /** What is stored of a one-time token sent by email (a confirmation link). */
    Fingerprint ofToken(String token);

    /** The secret part of a subscriber's unsubscribe link: recomputed to verify, never stored. */
    Fingerprint unsubscribeProof(SubscriberId subscriber);
}
