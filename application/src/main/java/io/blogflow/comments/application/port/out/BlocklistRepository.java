package io.blogflow.comments.application.port.out;

import io.blogflow.comments.domain.Blocklist;

/** The admin-edited spam blocklist. */
public interface BlocklistRepository {

    Blocklist load();

    /** Replaces the whole list. */
    void replace(Blocklist blocklist);
}
