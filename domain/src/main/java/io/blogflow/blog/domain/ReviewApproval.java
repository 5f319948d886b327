package io.blogflow.blog.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;

/** An editor's approval of a post's AI-generated text: who approved it and when. Current until the text changes. */
public record ReviewApproval(UserId approvedBy, Instant approvedAt) {

    public ReviewApproval {
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
