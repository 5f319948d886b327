package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;
import java.util.List;
import java.util.UUID;

/** The media ids of a post section's images, in order. */
public interface SectionMediaRepository {

    List<MediaId> mediaOf(UUID sectionId);

    void replace(UUID sectionId, List<MediaId> media);

    /**
     * Adds {@code media} after the section's images, unless it already shows it or shows {@code max} images; says
     * whether it was added. The caller holds the section (workflow's {@code HoldSectionUseCase}): that keeps it from
     * being deleted meanwhile and orders concurrent appends.
     */
    boolean append(UUID sectionId, MediaId media, int max);

    /** True while any section shows the media. */
    boolean shows(MediaId media);
}
