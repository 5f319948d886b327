package io.blogflow.notifications.application.port.out;

import io.blogflow.shared.domain.UserId;

/**
 * "Something new for this person", across instances: {@link #signal} in the transaction that stored the notification,
 * delivered once it commits to every instance's subscribers of that person.
 */
public interface NotificationSignals {

    void signal(UserId recipient);

    /** Calls {@code onSignal} (on a signalling thread) whenever the person got something; close to stop. */
    AutoCloseable subscribe(UserId recipient, Runnable onSignal);
}
