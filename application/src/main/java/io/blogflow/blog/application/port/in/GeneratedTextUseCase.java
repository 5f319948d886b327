package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import java.util.Map;

/**
 * The post's own text as LLM actions read and write it, by field: {@code title}, {@code excerpt} (as readers see it,
 * derived or given), {@code content} (the Markdown), {@code metaTitle}, {@code metaDescription}. Both join the
 * caller's transaction and apply the post API's access rules.
 */
public interface GeneratedTextUseCase {

    /** Every field's current value; an unset optional field is absent. */
    Map<String, String> articleText(PostId id, Actor actor);

    /**
     * Writes {@code value} into {@code field} if it still holds {@code expected} (compare-and-set), as an update
     * that makes a revision with {@code reason} and marks the post AI-generated. The post's validation applies
     * ({@code ValidationException} when the text doesn't fit).
     *
     * @return false, writing nothing, when the field changed since {@code expected} was read
     */
    boolean write(PostId id, Actor actor, String field, String expected, String value, String reason);
}
