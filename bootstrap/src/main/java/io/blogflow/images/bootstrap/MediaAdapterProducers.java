package io.blogflow.images.bootstrap;

import io.blogflow.images.adapter.media.BundledCwebp;
import io.blogflow.images.adapter.media.FileSystemMediaStorage;
import io.blogflow.images.adapter.media.ImageIoImageProcessor;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The media adapters: image processing on ImageIO/cwebp, media files under the configured directory. */
@Singleton
public class MediaAdapterProducers {

    /** scrimage-webp reads this property once, when it first encodes a WebP. */
    static final String CWEBP_DIR_PROPERTY = "com.sksamuel.scrimage.webp.binary.dir";

    @Produces
    @Singleton
    ImageProcessor imageProcessor(BlogflowConfig config) {
        config.media().cwebpDir().map(Path::of)
                .or(() -> BundledCwebp.installIn(Path.of(config.media().toolsDir())))
                .ifPresent(dir -> System.setProperty(CWEBP_DIR_PROPERTY, dir.toString()));
        return new ImageIoImageProcessor();
    }

    @Produces
    @Singleton
    MediaStorage mediaStorage(BlogflowConfig config) {
        return new FileSystemMediaStorage(Path.of(config.media().storageDir()));
    }
}
