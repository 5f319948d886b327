package io.blogflow.images.bootstrap;

import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.images.adapter.rest.MediaPublicUrl;
import io.blogflow.images.adapter.rest.MediaUrls;
import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * The blog's {@link PostImages} answered by the media library, with the same public URLs and srcset as the media API
 * ({@link MediaUrls}): the configured public media URL when set, else the request's base.
 */
final class MediaPostImages implements PostImages {

    private final MediaQueriesUseCase media;
    private final MediaPublicUrl publicUrl;

    MediaPostImages(MediaQueriesUseCase media, MediaPublicUrl publicUrl) {
        this.media = media;
        this.publicUrl = publicUrl;
    }

    @Override
    public Optional<ImageLinks> links(UUID mediaId, URI requestBase) {
        return find(mediaId).map(item -> links(item, requestBase));
    }

    @Override
    public boolean exists(UUID mediaId) {
        return find(mediaId).isPresent();
    }

    private Optional<Media> find(UUID mediaId) {
        try {
            return Optional.of(media.get(new MediaId(mediaId)));
        } catch (MediaErrors.NotFound gone) {
            return Optional.empty();
        }
    }

    private ImageLinks links(Media item, URI requestBase) {
        MediaUrls urls = MediaUrls.of(item, publicUrl.base(requestBase), publicUrl.widths());
        return new ImageLinks(item.id().value(), urls.original(), item.width(), item.height(), urls.srcset(),
                item.altText());
    }
}
