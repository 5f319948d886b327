package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.Media;
import io.blogflow.shared.domain.UserId;

/**
 * Adds an uploaded image to the library. The type comes from the bytes only: the file name and the declared
 * content type are kept out of every decision (they are client claims). Metadata (EXIF, GPS, …) is stripped before
 * anything is stored. An image already in the library (same stripped bytes) is not stored twice: the existing
 * record is answered, unchanged, with {@code duplicate = true}.
 *
 * @throws io.blogflow.images.domain.MediaErrors.TooLarge        more bytes than configured (413)
 * @throws io.blogflow.images.domain.MediaErrors.UnsupportedType not JPEG, PNG, WebP or GIF (415)
 * @throws io.blogflow.images.domain.MediaErrors.TooManyPixels   more pixels than configured (400)
 */
public interface UploadMediaUseCase {

    StoredMedia upload(UploadMediaCommand command);

    record UploadMediaCommand(UserId actor, byte[] bytes, String originalFilename, String declaredContentType,
                              String altText, String caption) {

        @Override
        public String toString() {
            return "UploadMediaCommand[actor=" + actor + ", bytes=" + (bytes == null ? 0 : bytes.length)
                    + ", originalFilename=" + originalFilename + "]";
        }
    }

    record StoredMedia(Media media, boolean duplicate) {
    }
}
