package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageFormatId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class JpaImageFormatRepositoryTest extends ImageCatalogContractSupport<ImageFormat> {

    @Override
    protected CatalogRepository<ImageFormat> catalog() {
        return formats;
    }

    @Override
    protected String kind() {
        return "image-format";
    }

    @Override
    protected ImageFormat newEntry(String title) {
        return new ImageFormat(new ImageFormatId(UUID.randomUUID()), title, 1792, 1024, 30, 7.5,
                Map.of("sampler", "DPM++ 2M", "quality", "hd"), 0);
    }

    @Override
    protected ImageFormat retitled(ImageFormat f, String title, long version) {
        return new ImageFormat(f.id(), title, 512, 512, null, null, Map.of(), version);
    }

    @Override
    protected UUID idOf(ImageFormat format) {
        return format.id().value();
    }

    @Override
    protected long versionOf(ImageFormat format) {
        return format.version();
    }

    @Override
    protected boolean useInASetting(ImageFormat format) {
        aSettingUsing(aStyle(), format.id());
        return true;
    }
}
