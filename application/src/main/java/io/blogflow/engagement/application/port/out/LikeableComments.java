package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.CommentRef;

/**
 * Which comments readers may like. Answered by the comments context where it exists; without it every well-formed
 * comment id is accepted (likes are then stored for ids nobody can check).
 */
public interface LikeableComments {

    boolean isVisible(CommentRef comment);

    LikeableComments ANY = comment -> true;
}
