package io.blogflow.engagement.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.EngagementCounts;

/** A post's like and share counts (zero for a post nobody reacted to). */
public interface PostEngagementUseCase {

    EngagementCounts counts(PostId post);
}
