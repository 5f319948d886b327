package io.blogflow.images.bootstrap;

import io.blogflow.images.adapter.imagegen.HttpImageGenerator;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.FormatValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.PromptExampleValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.SettingValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.StyleValues;
import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.service.ImageCatalogKinds;
import io.blogflow.images.application.service.ImageCatalogService;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the images context's framework-free services: the catalogue's four use cases and the image generator. */
@Singleton
public class ImageProducers {

    @Produces
    @Singleton
    ImageGenerator imageGenerator(ProviderUrlPolicy urlPolicy, Clock clock) {
        return new HttpImageGenerator(urlPolicy, clock);
    }

    @Produces
    @Singleton
    ImageCatalogUseCase<ImageStyle, StyleValues> styles(CatalogRepository<ImageStyle> styles, Transactions tx,
                                                        IdGenerator ids, AuditTrail audit) {
        return new ImageCatalogService<>(ImageCatalogKinds.styles(), styles, tx, ids, audit);
    }

    @Produces
    @Singleton
    ImageCatalogUseCase<ImageFormat, FormatValues> formats(CatalogRepository<ImageFormat> formats, Transactions tx,
                                                           IdGenerator ids, AuditTrail audit) {
        return new ImageCatalogService<>(ImageCatalogKinds.formats(), formats, tx, ids, audit);
    }

    @Produces
    @Singleton
    ImageCatalogUseCase<ImageSetting, SettingValues> settings(CatalogRepository<ImageSetting> settings,
                                                              CatalogRepository<ImageStyle> styles,
                                                              CatalogRepository<ImageFormat> formats,
                                                              Transactions tx, IdGenerator ids, AuditTrail audit) {
        return new ImageCatalogService<>(ImageCatalogKinds.settings(styles, formats), settings, tx, ids, audit);
    }

    @Produces
    @Singleton
    ImageCatalogUseCase<PromptExample, PromptExampleValues> promptExamples(
            CatalogRepository<PromptExample> examples, CatalogRepository<ImageStyle> styles,
            CatalogRepository<ImageFormat> formats, CatalogRepository<ImageSetting> settings, Transactions tx,
            IdGenerator ids, AuditTrail audit) {
        return new ImageCatalogService<>(ImageCatalogKinds.promptExamples(styles, formats, settings), examples, tx,
                ids, audit);
    }
}
