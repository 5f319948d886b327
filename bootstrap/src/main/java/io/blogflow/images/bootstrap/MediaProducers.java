package io.blogflow.images.bootstrap;

import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.blog.application.port.in.PostMediaReferencesUseCase;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.images.adapter.rest.MediaPublicUrl;
import io.blogflow.images.application.MediaLibrarySettings;
import io.blogflow.images.application.port.in.DeleteMediaUseCase;
import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.application.port.in.MediaVariantsUseCase;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.application.port.in.StoreGeneratedMediaUseCase;
import io.blogflow.images.application.port.in.UpdateMediaUseCase;
import io.blogflow.images.application.port.in.UploadMediaUseCase;
import io.blogflow.images.application.port.in.WatermarkSettingsUseCase;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaReferences;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.images.application.port.out.StorageQuota;
import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.application.port.out.WatermarkSettingsRepository;
import io.blogflow.images.application.service.DeleteMediaService;
import io.blogflow.images.application.service.MediaIntakeService;
import io.blogflow.images.application.service.MediaQueriesService;
import io.blogflow.images.application.service.MediaVariantsService;
import io.blogflow.images.application.service.SectionMediaService;
import io.blogflow.images.application.service.UpdateMediaService;
import io.blogflow.images.application.service.WatermarkSettingsService;
import io.blogflow.images.domain.ImageLimits;
import io.blogflow.shared.adapter.rest.RestLimits;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the media library's services from configuration. The media adapters ({@code ImageProcessor},
 * {@code MediaStorage}) come from {@code MediaAdapterProducers}.
 */
@Singleton
public class MediaProducers {

    /** The upload endpoint, whose body limit is the media limit rather than the API's general one. */
    static final String UPLOAD_PATH = "/api/v1/media";

    /**
     * A media limit the HTTP server's own backstop would cut short gives clients a connection reset instead of the
     * 413 problem: refuse to start, naming both settings.
     */
    void checkConfiguration(@Observes StartupEvent started, BlogflowConfig config, MediaLibrarySettings settings,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize serverLimit) {
        long needed = settings.limits().maxBytes() + RestLimits.MULTIPART_ALLOWANCE;
        if (serverLimit.asLongValue() < needed) {
            throw new IllegalStateException("BLOGFLOW_MEDIA_MAX_UPLOAD_BYTES (" + settings.limits().maxBytes()
                    + " bytes) needs QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE of at least " + needed + " bytes, not "
                    + serverLimit.asLongValue() + ".");
        }
    }

    @Produces
    @Singleton
    MediaLibrarySettings mediaLibrarySettings(BlogflowConfig config) {
        var media = config.media();
        return new MediaLibrarySettings(new ImageLimits(media.maxUploadBytes().asLongValue(), media.maxPixels()),
                MediaLibrarySettings.parseWidths(media.variantWidths()));
    }

    @Produces
    @Singleton
    MediaPublicUrl mediaPublicUrl(BlogflowConfig config, MediaLibrarySettings settings) {
        return new MediaPublicUrl(config.media().publicUrl().orElse(null), settings.variantWidths());
    }

    @Produces
    @Singleton
    RestLimits.Uploads mediaUploads(MediaLibrarySettings settings) {
        return new RestLimits.Uploads(Set.of(UPLOAD_PATH), settings.limits().maxBytes());
    }

    /**
     * Media is in use while it is the watermark image, a section's image (the media library's own table) or a post's
     * featured or social-sharing image (asked of the blog's in-port). RESTRICT foreign keys still refuse a delete a
     * check misses in a race.
     */
    @Produces
    @Singleton
    MediaReferences mediaReferences(WatermarkSettingsRepository watermark, SectionMediaRepository sections,
                                    PostMediaReferencesUseCase posts) {
        return media -> watermark.current().uses(media) || sections.shows(media) || posts.referenced(media.value());
    }

    /** The media library's images for the blog's post representations (srcset-ready links). */
    @Produces
    @Singleton
    PostImages postImages(MediaQueriesUseCase queries, MediaPublicUrl publicUrl) {
        return new MediaPostImages(queries, publicUrl);
    }

    @Produces
    @Singleton
    SectionMediaUseCase sectionMedia(EditorialWorkspaceUseCase workspaces, SectionMediaRepository sections,
                                     MediaRepository media, Transactions transactions) {
        return new SectionMediaService(workspaces, sections, media, transactions);
    }

    /** One service answers both in-ports; typed to its class so each in-port has exactly one bean. */
    @Produces
    @Singleton
    @Typed(MediaIntakeService.class)
    MediaIntakeService mediaIntake(MediaRepository media, MediaStorage storage, StorageQuota quota,
                                   ImageProcessor processor, MediaLibrarySettings settings, Transactions transactions,
                                   IdGenerator ids, Clock clock, AuditTrail audit) {
        return new MediaIntakeService(media, storage, quota, processor, settings, transactions, ids, clock, audit);
    }

    /** Generations and storage count against the account's plan, through billing. */
    @Produces
    @Singleton
    BillingMediaQuotas mediaQuotas(ReserveUsageUseCase reservations, RecordUsageUseCase records) {
        return new BillingMediaQuotas(reservations, records);
    }

    @Produces
    @Singleton
    UploadMediaUseCase uploadMedia(MediaIntakeService intake) {
        return intake;
    }

    @Produces
    @Singleton
    StoreGeneratedMediaUseCase storeGeneratedMedia(MediaIntakeService intake) {
        return intake;
    }

    @Produces
    @Singleton
    MediaQueriesUseCase mediaQueries(MediaRepository media) {
        return new MediaQueriesService(media);
    }

    @Produces
    @Singleton
    UpdateMediaUseCase updateMedia(MediaRepository media, Transactions transactions, AuditTrail audit) {
        return new UpdateMediaService(media, transactions, audit);
    }

    @Produces
    @Singleton
    DeleteMediaUseCase deleteMedia(MediaRepository media, MediaVariantRepository variants,
                                   MediaReferences references, MediaStorage storage, StorageQuota quota,
                                   Transactions transactions, AuditTrail audit) {
        return new DeleteMediaService(media, variants, references, storage, quota, transactions, audit);
    }

    @Produces
    @Singleton
    MediaVariantsUseCase mediaVariants(MediaRepository media, MediaVariantRepository variants,
                                       WatermarkSettingsRepository watermark, MediaStorage storage,
                                       ImageProcessor processor, Transactions transactions) {
        return new MediaVariantsService(media, variants, watermark, storage, processor, transactions);
    }

    @Produces
    @Singleton
    WatermarkSettingsUseCase watermarkSettings(WatermarkSettingsRepository settings, MediaRepository media,
                                               Transactions transactions, AuditTrail audit) {
        return new WatermarkSettingsService(settings, media, transactions, audit);
    }
}
