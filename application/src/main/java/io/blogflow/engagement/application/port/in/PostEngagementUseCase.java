package io.blogflow.engagement.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.EngagementCounts;
import java.util.Collection;
import java.util.Map;

/** A post's like and share counts (zero for a post nobody reacted to). */
public interface PostEngagementUseCase {

    EngagementCounts counts(PostId post);

    /** Several posts' counts in one read (a list page); posts nobody reacted to are missing. */
    Map<PostId, EngagementCounts> counts(Collection<PostId> posts);
}
