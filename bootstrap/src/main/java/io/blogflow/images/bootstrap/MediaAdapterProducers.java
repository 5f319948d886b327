package io.blogflow.images.bootstrap;

import io.blogflow.images.adapter.media.BundledCwebp;
import io.blogflow.images.adapter.media.FileSystemMediaStorage;
import io.blogflow.images.adapter.media.ImageIoImageProcessor;
import io.blogflow.images.adapter.s3.S3MediaStorage;
import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.MediaStorage;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The media adapters: image processing on ImageIO/cwebp, media under the configured directory or in an S3 bucket. */
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
        var media = config.media();
        return switch (media.storage()) {
            case "filesystem" -> new FileSystemMediaStorage(Path.of(media.storageDir()));
            case "s3" -> {
                var s3 = media.s3();
                String bucket = s3.bucket().orElseThrow(() -> new IllegalStateException(
                        "BLOGFLOW_MEDIA_STORAGE=s3 needs BLOGFLOW_MEDIA_S3_BUCKET"));
                yield new S3MediaStorage(S3MediaStorage.client(s3.endpoint(), s3.region(), s3.accessKey(),
                        s3.secretKey(), s3.timeout()), bucket, s3.prefix().orElse(""));
            }
            default -> throw new IllegalStateException(
                    "BLOGFLOW_MEDIA_STORAGE is filesystem or s3, not " + media.storage());
        };
    }

    void closeMediaStorage(@Disposes MediaStorage storage) {
        if (storage instanceof S3MediaStorage s3) {
            s3.close();
        }
    }
}
