package io.blogflow.notifications.application.port.out;

import io.blogflow.notifications.domain.Recipient;
import io.blogflow.shared.domain.notice.Audience;
import java.util.List;

/** The active people an audience stands for, with their addresses and preferences (answered by identity). */
public interface Recipients {

    List<Recipient> resolve(Audience audience);
}
