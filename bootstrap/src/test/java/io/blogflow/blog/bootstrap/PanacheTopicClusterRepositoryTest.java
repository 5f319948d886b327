package io.blogflow.blog.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.application.port.out.TopicClusterRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheTopicClusterRepositoryTest extends TopicClusterRepositoryContract {

    @Inject
    TopicClusterRepository clusters;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected TopicClusterRepository clusters() {
        return clusters;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected PostId aPostIn(TopicClusterId cluster, boolean pillar) {
        return fixtures.postIn(cluster, pillar);
    }
}
