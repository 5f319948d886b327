package io.blogflow.engagement.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.NewsletterOnPublishUseCase;
import io.blogflow.engagement.application.port.out.NewsletterIssues;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.domain.PostIssue;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.job.JobType;
import io.blogflow.shared.domain.mail.Mail;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A post's newsletter. Publishing records the issue and queues this job in the publishing transaction. The job
 * works in batches, each one transaction: the next active subscribers of the post's topics who have no delivery row
 * for it get one, and their mail is queued ({@code mail.send}) in that same transaction. So a job that stops (a
 * crash, a restart) and runs again continues with those not yet served, and nobody gets the post twice.
 */
public final class SendNewsletterIssueJob implements JobHandler<SendNewsletterIssueJob.SendIssue>,
        NewsletterOnPublishUseCase {

    /** The job's payload: the post whose issue to send. */
    public record SendIssue(UUID postId) {
    }

    public static final JobType<SendIssue> TYPE = JobType.of("newsletter.send-post", SendIssue.class);

    private final NewsletterIssues issues;
    private final SubscriberRepository subscribers;
    private final UnsubscribeLinks unsubscribeLinks;
    private final OutgoingMail mail;
    private final Jobs jobs;
    private final Transactions transactions;
    private final Clock clock;
    private final String siteTitle;
    private final int batchSize;

    public SendNewsletterIssueJob(NewsletterIssues issues, SubscriberRepository subscribers,
                                  UnsubscribeLinks unsubscribeLinks, OutgoingMail mail, Jobs jobs,
                                  Transactions transactions, Clock clock, String siteTitle, int batchSize) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.unsubscribeLinks = unsubscribeLinks;
        this.mail = mail;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
        this.siteTitle = siteTitle;
        this.batchSize = batchSize;
    }

    @Override
    public void postPublished(PostIssue issue) {
        if (issues.add(issue, clock.instant())) {
            jobs.enqueue(TYPE, new SendIssue(issue.post().value()),
                    Jobs.Options.DEFAULT.idempotencyKey("post-" + issue.post().value()));
        }
    }

    @Override
    public JobType<SendIssue> type() {
        return TYPE;
    }

    @Override
    public void handle(SendIssue payload, Attempt attempt) {
        PostId post = new PostId(payload.postId());
        var found = transactions.inTransaction(() -> issues.find(post));
        if (found.isEmpty()) {
            return; // the post was deleted since
        }
        PostIssue issue = found.get();
        boolean more = true;
        while (more) {
            more = transactions.inTransaction(() -> {
                var batch = subscribers.recipientsWithoutDelivery(post.value(), issue.topics(), batchSize);
                for (Subscriber subscriber : batch) {
                    if (issues.recordDelivery(post, subscriber.id(), clock.instant())) {
                        mail.queue(newsletter(issue, subscriber));
                    }
                }
                return batch.size() == batchSize;
            });
        }
        transactions.inTransaction(() -> issues.finish(post, clock.instant()));
    }

    private Mail newsletter(PostIssue issue, Subscriber subscriber) {
        String unsubscribe = unsubscribeLinks.url(subscriber.id());
        return new Mail(subscriber.email().value(), subject(issue), "newsletter-post",
                Map.of("title", issue.title(), "excerpt", issue.excerpt(), "url", issue.url(),
                        "unsubscribeUrl", unsubscribe, "name", subscriber.name().orElse("")),
                Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private String subject(PostIssue issue) {
        String subject = siteTitle + ": " + issue.title();
        return subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    }
}
