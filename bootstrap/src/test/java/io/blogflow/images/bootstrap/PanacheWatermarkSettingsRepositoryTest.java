package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.application.port.out.WatermarkSettingsRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheWatermarkSettingsRepositoryTest extends WatermarkSettingsRepositoryContract {

    @Inject
    WatermarkSettingsRepository watermarks;

    @Inject
    Transactions transactions;

    @Override
    protected WatermarkSettingsRepository watermarks() {
        return watermarks;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
