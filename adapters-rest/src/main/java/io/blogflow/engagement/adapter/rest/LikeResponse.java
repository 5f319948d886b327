package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.domain.LikeState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visitor's like after the request and the target's like count, exact at that moment. */
@Schema(name = "Like")
public record LikeResponse(@Schema(required = true) boolean liked, @Schema(required = true) long likeCount) {

    static final String EXAMPLE = "{\"liked\": true, \"likeCount\": 42}";

    static LikeResponse of(LikeState state) {
        return new LikeResponse(state.liked(), state.likeCount());
    }
}
