package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

/**
 * The posts the workflow works on, as the blog context lets the workflow see them. The workflow refers to a post by
 * its id only and never reads blog tables; this port is answered by the blog context's own use cases.
 */
public interface EditorialPosts {

    /**
     * Refuses (as "post not found", 404) a post that does not exist, is in the trash, or that {@code actor} may not
     * reach — the same rule the post API applies, so the workflow never reveals a post the caller cannot see.
     */
    void requireReachable(PostId post, Actor actor);

    /** The post's own text by article field key (title, excerpt, content, metaTitle, metaDescription). */
    java.util.Map<String, String> articleText(PostId post, Actor actor);

    /**
     * Writes an article field if it still holds {@code expected}, as a post update with a revision giving
     * {@code reason}, marking the post AI-generated; in the caller's transaction.
     *
     * @return false, writing nothing, when the field changed meanwhile
     */
    boolean writeArticleText(PostId post, Actor actor, String field, String expected, String value, String reason);
}
