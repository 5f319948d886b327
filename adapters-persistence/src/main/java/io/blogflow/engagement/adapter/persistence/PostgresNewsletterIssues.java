package io.blogflow.engagement.adapter.persistence;

import static io.blogflow.engagement.adapter.persistence.PostgresReactions.utc;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.out.NewsletterIssues;
import io.blogflow.engagement.domain.PostIssue;
import io.blogflow.engagement.domain.SubscriberId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Issues and their deliveries; the delivery table's primary key is what makes a send idempotent. */
@ApplicationScoped
public class PostgresNewsletterIssues implements NewsletterIssues {

    private final EntityManager em;

    public PostgresNewsletterIssues(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean add(PostIssue issue, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO newsletter_issues (post_id, title, excerpt, url, topics, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (post_id) DO NOTHING""")
                .setParameter(1, issue.post().value()).setParameter(2, issue.title())
                .setParameter(3, issue.excerpt()).setParameter(4, issue.url())
                .setParameter(5, issue.topics().stream().sorted().toArray(String[]::new))
                .setParameter(6, utc(at)).executeUpdate() == 1;
    }

    @Override
    public Optional<PostIssue> find(PostId post) {
        return em.createNativeQuery("SELECT title, excerpt, url, topics FROM newsletter_issues WHERE post_id = ?1")
                .setParameter(1, post.value()).getResultList().stream().findFirst().map(row -> {
                    Object[] values = (Object[]) row;
                    return new PostIssue(post, (String) values[0], (String) values[1], (String) values[2],
                            Set.copyOf(Arrays.stream(PostgresSubscriberRepository.array(values[3]))
                                    .map(String::valueOf).toList()));
                });
    }

    @Override
    public boolean recordDelivery(PostId post, SubscriberId subscriber, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO newsletter_deliveries (post_id, subscriber_id, queued_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, post.value()).setParameter(2, subscriber.value()).setParameter(3, utc(at))
                .executeUpdate() == 1;
    }

    @Override
    public void finish(PostId post, Instant at) {
        em.createNativeQuery("""
                        UPDATE newsletter_issues SET finished_at = ?2,
                            recipients = (SELECT count(*) FROM newsletter_deliveries WHERE post_id = ?1)
                        WHERE post_id = ?1""")
                .setParameter(1, post.value()).setParameter(2, utc(at)).executeUpdate();
    }
}
