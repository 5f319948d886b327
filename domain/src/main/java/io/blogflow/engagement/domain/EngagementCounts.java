package io.blogflow.engagement.domain;

/** What readers did with a post: likes and shares, counted exactly. */
public record EngagementCounts(long likes, long shares) {

    public static final EngagementCounts NONE = new EngagementCounts(0, 0);

    public EngagementCounts {
        if (likes < 0 || shares < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }
}
