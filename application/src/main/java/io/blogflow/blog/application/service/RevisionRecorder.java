package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;

/**
 * Keeps a revision of every save, in the save's transaction. Numbers follow the post's latest revision; a concurrent
 * save of the same post loses on the post's version (and the unique (post, number) constraint) and rolls back.
 */
public final class RevisionRecorder {

    private final PostRevisionRepository revisions;
    private final IdGenerator ids;
    private final Clock clock;

    public RevisionRecorder(PostRevisionRepository revisions, IdGenerator ids, Clock clock) {
        this.revisions = revisions;
        this.ids = ids;
        this.clock = clock;
    }

    void record(Post saved, UserId author, String reason) {
        record(saved, author, reason, PostRevision.Provenance.HUMAN);
    }

    void record(Post saved, UserId author, String reason, PostRevision.Provenance provenance) {
        revisions.add(PostRevision.of(ids.newId(), saved, revisions.latestNumber(saved.id()) + 1, author,
                clock.instant(), reason, provenance));
    }
}
