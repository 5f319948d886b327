package io.blogflow.comments.application.port.in;

import io.blogflow.comments.domain.Blocklist;
import io.blogflow.shared.domain.UserId;
import java.util.Set;

/** The spam blocklist, edited by admins. */
public interface CommentBlocklistUseCase {

    Blocklist get();

    /** Replaces the whole list (validated), audited. */
    Blocklist replace(UserId admin, Set<String> words, Set<String> domains, Set<String> addresses);
}
