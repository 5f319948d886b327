package io.blogflow.blog.bootstrap;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Runs the publishing of due scheduled posts every {@code blogflow.publishing.interval} (BLOGFLOW_PUBLISHING_INTERVAL,
 * default 30s; {@code off} disables it). Every instance may run it: the claim in the database makes each post
 * publish exactly once, and the first run after a start catches up what came due while the app was down.
 */
@Singleton
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);

    private final PublishDuePostsUseCase publishing;

    public ScheduledPublishing(PublishDuePostsUseCase publishing) {
        this.publishing = publishing;
    }

    @Scheduled(identity = "publish-due-posts", every = "${blogflow.publishing.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDuePosts() {
        int published = publishing.publishDue();
        if (published > 0) {
            LOG.infof("Published %d scheduled post(s)", published);
        }
    }
}
