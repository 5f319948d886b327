package io.blogflow.images.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.domain.Actor;
import java.util.List;
import java.util.UUID;

/**
 * The ordered images of a post section, chosen from the media library. Every call first checks that the actor may
 * reach the post and the section (otherwise "post not found" / "section not found").
 */
public interface SectionMediaUseCase {

    /** At most this many images per section. */
    int MAX_IMAGES = 50;

    /** The section's images, in order. */
    List<Media> images(PostId postId, UUID sectionId, Actor actor);

    /**
     * Replaces the section's images by {@code media}, in this order (an item may appear more than once).
     *
     * @throws io.blogflow.shared.domain.ValidationException {@code mediaIds}: too many, or naming unknown media
     */
    List<Media> replace(PostId postId, UUID sectionId, Actor actor, List<MediaId> media);
}
