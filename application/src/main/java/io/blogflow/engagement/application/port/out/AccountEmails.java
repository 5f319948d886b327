package io.blogflow.engagement.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.util.Optional;

/** A user's account address (answered by identity), to find their newsletter subscription for GDPR requests. */
public interface AccountEmails {

    Optional<String> emailOf(UserId user);
}
