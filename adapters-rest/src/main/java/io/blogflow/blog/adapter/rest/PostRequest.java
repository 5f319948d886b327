package io.blogflow.blog.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a client may write. Server-owned fields (id, status, version, timestamps) are not accepted. */
@Schema(name = "PostRequest")
public record PostRequest(
        @Schema(required = true, maxLength = 200, description = "Headline; surrounding whitespace is removed.",
                examples = "Crème brûlée, explained") String title,
        @Schema(maxLength = 120, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                description = "URL segment. On create it is derived from the title when absent (made unique with "
                        + "-2, -3, …); on update, absent keeps the current slug. An explicit slug in use is 409.")
        String slug,
        @Schema(maxLength = 500000, description = "Body in Markdown.") String contentMarkdown,
        @Schema(maxLength = 500, description = "Search-result snippet (about 160 characters are shown); required "
                + "to publish.") String metaDescription,
        @Schema(maxLength = 300, description = "Teaser; derived from the body when absent.") String excerpt,
        @Schema(maxLength = 500, description = "Why this change was made; kept with the revision (updates only).")
        String reason) {
}
