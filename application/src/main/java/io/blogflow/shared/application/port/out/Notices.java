package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.notice.Notice;

/**
 * Tells people about something, in the caller's transaction: each recipient gets an in-app notification (and, per
 * the type's email rule and their preferences, an email queued as a job). Nothing is sent if the transaction rolls
 * back. Any context may send notices of the types it declared in a
 * {@link io.blogflow.shared.domain.notice.NoticeCatalog}.
 */
public interface Notices {

    void send(Notice notice);
}
