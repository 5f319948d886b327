package io.blogflow.blog.domain;

/** Reader engagement, counted by the platform (analytics, comments, sharing): read-only to API clients. */
public record PostCounters(long views, long likes, long comments, long shares) {

    public static final PostCounters ZERO = new PostCounters(0, 0, 0, 0);

    public PostCounters {
        if (views < 0 || likes < 0 || comments < 0 || shares < 0) {
            throw new IllegalArgumentException("Counters are never negative");
        }
    }
}
