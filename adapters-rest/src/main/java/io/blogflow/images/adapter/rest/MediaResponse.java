package io.blogflow.images.adapter.rest;

import io.blogflow.images.domain.Media;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Media")
public record MediaResponse(@Schema(required = true) UUID id,
                            @Schema(enumeration = {"image/jpeg", "image/png", "image/webp", "image/gif"})
                            String mimeType,
                            @Schema(required = true,
                                    description = "Bytes of the stored original (metadata stripped).") long sizeBytes,
                            @Schema(required = true) int width,
                            @Schema(required = true) int height,
                            String altText,
                            String caption,
                            String cdnUrl,
                            @Schema(description = "SHA-256 (hex) of the stored original.") String checksum,
                            UUID createdBy, @Schema(required = true) Instant createdAt,
                            @Schema(description = "Set for generated images.") String generationPrompt,
                            Map<String, Object> generationMetadata,
                            @Schema(required = true,
                                    description = "Whether width variants carry the site watermark when it is "
                                    + "enabled; the original never does.") boolean watermarked,
                            @Schema(required = true) long version, MediaUrls urls,
                            @Schema(description = "Only on upload: true when the image was already in the library "
                                    + "(the existing record is answered, unchanged).") Boolean duplicate) {

    static MediaResponse from(Media media, URI base, List<Integer> widths, Boolean duplicate) {
        return new MediaResponse(media.id().value(), media.type().mime(), media.sizeBytes(), media.width(),
                media.height(), media.altText(), media.caption(),
                media.cdnUrl() == null ? null : media.cdnUrl().toString(), media.checksum(),
                media.createdBy() == null ? null : media.createdBy().value(), media.createdAt(),
                media.generationPrompt(), media.generationMetadata(), media.watermarked(), media.version(),
                MediaUrls.of(media, base, widths), duplicate);
    }
}
