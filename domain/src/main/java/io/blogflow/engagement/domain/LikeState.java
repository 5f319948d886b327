package io.blogflow.engagement.domain;

/** The visitor's like after a like or unlike, and the target's like count at that moment. */
public record LikeState(boolean liked, long likeCount) {

    public LikeState {
        if (likeCount < 0) {
            throw new IllegalArgumentException("A like count is never negative");
        }
    }
}
