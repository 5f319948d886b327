package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.Media;
import io.blogflow.shared.domain.UserId;
import java.util.Map;

/**
 * How image generation puts what it generated into the library: the same checks and cleaning as an upload
 * (type from the bytes, size and pixel limits, metadata stripped, duplicates recognised), plus the prompt and the
 * generator's metadata (model, seed, size, cost, …; JSON-serialisable values) on the record. Joins the caller's
 * transaction when there is one.
 */
public interface StoreGeneratedMediaUseCase {

    /**
     * @param prompt   required: what the image was generated from
     * @param metadata may be empty; keys and values as the generator reports them
     * @param altText  may be null (editors add it later)
     * @return the stored media, or the existing record when these exact bytes are already in the library
     */
    Media storeGenerated(UserId actor, byte[] bytes, String prompt, Map<String, Object> metadata, String altText);
}
