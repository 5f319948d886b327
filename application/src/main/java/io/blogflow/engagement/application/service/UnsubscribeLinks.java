package io.blogflow.engagement.application.service;

import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.domain.SubscriberId;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Unsubscribe tokens: {@code <subscriber id>.<keyed hash of the id>}. Nothing is stored; a token is checked by
 * computing the hash again, so every newsletter can carry a working link however old the subscription.
 */
public final class UnsubscribeLinks {

    private final Fingerprints fingerprints;
    private final URI endpoint;

    public UnsubscribeLinks(Fingerprints fingerprints, URI endpoint) {
        this.fingerprints = fingerprints;
        this.endpoint = endpoint;
    }

    public String token(SubscriberId subscriber) {
        return subscriber.value() + "." + fingerprints.unsubscribeProof(subscriber).hex();
    }

    /** The one-click address for the List-Unsubscribe header and the link in the mail. */
    public String url(SubscriberId subscriber) {
        return endpoint + (endpoint.getQuery() == null ? "?" : "&") + "token="
                + URLEncoder.encode(token(subscriber), StandardCharsets.UTF_8);
    }

    /** The subscriber a token belongs to, if it is genuine. */
    public Optional<SubscriberId> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return SubscriberId.parse(token.substring(0, dot)).filter(id -> MessageDigest.isEqual(
                fingerprints.unsubscribeProof(id).hex().getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII)));
    }
}
