package io.blogflow.workflow.application.service;

import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.domain.notice.Audience;
import io.blogflow.shared.domain.notice.EmailRule;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunStatus;
import java.util.List;
import java.util.Map;

/**
 * What asynchronous action runs tell the person who started them: the run finished (in the app) or failed (in the
 * app and by email, since someone has to act on it). Synchronous runs answer their caller and notify no one.
 */
public final class RunNotices implements NoticeCatalog {

    public static final NoticeType SUCCEEDED = new NoticeType("action-run.succeeded", EmailRule.NEVER);
    public static final NoticeType FAILED = new NoticeType("action-run.failed", EmailRule.ALWAYS);

    private static final int MAX_BODY = 1_000;

    private final Notices notices;

    public RunNotices(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<NoticeType> noticeTypes() {
        return List.of(SUCCEEDED, FAILED);
    }

    /** In the transaction that records the run's outcome. */
    void finished(ActionRun run) {
        boolean succeeded = run.status() == RunStatus.SUCCEEDED;
        String title = "“" + shorten(run.actionName(), 150) + (succeeded ? "” finished" : "” failed");
        String body = succeeded ? "The answer was written into " + run.outputField() + "."
                : shorten("Nothing was written: " + run.error().type()
                        + (run.error().message() == null ? "" : " — " + run.error().message()), MAX_BODY);
        notices.send(Notice.of(succeeded ? SUCCEEDED : FAILED, Audience.person(run.actor()), null, title, body,
                "/api/v1/posts/" + run.postId() + "/runs/" + run.id(),
                Map.of("postId", run.postId().toString(), "runId", run.id().toString(),
                        "status", run.status().code())));
    }

    private static String shorten(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max - 1) + "…" : value;
    }
}
