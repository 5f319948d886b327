package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.GenerationMeter;
import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.FormatValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.SettingValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.StyleValues;
import io.blogflow.images.application.port.in.StoreGeneratedMediaUseCase;
import io.blogflow.images.application.port.out.GeneratedMediaSink;
import io.blogflow.images.application.port.out.ImageGenerationRepository;
import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.service.GenerateImageJob;
import io.blogflow.images.application.service.GenerateImageService;
import io.blogflow.images.application.service.ImageNotices;
import io.blogflow.images.application.service.ImageProtocols;
import io.blogflow.images.application.service.ImageRequests;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.application.port.in.HoldSectionUseCase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds image generation: requests resolved against the catalogue and the LLM registry, results into the library. */
@Singleton
public class ImageGenerationProducers {

    /** Generated images enter the media library like uploads: inspected, stripped, content-addressed. */
    @Produces
    @Singleton
    GeneratedMediaSink generatedMediaSink(StoreGeneratedMediaUseCase library) {
        return (actor, bytes, prompt, metadata, altText) ->
                library.storeGenerated(actor, bytes, prompt, metadata, altText).id();
    }

    /** The notice types of asynchronous generations (collected by the notifications context), and their sender. */
    @Produces
    @Singleton
    ImageNotices imageNotices(Notices notices) {
        return new ImageNotices(notices);
    }

    /** Performs generations accepted with {@code Prefer: respond-async}. */
    @Produces
    @Singleton
    GenerateImageJob generateImageJob(GenerateImageService images) {
        return new GenerateImageJob(images);
    }

    @Produces
    @Singleton
    GenerateImageService generateImage(EditorialWorkspaceUseCase workspaces, HoldSectionUseCase sections,
                                       ImageCatalogUseCase<ImageStyle, StyleValues> styles,
                                       ImageCatalogUseCase<ImageFormat, FormatValues> formats,
                                       ImageCatalogUseCase<ImageSetting, SettingValues> settings,
                                       ResolveModelUseCase targets, ImageGenerator generator,
                                       GeneratedMediaSink media, GenerationMeter meter,
                                       ImageGenerationRepository generations, SectionMediaRepository sectionImages,
                                       ImageProtocols protocols,
                                       Transactions transactions, IdGenerator ids, Jobs jobs, ImageNotices notices,
                                       Clock clock) {
        var requests = new ImageRequests(workspaces, styles, formats, settings, targets, protocols);
        return new GenerateImageService(requests, targets, generator, media, meter, generations, sectionImages,
                workspaces, sections,
                transactions, ids, jobs, notices, clock);
    }
}
