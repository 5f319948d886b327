package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.UserId;
import java.util.Map;

/**
 * Where a generated image goes: the media library (branch media-core's {@code MediaLibraryUseCase.storeGenerated}),
 * which inspects, strips and stores the bytes and records the prompt and the generation metadata (provider, model,
 * style, format, revised prompt) with the media item. Bootstrap answers it from the media library's use case.
 */
public interface GeneratedMediaSink {

    MediaId store(UserId actor, byte[] bytes, String prompt, Map<String, Object> metadata, String altText);
}
