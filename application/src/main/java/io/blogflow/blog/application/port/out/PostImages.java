package io.blogflow.blog.application.port.out;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * The public addresses of a media library item a post references (featured or social-sharing image), ready for
 * {@code <img src srcset>}. The blog context only stores media ids; the media library (which may depend on the blog,
 * never the other way) implements this port.
 */
public interface PostImages {

    /**
     * @param requestBase the API's base address of the current request, used when no public media URL is configured
     * @return empty when the media item does not exist (any more)
     */
    Optional<ImageLinks> links(UUID mediaId, URI requestBase);

    /** Whether the media library has this item (checked when a post is saved or a revision restored). */
    boolean exists(UUID mediaId);

    /** An image as readers fetch it: the original's URL, its size, the responsive srcset and its alternative text. */
    record ImageLinks(UUID id, String url, Integer width, Integer height, String srcset, String altText) {
    }
}
