package io.blogflow.blog.domain;

import java.util.Objects;
import java.util.UUID;

public record TopicClusterId(UUID value) {

    public TopicClusterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
