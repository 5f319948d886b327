package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.ClusterOverview;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TopicClusterRepository} does; an implementation's test gives it and posts in clusters. */
public abstract class TopicClusterRepositoryContract extends RepositoryContract {

    protected abstract TopicClusterRepository clusters();

    /** A draft in {@code cluster}, its pillar or not. */
    protected abstract PostId aPostIn(TopicClusterId cluster, boolean pillar);

    @Test
    void anAddedClusterIsFoundByIdAndBySlugAndListed() {
        TopicCluster cluster = new TopicCluster(new TopicClusterId(UUID.randomUUID()), unique("Tea"), slug("tea"),
                "All about tea", 0);

        assertThat(tx(() -> clusters().add(cluster))).isEqualTo(cluster);
        assertThat(tx(() -> clusters().findCluster(cluster.id()))).contains(cluster);
        assertThat(tx(() -> clusters().findClusterBySlug(cluster.slug()))).contains(cluster);
        assertThat(tx(() -> clusters().allClusters())).contains(cluster);
    }

    @Test
    void aNameInUseIsAConflict() {
        TopicCluster taken = add("Taken");

        assertThatThrownBy(() -> tx(() -> clusters().add(new TopicCluster(new TopicClusterId(UUID.randomUUID()),
                taken.name(), slug("other"), null, 0)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("topic-cluster.name-taken"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        TopicCluster added = add("Versioned");
        TopicCluster renamed = new TopicCluster(added.id(), unique("Renamed"), added.slug(), null, 0);

        assertThat(tx(() -> clusters().update(renamed)).version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> clusters().update(renamed)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void membersAreTheClustersPostsAndRemovingTheClusterKeepsThem() {
        TopicCluster cluster = add("Members");
        PostId pillar = aPostIn(cluster.id(), true);
        PostId member = aPostIn(cluster.id(), false);

        assertThat(tx(() -> clusters().members(cluster.id()))).extracting(ClusterOverview.Member::id,
                ClusterOverview.Member::pillar).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(pillar, true),
                        org.assertj.core.groups.Tuple.tuple(member, false));

        TopicCluster loaded = tx(() -> clusters().findCluster(cluster.id())).orElseThrow();
        tx(() -> clusters().remove(loaded));

        assertThat(tx(() -> clusters().findCluster(cluster.id()))).isEmpty();
        assertThat(tx(() -> clusters().members(cluster.id()))).isEmpty();
    }

    private TopicCluster add(String name) {
        return tx(() -> clusters().add(new TopicCluster(new TopicClusterId(UUID.randomUUID()), unique(name),
                slug(name.toLowerCase()), null, 0)));
    }

    private static Slug slug(String base) {
        return new Slug(base + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
