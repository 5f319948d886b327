package io.blogflow.blog.domain;

import java.util.List;
import java.util.Optional;

/**
 * A topic cluster at a glance: its pillar, its other posts, and the internal linking a cluster lives by — every
 * cluster post should link to the pillar, and the pillar to every cluster post.
 */
public record ClusterOverview(TopicCluster cluster, Optional<Member> pillar, List<Member> posts) {

    /** A post of the cluster and whether it and the pillar link to each other (through their Markdown). */
    public record Member(PostId id, String title, Slug slug, PostStatus status, boolean pillar,
                         boolean linksToPillar, boolean linkedFromPillar) {
    }

    /** {@code members} in any order; the pillar (if any) is told apart by its flag. */
    public static ClusterOverview of(TopicCluster cluster, List<Member> members) {
        return new ClusterOverview(cluster, members.stream().filter(Member::pillar).findFirst(),
                members.stream().filter(member -> !member.pillar()).toList());
    }

    /** Cluster posts that do not link to the pillar (none without a pillar: there is nothing to link to). */
    public List<Member> notLinkingToPillar() {
        return pillar.isEmpty() ? List.of() : posts.stream().filter(member -> !member.linksToPillar()).toList();
    }

    /** Cluster posts the pillar does not link to. */
    public List<Member> notLinkedFromPillar() {
        return pillar.isEmpty() ? List.of() : posts.stream().filter(member -> !member.linkedFromPillar()).toList();
    }
}
