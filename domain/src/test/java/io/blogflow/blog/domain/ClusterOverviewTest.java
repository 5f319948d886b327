package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterOverviewTest {

    private final TopicCluster cluster = new TopicCluster(new TopicClusterId(UUID.randomUUID()), "Tea", new Slug("tea"),
            null, 0);

    @Test
    void thePillarStandsApartAndMissingLinksAreListedBothWays() {
        var pillar = member("Tea guide", true, false, false);
        var linked = member("Green tea", false, true, true);
        var orphan = member("Black tea", false, false, true);
        var unmentioned = member("White tea", false, true, false);

        var overview = ClusterOverview.of(cluster, List.of(linked, pillar, orphan, unmentioned));

        assertThat(overview.pillar()).contains(pillar);
        assertThat(overview.posts()).containsExactly(linked, orphan, unmentioned);
        assertThat(overview.notLinkingToPillar()).containsExactly(orphan);
        assertThat(overview.notLinkedFromPillar()).containsExactly(unmentioned);
    }

    @Test
    void withoutAPillarThereIsNothingToLinkTo() {
        var overview = ClusterOverview.of(cluster, List.of(member("Alone", false, false, false)));

        assertThat(overview.pillar()).isEmpty();
        assertThat(overview.notLinkingToPillar()).isEmpty();
        assertThat(overview.notLinkedFromPillar()).isEmpty();
    }

    private static ClusterOverview.Member member(String title, boolean pillar, boolean linksTo, boolean linkedFrom) {
        return new ClusterOverview.Member(new PostId(UUID.randomUUID()), title, Slugs.fromTitle(new Title(title)),
                PostStatus.PUBLISHED, pillar, linksTo, linkedFrom);
    }
}
