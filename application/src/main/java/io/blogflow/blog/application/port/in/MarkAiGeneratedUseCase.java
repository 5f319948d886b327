package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;

/**
 * Discloses that a post now holds AI-generated text (an LLM action wrote into it). A post not yet marked gets the
 * flag, a revision saying why and an audit entry, and loses any editor approval (the review gate); a marked post is
 * left as it is. Joins the caller's transaction.
 */
public interface MarkAiGeneratedUseCase {

    void markAiGenerated(PostId id, Actor actor, String reason);
}
