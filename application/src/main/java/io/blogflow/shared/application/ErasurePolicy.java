package io.blogflow.shared.application;

import io.blogflow.shared.domain.UserId;
import java.util.Optional;

/**
 * What happens to an erased person's content: kept under the anonymised account (no successor), or reassigned to
 * a designated account.
 */
public record ErasurePolicy(Optional<UserId> successor) {

    public static final ErasurePolicy KEEP_ANONYMISED = new ErasurePolicy(Optional.empty());
}
