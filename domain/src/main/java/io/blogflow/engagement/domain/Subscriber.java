package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A newsletter subscription with double opt-in. A subscription starts {@code PENDING} with a confirmation token
 * (only its hash is kept; single use; valid for {@link #CONFIRMATION_VALIDITY}); confirming makes it
 * {@code ACTIVE}. Unsubscribing, a bounce or a complaint end it; a new subscription request starts over with fresh
 * consent, except after a complaint, when nothing is sent until someone clears it.
 */
public final class Subscriber {

    public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

    private final SubscriberId id;
    private final SubscriberEmail email;
    private final String name;
    private final Topics topics;
    private final SubscriberState state;
    private final Consent consent;
    private final Fingerprint confirmationHash;
    private final Instant confirmationExpiresAt;
    private final Instant createdAt;
    private final Instant confirmedAt;
    private final Instant stateChangedAt;

    private Subscriber(SubscriberId id, SubscriberEmail email, String name, Topics topics, SubscriberState state,
                       Consent consent, Fingerprint confirmationHash, Instant confirmationExpiresAt,
                       Instant createdAt, Instant confirmedAt, Instant stateChangedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.name = name;
        this.topics = Objects.requireNonNull(topics, "topics");
        this.state = Objects.requireNonNull(state, "state");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.confirmationHash = confirmationHash;
        this.confirmationExpiresAt = confirmationExpiresAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.confirmedAt = confirmedAt;
        this.stateChangedAt = Objects.requireNonNull(stateChangedAt, "stateChangedAt");
    }

    /** A new subscription request: pending until the token whose hash is given is confirmed. */
    public static Subscriber request(SubscriberId id, SubscriberEmail email, String name, Topics topics,
                                     Consent consent, Fingerprint confirmationHash) {
        Instant now = consent.at();
        return new Subscriber(id, email, validName(name), topics, SubscriberState.PENDING, consent, confirmationHash,
                now.plus(CONFIRMATION_VALIDITY), now, null, now);
    }

    /** A subscriber who consented elsewhere (an import): active from the import on, with their consent record. */
    public static Subscriber imported(SubscriberId id, SubscriberEmail email, String name, Topics topics,
                                      Consent consent, Instant now) {
        return new Subscriber(id, email, validName(name), topics, SubscriberState.ACTIVE, consent, null, null, now,
                now, now);
    }

    public static Subscriber rehydrate(SubscriberId id, SubscriberEmail email, String name, Topics topics,
                                       SubscriberState state, Consent consent, Fingerprint confirmationHash,
                                       Instant confirmationExpiresAt, Instant createdAt, Instant confirmedAt,
                                       Instant stateChangedAt) {
        return new Subscriber(id, email, name, topics, state, consent, confirmationHash, confirmationExpiresAt,
                createdAt, confirmedAt, stateChangedAt);
    }

    /** Whether a new subscription request for this address may send a confirmation email. */
    public boolean acceptsNewRequest() {
        return state == SubscriberState.PENDING || state == SubscriberState.UNSUBSCRIBED
                || state == SubscriberState.BOUNCED;
    }

    /** A repeated request while not active: new consent, topics and token; pending again. */
    public Subscriber requestAgain(String newName, Topics newTopics, Consent newConsent, Fingerprint newToken) {
        if (!acceptsNewRequest()) {
            throw new IllegalStateException("A " + state.code() + " subscriber takes no new request");
        }
        return new Subscriber(id, email, validName(newName), newTopics, SubscriberState.PENDING, newConsent, newToken,
                newConsent.at().plus(CONFIRMATION_VALIDITY), createdAt, confirmedAt, newConsent.at());
    }

    /** Whether {@code token}'s hash confirms this subscription at {@code now}. */
    public boolean confirmableWith(Fingerprint token, Instant now) {
        return state == SubscriberState.PENDING && token.equals(confirmationHash)
                && now.isBefore(confirmationExpiresAt);
    }

    /** Active; the token is used up. */
    public Subscriber confirm(Instant now) {
        return new Subscriber(id, email, name, topics, SubscriberState.ACTIVE, consent, null, null, createdAt, now,
                now);
    }

    /** Unsubscribed (again: no change), or bounced or complained as the mail provider reports. */
    public Subscriber moveTo(SubscriberState next, Instant now) {
        if (next == state) {
            return this;
        }
        if (next == SubscriberState.PENDING || next == SubscriberState.ACTIVE) {
            throw new IllegalStateException("Only a confirmation makes a subscriber pending or active");
        }
        return new Subscriber(id, email, name, topics, next, consent, null, null, createdAt, confirmedAt, now);
    }

    /**
     * What the mail provider reported about the address: a complaint makes the subscriber {@code complained}
     * whatever it was; a (permanent) bounce makes it {@code bounced} unless it complained, which stays.
     */
    public Subscriber reported(MailFeedback feedback, Instant now) {
        if (feedback == MailFeedback.BOUNCE && state == SubscriberState.COMPLAINED) {
            return this;
        }
        return moveTo(feedback.state(), now);
    }

    /** An optional display name: blank is none; at most 100 characters on one line. */
    public static String validName(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip();
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name.invalid", "A name has at most 100 characters, on one line.");
        }
        return name;
    }

    public SubscriberId id() {
        return id;
    }

    public SubscriberEmail email() {
        return email;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Topics topics() {
        return topics;
    }

    public SubscriberState state() {
        return state;
    }

    public Consent consent() {
        return consent;
    }

    public Optional<Fingerprint> confirmationHash() {
        return Optional.ofNullable(confirmationHash);
    }

    public Optional<Instant> confirmationExpiresAt() {
        return Optional.ofNullable(confirmationExpiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }
}
