package io.blogflow.comments.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What comments need to know about posts (answered in bootstrap by the blog context). */
public interface CommentedPosts {

    /** The post, if it exists and is not in the trash. */
    Optional<CommentedPost> find(PostId id);

    /** The posts an author wrote (for an author's moderation queue). */
    Set<PostId> authoredBy(UserId author);

    /** @param publishedAt when it was published; empty while it is not public */
    record CommentedPost(PostId id, Optional<UserId> author, String title, Optional<Instant> publishedAt) {

        public boolean isPublic() {
            return publishedAt.isPresent();
        }
    }
}
