package io.blogflow.comments.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.util.Optional;

/** The account's email address, to find the comments a signed-up person wrote anonymously (GDPR). */
public interface CommenterAccounts {

    Optional<String> email(UserId user);
}
