package io.blogflow.comments.domain;

import io.blogflow.shared.domain.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote a comment: the shown name, the sealed email and its fingerprint (anonymous readers must give one when
 * they submit, signed-in users may), an optional website and the signed-in user, if any.
 */
public record CommentAuthor(AuthorName name, Optional<SealedEmail> email, Optional<EmailFingerprint> fingerprint,
                            Optional<AuthorWebsite> website, Optional<UserId> user) {

    public CommentAuthor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(user, "user");
        if (email.isPresent() != fingerprint.isPresent()) {
            throw new IllegalArgumentException("A sealed email goes with its fingerprint");
        }
    }

    /** What is left after erasure: a name that identifies nobody, no address, no website, no account. */
    public static CommentAuthor erased() {
        return new CommentAuthor(AuthorName.ANONYMOUS, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public boolean signedIn() {
        return user.isPresent();
    }
}
