package io.blogflow.comments.application.service;

import io.blogflow.comments.application.port.out.CommentRenderer;
import io.blogflow.comments.application.port.out.CommentSettingsRepository;
import io.blogflow.comments.application.port.out.CommentedPosts;
import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.domain.CommentPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;

/** What the comments services share (built once in bootstrap), so their constructors stay short. */
public record CommentServices(CommentedPosts posts, CommentSettingsRepository settings, CommentRenderer renderer,
                              EmailVault vault, CommentNotices notices, CommentPolicy policy, AuditTrail audit,
                              Transactions transactions, IdGenerator ids, Clock clock) {
}
