package io.blogflow.images.application.service;

import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.domain.notice.Audience;
import io.blogflow.shared.domain.notice.EmailRule;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What asynchronous image generations tell the person who asked for them: the image is ready (in the app), or the
 * generation failed (in the app and by email). Synchronous generations answer their caller and notify no one.
 */
public final class ImageNotices implements NoticeCatalog {

    public static final NoticeType SUCCEEDED = new NoticeType("image-generation.succeeded", EmailRule.NEVER);
    public static final NoticeType FAILED = new NoticeType("image-generation.failed", EmailRule.ALWAYS);

    private final Notices notices;

    public ImageNotices(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<NoticeType> noticeTypes() {
        return List.of(SUCCEEDED, FAILED);
    }

    /** In the transaction that records the generation's outcome. */
    void finished(ImageGeneration generation) {
        boolean succeeded = generation.status() == ImageGeneration.Status.SUCCEEDED;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("postId", generation.postId().toString());
        data.put("generationId", generation.id().toString());
        data.put("status", generation.status().code());
        if (generation.media() != null) {
            data.put("mediaId", generation.media().value().toString());
        }
        String body = succeeded ? "The image is in the media library." : shorten("Nothing was stored: "
                + generation.errorType() + (generation.errorMessage() == null ? "" : " — "
                + generation.errorMessage()));
        notices.send(Notice.of(succeeded ? SUCCEEDED : FAILED, Audience.person(generation.requestedBy()), null,
                succeeded ? "Your image is ready" : "Your image could not be generated", body,
                "/api/v1/posts/" + generation.postId() + "/images/generations/" + generation.id(), data));
    }

    private static String shorten(String text) {
        return text.length() > 1_000 ? text.substring(0, 999) + "…" : text;
    }
}
