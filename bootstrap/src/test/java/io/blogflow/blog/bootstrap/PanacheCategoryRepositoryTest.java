package io.blogflow.blog.bootstrap;

import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.CategoryRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheCategoryRepositoryTest extends CategoryRepositoryContract {

    @Inject
    CategoryRepository categories;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected CategoryRepository categories() {
        return categories;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected PostId aPostIn(CategoryId category) {
        return fixtures.postIn(category);
    }
}
