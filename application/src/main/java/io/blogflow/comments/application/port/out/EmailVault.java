package io.blogflow.comments.application.port.out;

import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.comments.domain.SealedEmail;

/**
 * Keeps commenters' email addresses unreadable at rest: sealed with authenticated encryption bound to the comment
 * (a sealed address copied to another row does not open), and a keyed hash for comparing addresses.
 */
public interface EmailVault {

    SealedEmail seal(AuthorEmail email, CommentId owner);

    AuthorEmail open(SealedEmail sealed, CommentId owner);

    EmailFingerprint fingerprint(AuthorEmail email);
}
