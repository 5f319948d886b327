package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import java.util.List;
import java.util.Map;

/** A post's reader counters, each counted outside the posts row (a count never writes the post). */
public interface PostCountersUseCase {

    /** Views (the blog's counter, from analytics), likes and shares (engagement), approved comments (comments). */
    PostCounters counters(PostId post);

    /** The same for several posts (a page of them), in one read per store. */
    Map<PostId, PostCounters> counters(List<PostId> posts);
}
