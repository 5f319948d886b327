package io.blogflow.identity.application.service;

import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.domain.job.JobType;

/** The work behind a password-reset request, off the request path: the request answers alike for every address. */
public final class PasswordResetRequestJob implements JobHandler<PasswordResetRequestJob.Request> {

    public static final JobType<Request> TYPE = JobType.of("identity.password-reset-request", Request.class);

    public record Request(String email, String clientAddress) {
    }

    private final AccountSelfService accounts;

    public PasswordResetRequestJob(AccountSelfService accounts) {
        this.accounts = accounts;
    }

    @Override
    public JobType<Request> type() {
        return TYPE;
    }

    @Override
    public void handle(Request request, Attempt attempt) {
        accounts.issuePasswordReset(request.email(), request.clientAddress());
    }
}
