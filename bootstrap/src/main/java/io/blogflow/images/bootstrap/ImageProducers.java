package io.blogflow.images.bootstrap;

import io.blogflow.images.adapter.imagegen.Automatic1111ImageGenerator;
import io.blogflow.images.adapter.imagegen.OpenAiImageGenerator;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.FormatValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.PromptExampleValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.SettingValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.StyleValues;
import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.images.application.service.ImageCatalogKinds;
import io.blogflow.images.application.service.ImageCatalogService;
import io.blogflow.images.application.service.ImageProtocols;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the images context's framework-free services: the catalogue's four use cases and the image protocols. */
@Singleton
public class ImageProducers {

    @Produces
    @Singleton
    ImageProtocol openAiImages(Clock clock) {
        return new OpenAiImageGenerator(clock);
    }

    @Produces
    @Singleton
    ImageProtocol automatic1111Images(Clock clock) {
        return new Automatic1111ImageGenerator(clock);
    }

    /** Every image protocol any module contributes; they are provider protocols too (the llm registry sees them). */
    @Produces
    @Singleton
    ImageProtocols imageProtocols(Instance<ImageProtocol> protocols) {
        return new ImageProtocols(protocols.stream().toList());
    }

    @Produces
    @Singleton
    ImageGenerator imageGenerator(ImageProtocols protocols, ProviderUrlPolicy urlPolicy) {
        return protocols.generator(urlPolicy);
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
            CatalogRepository<ImageFormat> formats, CatalogRepository<ImageSetting> settings, ImageProtocols protocols,
            Transactions tx, IdGenerator ids, AuditTrail audit) {
        return new ImageCatalogService<>(ImageCatalogKinds.promptExamples(styles, formats, settings, protocols),
                examples, tx, ids, audit);
    }
}
