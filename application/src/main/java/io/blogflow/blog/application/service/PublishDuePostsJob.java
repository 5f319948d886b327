package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.shared.application.port.in.PeriodicJob;
import java.time.Duration;

/**
 * Scheduled publishing on the job queue: one instance at a time publishes what came due (the use case's row claims
 * would keep it exactly-once even without that); the first run after a start catches up what came due meanwhile.
 */
public final class PublishDuePostsJob implements PeriodicJob {

    private final PublishDuePostsUseCase publishing;
    private final Duration interval;

    public PublishDuePostsJob(PublishDuePostsUseCase publishing, Duration interval) {
        this.publishing = publishing;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "blog.publish-due-posts";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        publishing.publishDue();
    }
}
