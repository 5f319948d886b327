package io.blogflow.images.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Section images: the workflow's editorial workspace decides who reaches the section; the media ids are checked
 * against the library (the database's RESTRICT foreign key keeps them from being deleted while in use).
 */
public final class SectionMediaService implements SectionMediaUseCase {

    private final EditorialWorkspaceUseCase workspaces;
    private final SectionMediaRepository sections;
    private final MediaRepository media;
    private final Transactions transactions;

    public SectionMediaService(EditorialWorkspaceUseCase workspaces, SectionMediaRepository sections,
                               MediaRepository media, Transactions transactions) {
        this.workspaces = workspaces;
        this.sections = sections;
        this.media = media;
        this.transactions = transactions;
    }

    @Override
    public List<Media> images(PostId postId, UUID sectionId, Actor actor) {
        return transactions.inTransaction(() -> {
            workspaces.section(postId, sectionId, actor);
            return sections.mediaOf(sectionId).stream().map(media::find).flatMap(Optional::stream).toList();
        });
    }

    @Override
    public List<Media> replace(PostId postId, UUID sectionId, Actor actor, List<MediaId> chosen) {
        if (chosen.size() > MAX_IMAGES) {
            throw invalid("media-ids.too-many", "A section has at most " + MAX_IMAGES + " images.");
        }
        return transactions.inTransaction(() -> {
            workspaces.section(postId, sectionId, actor);
            List<Media> found = new ArrayList<>();
            for (MediaId id : chosen) {
                found.add(media.find(id).orElseThrow(
                        () -> invalid("media-ids.unknown", "mediaIds names no media library item: " + id + ".")));
            }
            sections.replace(sectionId, chosen);
            return found;
        });
    }

    private static ValidationException invalid(String code, String message) {
        return new ValidationException(List.of(new FieldError("mediaIds", code, message)));
    }
}
