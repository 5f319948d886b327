package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.VisitorKey;

/**
 * Keyed hashes (HMAC with a server secret) of what readers send that must not be stored as sent: a visitor key
 * cannot be recovered from its fingerprint, and without the secret no one can tell which key a fingerprint belongs to.
 */
public interface Fingerprints {

    Fingerprint of(VisitorKey visitor);
}
