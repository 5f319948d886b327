package io.blogflow.engagement.application.service;

import io.blogflow.engagement.application.port.out.AccountEmails;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The newsletter's part of a GDPR request: the subscription of the user's account address (with its consent
 * record) is exported, and deleted on erasure (its deliveries go with it). Likes hold no personal data: only keyed
 * hashes of random visitor keys.
 */
public final class NewsletterPersonalData implements PersonalDataHolder {

    private final AccountEmails accounts;
    private final SubscriberRepository subscribers;
    private final Fingerprints fingerprints;

    public NewsletterPersonalData(AccountEmails accounts, SubscriberRepository subscribers,
                                  Fingerprints fingerprints) {
        this.accounts = accounts;
        this.subscribers = subscribers;
        this.fingerprints = fingerprints;
    }

    @Override
    public String section() {
        return "newsletter";
    }

    @Override
    public Object export(UserId user) {
        return subscription(user).<Object>map(NewsletterPersonalData::describe)
                .orElse(Map.of("subscribed", false));
    }

    @Override
    public void erase(UserId user, Optional<UserId> successor) {
        subscription(user).ifPresent(subscriber -> subscribers.delete(subscriber.id()));
    }

    /** Before the account itself is anonymised: its address is still known. */
    @Override
    public int erasureOrder() {
        return -10;
    }

    private Optional<Subscriber> subscription(UserId user) {
        return accounts.emailOf(user).flatMap(address -> {
            try {
                return subscribers.findByEmail(fingerprints.of(new SubscriberEmail(address)));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        });
    }

    private static Map<String, Object> describe(Subscriber s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subscribed", true);
        out.put("email", s.email().value());
        out.put("name", s.name().orElse(null));
        out.put("topics", s.topics().slugs().stream().sorted().toList());
        out.put("state", s.state().code());
        out.put("consent", Map.of("at", s.consent().at().toString(), "source", s.consent().source(),
                "textVersion", s.consent().textVersion()));
        out.put("createdAt", s.createdAt().toString());
        out.put("confirmedAt", s.confirmedAt().map(Object::toString).orElse(null));
        return out;
    }
}
