package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.application.port.out.CatalogRepositoryContract;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageFormatId;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageSettingId;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.ImageStyleId;
import io.blogflow.shared.application.port.out.Transactions;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** The image catalogue's contract on the real database, with the styles, formats and settings entries refer to. */
abstract class ImageCatalogContractSupport<T> extends CatalogRepositoryContract<T> {

    @Inject
    CatalogRepository<ImageStyle> styles;

    @Inject
    CatalogRepository<ImageFormat> formats;

    @Inject
    CatalogRepository<ImageSetting> settings;

    @Inject
    Transactions transactions;

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    ImageStyleId aStyle() {
        var style = new ImageStyle(new ImageStyleId(UUID.randomUUID()), unique("Style"), null, 0);
        return transactions.inTransaction(() -> styles.add(style)).id();
    }

    ImageFormatId aFormat() {
        var format = new ImageFormat(new ImageFormatId(UUID.randomUUID()), unique("Format"), 1024, 768, null, null,
                Map.of(), 0);
        return transactions.inTransaction(() -> formats.add(format)).id();
    }

    void aSettingUsing(ImageStyleId style, ImageFormatId format) {
        transactions.inTransaction(() -> settings.add(new ImageSetting(new ImageSettingId(UUID.randomUUID()),
                unique("Setting"), style, format, Map.of(), 0)));
    }
}
