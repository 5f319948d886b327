package io.blogflow.engagement.bootstrap;

import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.out.PostPublications;
import io.blogflow.engagement.adapter.crypto.AesGcmPersonalDataCipher;
import io.blogflow.engagement.adapter.crypto.HmacWebhookSignatures;
import io.blogflow.engagement.application.port.in.MailFeedbackUseCase;
import io.blogflow.engagement.application.service.MailFeedbackService;
import io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase;
import io.blogflow.engagement.application.port.out.AccountEmails;
import io.blogflow.engagement.application.service.NewsletterPersonalData;
import io.blogflow.engagement.application.service.SubscriberAdministrationService;
import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.engagement.application.port.out.NewsletterIssues;
import io.blogflow.engagement.application.service.SendNewsletterIssueJob;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.engagement.adapter.crypto.SecureRandomTokens;
import io.blogflow.engagement.application.port.in.ConfirmSubscriptionUseCase;
import io.blogflow.engagement.application.port.in.SubscribeUseCase;
import io.blogflow.engagement.application.port.in.UnsubscribeUseCase;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.PersonalDataCipher;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.application.port.out.TokenSource;
import io.blogflow.engagement.application.service.NewsletterSettings;
import io.blogflow.engagement.application.service.NewsletterSubscriptionService;
import io.blogflow.engagement.application.service.UnsubscribeLinks;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/** The newsletter: double opt-in subscriptions, sealed addresses, one-click unsubscribe. */
@Singleton
public class NewsletterProducers {

    /** Addresses and names are sealed with the key that seals provider tokens (BLOGFLOW_LLM_ENCRYPTION_KEY). */
    @Produces
    @Singleton
    PersonalDataCipher personalDataCipher(BlogflowConfig config) {
        String key = config.llm().encryptionKey().filter(value -> !value.isBlank()).orElseThrow(() ->
                new IllegalStateException("No key to seal subscribers' addresses: set BLOGFLOW_LLM_ENCRYPTION_KEY to "
                        + "32 random bytes in base64."));
        return new AesGcmPersonalDataCipher(Base64.getDecoder().decode(key.strip()));
    }

    @Produces
    @Singleton
    TokenSource tokenSource() {
        return new SecureRandomTokens();
    }

    @Produces
    @Singleton
    NewsletterSettings newsletterSettings(NewsletterConfig newsletter, BlogflowConfig config) {
        URI site = config.site().url();
        String base = site.toString().replaceAll("/+$", "");
        return new NewsletterSettings(config.site().title(),
                newsletter.confirmPage().orElse(URI.create(base + "/newsletter/confirm")),
                newsletter.unsubscribeUrl().orElse(URI.create(base + "/api/v1/public/newsletter/unsubscribe")),
                newsletter.consentTextVersion(),
                new RateLimiter.Limit(newsletter.subscribeCapacity(), newsletter.subscribeWindow()),
                new RateLimiter.Limit(newsletter.confirmationsCapacity(), newsletter.confirmationsWindow()));
    }

    @Produces
    @Singleton
    UnsubscribeLinks unsubscribeLinks(Fingerprints fingerprints, NewsletterSettings settings) {
        return new UnsubscribeLinks(fingerprints, settings.unsubscribeUrl());
    }

    @Produces
    @Singleton
    @Typed({SubscribeUseCase.class, ConfirmSubscriptionUseCase.class, UnsubscribeUseCase.class})
    NewsletterSubscriptionService subscriptions(SubscriberRepository subscribers, Fingerprints fingerprints,
                                                TokenSource tokens, UnsubscribeLinks links, OutgoingMail mail,
                                                RateLimiter limiter, NewsletterSettings settings,
                                                Transactions transactions, IdGenerator ids, Clock clock) {
        return new NewsletterSubscriptionService(subscribers, fingerprints, tokens, links, mail, limiter, settings,
                transactions, ids, clock);
    }

    /** Both the job that sends a post's newsletter and the use case that schedules it on publication. */
    @Produces
    @Singleton
    SendNewsletterIssueJob sendNewsletterIssueJob(NewsletterIssues issues, SubscriberRepository subscribers,
                                                  UnsubscribeLinks links, OutgoingMail mail, Jobs jobs,
                                                  Transactions transactions, Clock clock, NewsletterConfig newsletter,
                                                  NewsletterSettings settings) {
        return new SendNewsletterIssueJob(issues, subscribers, links, mail, jobs, transactions, clock,
                settings.siteTitle(), newsletter.batchSize());
    }

    /** The blog tells the newsletter of every publication. */
    @Produces
    @Singleton
    PostPublications postPublications(SendNewsletterIssueJob newsletter, SyndicationUseCase syndication,
                                      CategoriesUseCase categories, BlogflowConfig config) {
        return new NewsletterOnPublish(newsletter, syndication, categories, config.site().url().toString());
    }

    @Produces
    @Singleton
    SubscriberAdministrationUseCase subscriberAdministration(SubscriberRepository subscribers,
                                                             Fingerprints fingerprints, Transactions transactions,
                                                             IdGenerator ids, Clock clock, AuditTrail audit) {
        return new SubscriberAdministrationService(subscribers, fingerprints, transactions, ids, clock, audit);
    }

    /** Bounce and complaint notifications, signed with BLOGFLOW_NEWSLETTER_WEBHOOK_SECRET. */
    @Produces
    @Singleton
    MailFeedbackUseCase mailFeedback(NewsletterConfig config, SubscriberRepository subscribers,
                                     Fingerprints fingerprints, AuditTrail audit, Transactions transactions,
                                     Clock clock) {
        byte[] secret = config.webhookSecret().filter(value -> !value.isBlank())
                .map(value -> value.strip().getBytes(StandardCharsets.UTF_8)).orElse(null);
        return new MailFeedbackService(new HmacWebhookSignatures(secret, config.webhookTolerance(), clock),
                subscribers, fingerprints, audit, transactions, clock);
    }

    /** GDPR: the subscription of a user's account address is exported and erased with the account. */
    @Produces
    @Singleton
    PersonalDataHolder newsletterPersonalData(ContactsUseCase contacts, SubscriberRepository subscribers,
                                              Fingerprints fingerprints) {
        AccountEmails accounts = user -> contacts.find(user).map(ContactsUseCase.Contact::email);
        return new NewsletterPersonalData(accounts, subscribers, fingerprints);
    }
}
