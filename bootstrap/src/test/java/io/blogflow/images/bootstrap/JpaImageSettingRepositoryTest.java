package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageSettingId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class JpaImageSettingRepositoryTest extends ImageCatalogContractSupport<ImageSetting> {

    @Override
    protected CatalogRepository<ImageSetting> catalog() {
        return settings;
    }

    @Override
    protected String kind() {
        return "image-setting";
    }

    @Override
    protected ImageSetting newEntry(String name) {
        return new ImageSetting(new ImageSettingId(UUID.randomUUID()), name, aStyle(), aFormat(),
                Map.of("steps", 40), 0);
    }

    @Override
    protected ImageSetting retitled(ImageSetting s, String name, long version) {
        return new ImageSetting(s.id(), name, s.style(), s.format(), Map.of(), version);
    }

    @Override
    protected UUID idOf(ImageSetting setting) {
        return setting.id().value();
    }

    @Override
    protected long versionOf(ImageSetting setting) {
        return setting.version();
    }
}
