package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.ImageStyleId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class JpaImageStyleRepositoryTest extends ImageCatalogContractSupport<ImageStyle> {

    @Override
    protected CatalogRepository<ImageStyle> catalog() {
        return styles;
    }

    @Override
    protected String kind() {
        return "image-style";
    }

    @Override
    protected ImageStyle newEntry(String title) {
        return new ImageStyle(new ImageStyleId(UUID.randomUUID()), title, "soft washes of colour", 0);
    }

    @Override
    protected ImageStyle retitled(ImageStyle style, String title, long version) {
        return new ImageStyle(style.id(), title, null, version);
    }

    @Override
    protected UUID idOf(ImageStyle style) {
        return style.id().value();
    }

    @Override
    protected long versionOf(ImageStyle style) {
        return style.version();
    }

    @Override
    protected boolean useInASetting(ImageStyle style) {
        aSettingUsing(style.id(), aFormat());
        return true;
    }
}
